import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules

/// Links plans that name no parent to a plan of the same run they cite by number, as a reviewer
/// would ("Thực hiện Kế hoạch số 61/KH-UBND …" in a folder that holds 61/KH-UBND).
enum CitationLinker {
    /// A document's own number key and the keys of the documents its bases cite, in order.
    struct Info: Sendable {
        var number: String?
        var cited: [String]
    }

    /// Documents of a run this small are kept from the linking pass for the check itself, so a
    /// folder of a few plans is read once; a larger run reads each again rather than hold all.
    static let retainLimit = 256

    static func link(_ jobs: inout [CheckJob], reader: PlanChecker) -> (
        links: [String], retained: [String: PlanDocument]
    ) {
        let list = jobs
        let retain = list.count <= retainLimit
        var infos: [Info?] = []
        var retained: [String: PlanDocument] = [:]
        OrderedParallel.run(
            count: list.count, window: reader.options.window,
            workers: OrderedParallel.workers(reader.options.workers),
            body: { i -> (Info, PlanDocument?)? in
                guard let doc = try? reader.read(list[i].source) else { return nil }
                return (info(doc), retain ? doc : nil)
            },
            consume: { i, value in
                infos.append(value?.0)
                if let doc = value?.1 { retained[list[i].path] = doc }
            })
        // The first plan of the run with a number wins, so a duplicate number links the same way
        // on every run.
        var byNumber: [String: Int] = [:]
        for (index, info) in infos.enumerated() {
            if let n = info?.number, byNumber[n] == nil { byNumber[n] = index }
        }
        var links: [String] = []
        for i in jobs.indices where jobs[i].parents.isEmpty {
            guard let info = infos[i] else { continue }
            let candidates = info.cited.compactMap { byNumber[$0] }
            if let parent = candidates.first(where: { list[$0].path != list[i].path }) {
                jobs[i].parents = [list[parent].source]
                links.append("\(list[i].path) → \(list[parent].path)")
            }
        }
        return (links.sorted(), retained)
    }

    static func info(_ doc: PlanDocument) -> Info {
        let cited = doc.bases.flatMap(\.citationIDs).compactMap { doc.citations[$0].number }
        return Info(
            number: doc.header.number?.normalized.map(DocumentNumber.key),
            cited: cited.map(DocumentNumber.key))
    }
}
