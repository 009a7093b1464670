import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules
import PlanCheckStore

/// Checks a batch of submissions against their parents and keeps the results, so that the next
/// review of a revised submission says what is new, resolved or unchanged.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Kiểm tra và lưu kết quả các kế hoạch nộp lên so với văn bản cấp trên.")

    @Option(name: .customLong("parent"), help: "Văn bản cấp trên (lặp lại được).") var parents: [String] = []
    @Argument(help: "Các kế hoạch nộp lên (tệp hoặc thư mục).") var submissions: [String]
    @OptionGroup var rules: RuleOptions
    @OptionGroup var db: DatabaseOptions

    func run() throws {
        let (ruleSet, config, data) = try rules.loadAll()
        let engine = RuleEngine(ruleSet: ruleSet, config: config, data: data)
        let store = try db.open()
        try store.syncRegistry(data.registry, at: StoreClock.now())
        let rulesHash = ReviewHashes.rules(ruleSet)
        let run = try store.beginRun(
            toolVersion: ToolInfo.version, rulesHash: rulesHash, registryHash: data.registry.contentHash, at: StoreClock.now())
        var session = ReadSession(options: .init(), english: false)
        let parentDocs = parents.compactMap { session.document($0) }
        let parentHash = SHA256.hex(parents.map { ReviewHashes.file($0) }.joined(separator: ","))
        let paths = InputDiscovery.expand(submissions)
        let verdicts = try store.verdicts()
        var rows: [ReviewRow] = []
        for (i, path) in paths.enumerated() {
            if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r[\(i + 1)/\(paths.count)] \(path)\u{1B}[K".utf8)) }
            let name = URL(fileURLWithPath: path).lastPathComponent
            let contentHash = ReviewHashes.file(path)
            let key = SHA256.hex([contentHash, parentHash, rulesHash, data.registry.contentHash, ToolInfo.version].joined(separator: "|"))
            var input: SubmissionInput
            if let hit = try store.cached(key: key) {
                input = SubmissionInput(name: name, path: path, contentHash: contentHash, cacheKey: key, number: nil, issueDate: nil,
                                        coverage: hit.coverage, cached: true, findings: hit.findings, links: hit.links)
            } else {
                guard let doc = session.document(path) else { continue }
                var comparison: Comparison?
                if !parentDocs.isEmpty {
                    comparison = Comparison.build(child: doc, parents: parentDocs, levels: data.levels, profiles: data.profiles,
                                                  notApplicable: [], matcher: CoverageMatcher())
                }
                let links = (comparison?.coverage ?? []).map(StoredLink.init)
                let judged = links.filter { $0.outcome != "not-applicable" }
                input = SubmissionInput(
                    name: name, path: path, contentHash: contentHash, cacheKey: key, number: doc.header.number?.normalized,
                    issueDate: doc.header.issueDate?.date?.iso,
                    coverage: judged.isEmpty ? nil : Double(judged.filter { $0.outcome == "covered" }.count) / Double(judged.count),
                    cached: false, findings: engine.run(document: doc, comparison: comparison).map { StoredFinding($0, submission: name) },
                    links: links)
            }
            let previous = try store.previous(name: name, before: run)
            try store.record(input, run: run)
            rows.append(ReviewRow(input: input, previous: previous, verdicts: verdicts))
        }
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        try store.finishRun(run, at: StoreClock.now())
        print(ReviewRow.table(rows, run: run), terminator: "")
        for message in session.errors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if !session.errors.isEmpty { throw ExitCode(2) }
        if rows.contains(where: { $0.open > 0 }) { throw ExitCode(1) }
    }
}

/// Content hashes of the inputs a result depends on.
enum ReviewHashes {
    static func file(_ path: String) -> String {
        SHA256.hex(bytes: Array(FileManager.default.contents(atPath: path) ?? Data()))
    }

    /// The rule files' bytes, in id order: editing a message or a pattern invalidates the cache.
    static func rules(_ set: RuleSet) -> String {
        SHA256.hex(set.rules.sorted { $0.id < $1.id }.map { $0.id + ":" + file($0.file) }.joined(separator: ","))
    }
}
