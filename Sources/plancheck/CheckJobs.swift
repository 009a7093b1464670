import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules

/// What `check` was asked to do, as a list of plans, each with the parents it is compared with.
struct CheckJob {
    var path: String
    var parents: [String]
    var notApplicable: [NotApplicableDeclaration] = []
    var level: String?
    var parentLevels: [String: String] = [:]
}

enum CheckJobs {
    /// `--parent` files apply to every plan; a folder with plancheck.yml is a chain.
    static func make(inputs: [String], parents: [String]) throws -> [CheckJob] {
        var jobs: [CheckJob] = []
        for input in inputs {
            let manifestURL = URL(fileURLWithPath: input).appendingPathComponent(ChainManifest.fileName)
            if FileManager.default.fileExists(atPath: manifestURL.path) {
                jobs += try chain(folder: URL(fileURLWithPath: input))
            } else {
                jobs += InputDiscovery.expand([input]).map { CheckJob(path: $0, parents: parents) }
            }
        }
        return jobs
    }

    static func chain(folder: URL) throws -> [CheckJob] {
        let manifest: ChainManifest
        do { manifest = try ChainManifest.load(folder: folder) } catch let e as RuleLoadingError {
            throw InputFailure(message: e.description)
        }
        func path(_ file: String) -> String { folder.appendingPathComponent(file).relativePath }
        var levels: [String: String] = [:]
        for p in manifest.plans { if let l = p.level { levels[path(p.file)] = l } }
        return manifest.submissionFiles.map { file in
            CheckJob(
                path: path(file), parents: manifest.ancestors(of: file).map(path),
                notApplicable: manifest.plan(file)?.notApplicable ?? [], level: manifest.plan(file)?.level,
                parentLevels: levels)
        }
    }

    /// Links plans that name no parent to a plan of the same run they cite by number.
    static func linkByCitation(_ jobs: inout [CheckJob], documents: [String: PlanDocument]) -> [String] {
        var byNumber: [String: String] = [:]
        for (path, doc) in documents {
            if let n = doc.header.number?.normalized { byNumber[ParentCitationCheck.key(n)] = path }
        }
        var links: [String] = []
        for i in jobs.indices where jobs[i].parents.isEmpty {
            guard let doc = documents[jobs[i].path] else { continue }
            let cited = doc.bases.flatMap(\.citationIDs).compactMap { doc.citations[$0].number }
            if let parent = cited.compactMap({ byNumber[ParentCitationCheck.key($0)] }).first(where: {
                $0 != jobs[i].path
            }) {
                jobs[i].parents = [parent]
                links.append("\(jobs[i].path) → \(parent)")
            }
        }
        return links.sorted()
    }
}
