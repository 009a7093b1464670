import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules
import PlanCheckStore

/// Judges one submission the way `check` does (same jobs, same Comparison), or takes the stored
/// result when nothing it depends on has changed.
struct ReviewEvaluator {
    let engine: RuleEngine
    let data: ProfileData
    let store: PlanCheckStore
    /// Rule files, profiles, registry and tool version: what every result depends on.
    let sharedKey: String
    /// Parents are read once and kept; submissions are read once and dropped.
    private var session = ReadSession(options: .init(), english: false)
    private var fileHashes: [String: String] = [:]
    var errors: [String] { session.errors }

    init(engine: RuleEngine, data: ProfileData, store: PlanCheckStore, sharedKey: String) {
        self.engine = engine
        self.data = data
        self.store = store
        self.sharedKey = sharedKey
    }

    /// The stored result for this job's cache key, or a fresh one; nil when the file is unreadable.
    mutating func evaluate(_ job: CheckJob) throws -> SubmissionInput? {
        let name = URL(fileURLWithPath: job.path).lastPathComponent
        let contentHash = ReviewHashes.file(job.path)
        let key = cacheKey(job, contentHash: contentHash)
        if let hit = try store.cached(key: key) {
            return SubmissionInput(
                name: name, path: job.path, contentHash: contentHash, cacheKey: key, number: hit.number,
                issueDate: hit.issueDate, coverage: hit.coverage, cached: true, findings: hit.findings,
                links: hit.links)
        }
        // Submissions are read once and dropped, so a batch of thousands does not stay in memory.
        guard let doc = session.readOnce(job.path) else { return nil }
        let parentDocs = job.parents.compactMap { session.document($0) }
        var comparison: Comparison?
        if !parentDocs.isEmpty {
            comparison = Comparison.build(
                child: doc, parents: parentDocs, levels: data.levels, profiles: data.profiles,
                notApplicable: job.notApplicable, matcher: CoverageMatcher(), childLevelID: job.level,
                parentLevelIDs: job.parentLevels)
        }
        let links = (comparison?.coverage ?? []).map(StoredLink.init)
        return SubmissionInput(
            name: name, path: job.path, contentHash: contentHash, cacheKey: key,
            number: doc.header.number?.normalized,
            issueDate: doc.header.issueDate?.date?.iso, coverage: ReviewCoverage.share(links), cached: false,
            findings: engine.run(document: doc, comparison: comparison).map {
                StoredFinding($0, submission: name)
            },
            links: links)
    }

    /// Its bytes, its parents' bytes in order, its place in a chain (levels, declared exemptions)
    /// and the shared key: changing one input changes the key of exactly the results it feeds.
    mutating func cacheKey(_ job: CheckJob, contentHash: String) -> String {
        let parentHashes = job.parents.map { p in
            if let h = fileHashes[p] { return h }
            let h = ReviewHashes.file(p)
            fileHashes[p] = h
            return h
        }
        let levels = ([job.level ?? ""] + job.parents.map { job.parentLevels[$0] ?? "" }).joined(
            separator: ",")
        let exempt = job.notApplicable.map { $0.duty + "\u{1}" + $0.reason }.joined(separator: "\u{2}")
        return SHA256.hex(
            [contentHash, parentHashes.joined(separator: ","), levels, exempt, sharedKey].joined(
                separator: "|"))
    }
}

/// Coverage of the parent's duties addressed to this level: covered counts 1, partial ½, missing
/// 0; duties declared not applicable are left out of the denominator. nil when there are none.
enum ReviewCoverage {
    static func share(_ links: [StoredLink]) -> Double? {
        let judged = links.filter { $0.outcome != CoverageOutcome.notApplicable.rawValue }
        guard !judged.isEmpty else { return nil }
        let covered = judged.filter { $0.outcome == CoverageOutcome.covered.rawValue }.count
        let partial = judged.filter { $0.outcome == CoverageOutcome.partial.rawValue }.count
        return (Double(covered) + Double(partial) / 2) / Double(judged.count)
    }
}

/// Content hashes of the inputs a result depends on.
enum ReviewHashes {
    static func file(_ path: String) -> String {
        SHA256.hex(bytes: Array(FileManager.default.contents(atPath: path) ?? Data()))
    }

    /// Rule files in id order, then every file under the folders' profiles/ (levels and plan
    /// profiles decide which parent duties a level must take up, hence coverage).
    static func rules(_ set: RuleSet, folders: [URL]) -> String {
        var parts = set.rules.sorted { $0.id < $1.id }.map { $0.id + ":" + file($0.file) }
        for folder in folders {
            let dir = folder.appendingPathComponent("profiles")
            let names = ((try? FileManager.default.subpathsOfDirectory(atPath: dir.path)) ?? []).sorted()
            parts += names.map { "profiles/\($0):" + file(dir.appendingPathComponent($0).path) }
        }
        return SHA256.hex(parts.joined(separator: ","))
    }
}
