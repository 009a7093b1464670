import Foundation
import PlanCheckCore
import PlanCheckStore

/// A submission as this review stored it, with what the previous review of the same name held.
public struct ReviewedSubmission: Sendable {
    public var input: SubmissionInput
    public var previous: (findings: [StoredFinding], links: [StoredLink])?
}

/// A finished review: the run's id and every submission in job order.
public struct ReviewOutcome: Sendable {
    public var run: Int64
    public var submissions: [ReviewedSubmission]
    public var inputErrors: [String]
    public var links: [String]
    public var skipped: [SkippedFile]
}

/// `review`: the check pipeline plus the store. A submission whose bytes, parents, place in the
/// chain, rules, registry and tool version are unchanged reuses its stored result; the others are
/// checked exactly as `check` checks them and stored a batch per transaction.
public struct ReviewRunner: Sendable {
    public let checker: PlanChecker
    public let store: PlanCheckStore
    public let toolVersion: String
    /// Submissions per transaction. A kill loses at most the batch not yet committed.
    public var batchSize: Int
    /// A pause after each stored batch (tests act on a review that is still running).
    public var pauseMicroseconds: UInt32

    public init(
        checker: PlanChecker, store: PlanCheckStore, toolVersion: String, batchSize: Int = 128,
        pauseMicroseconds: UInt32 = 0
    ) {
        self.checker = checker
        self.store = store
        self.toolVersion = toolVersion
        self.batchSize = max(1, batchSize)
        self.pauseMicroseconds = pauseMicroseconds
    }

    public func run(
        _ plan: JobPlan, clock: () -> String, progress: ((Int, Int, String) -> Void)? = nil
    ) throws -> ReviewOutcome {
        let registry = checker.environment.data.registry
        try store.syncRegistry(registry, at: clock())
        // The options that change a result: the language of its messages and the coverage
        // thresholds (a review in English must not reuse Vietnamese messages, nor the reverse).
        let options = checker.options
        let shared = SHA256.hex(
            checker.environment.contentHash(toolVersion: toolVersion)
                + "|lang:\(options.english ? "en" : "vi")|covered:\(options.thresholds.covered)"
                + "|partial:\(options.thresholds.partial)")
        let run = try store.beginRun(
            toolVersion: toolVersion, rulesHash: shared, registryHash: registry.contentHash, at: clock())
        let prepared = checker.prepare(plan)
        let keys = ReviewKeys.compute(prepared.jobs, shared: shared, workers: checker.options.workers)
        // Every lookup of the run in one read: cached results by key, previous reviews by name.
        let lookups = try store.lookups(
            keys: keys.map(\.cacheKey), names: prepared.jobs.map { SubmissionInput.name($0.path) },
            before: run)
        let hits = lookups.cached
        let previous = lookups.previous
        var stored: [Int: ReviewedSubmission] = [:]
        var pending: [SubmissionInput] = []
        var done = 0
        func keep(_ index: Int, _ input: SubmissionInput) throws {
            stored[index] = ReviewedSubmission(input: input, previous: previous[input.name])
            pending.append(input)
            done += 1
            progress?(done, prepared.jobs.count, input.path)
            if pending.count >= batchSize { try flush() }
        }
        func flush() throws {
            do { try store.record(pending, run: run) } catch {
                // A batch that does not fit (a full disk) is stored one submission per
                // transaction instead, so everything that fits is kept before the error stops us.
                for input in pending { try store.record(input, run: run) }
            }
            pending.removeAll(keepingCapacity: true)
            if pauseMicroseconds > 0 { usleep(pauseMicroseconds) }
        }
        var fresh: [Int] = []
        for (i, job) in prepared.jobs.enumerated() {
            if let hit = hits[keys[i].cacheKey] {
                try keep(i, SubmissionInput(cached: hit, job: job, key: keys[i]))
            } else {
                fresh.append(i)
            }
        }
        let errors = try checker.check(prepared, indices: fresh) { i, result in
            guard result.error == nil else { return }
            try keep(i, SubmissionInput(result: result, key: keys[i]))
        }
        try flush()
        try store.finishRun(run, at: clock())
        return ReviewOutcome(
            run: run, submissions: stored.keys.sorted().compactMap { stored[$0] }, inputErrors: errors,
            links: prepared.links, skipped: plan.skipped)
    }
}

/// A submission's content hash and cache key: its bytes, its parents' bytes in order, its place
/// in a chain (levels, declared exemptions) and the shared key (rules, registry, tool), so that
/// changing one input changes the key of exactly the results it feeds.
struct ReviewKeys: Sendable {
    var contentHash: String
    var cacheKey: String

    static func compute(_ jobs: [CheckJob], shared: String, workers: Int) -> [ReviewKeys] {
        var parentHashes: [String: String] = [:]
        for job in jobs {
            for p in job.parents where parentHashes[p.path] == nil { parentHashes[p.path] = hash(p) }
        }
        let parents = parentHashes
        var out: [ReviewKeys] = []
        out.reserveCapacity(jobs.count)
        OrderedParallel.run(
            count: jobs.count, window: 256, workers: OrderedParallel.workers(workers),
            body: { i in key(jobs[i], parents: parents, shared: shared) }, consume: { _, k in out.append(k) })
        return out
    }

    static func key(_ job: CheckJob, parents: [String: String], shared: String) -> ReviewKeys {
        let content = hash(job.source)
        let parentHashes = job.parents.map { parents[$0.path] ?? "" }.joined(separator: ",")
        let levels = ([job.level ?? ""] + job.parents.map { job.parentLevels[$0.path] ?? "" }).joined(
            separator: ",")
        let exempt = job.notApplicable.map { $0.duty + "\u{1}" + $0.reason }.joined(separator: "\u{2}")
        return ReviewKeys(
            contentHash: content,
            cacheKey: SHA256.hex([content, parentHashes, levels, exempt, shared].joined(separator: "|")))
    }

    static func hash(_ source: DocumentSource) -> String {
        switch source {
        case .file(let path): return FileHash.of(path)
        case .text(let text, _, let format): return SHA256.hex(format + "\u{0}" + text)
        case .bytes(let bytes, _): return SHA256.hex(bytes: bytes)
        }
    }
}

extension SubmissionInput {
    /// The name a submission is known by across reviews: its file name.
    static func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    init(result: DocumentResult, key: ReviewKeys) {
        let name = Self.name(result.path)
        let links = result.coverage.map(StoredLink.init)
        self.init(
            name: name, path: result.path, contentHash: key.contentHash, cacheKey: key.cacheKey,
            number: result.number, issueDate: result.issueDate?.iso, coverage: ReviewCoverage.share(links),
            cached: false, findings: result.findings.map { StoredFinding($0, submission: name) }, links: links
        )
    }

    init(cached hit: CachedResult, job: CheckJob, key: ReviewKeys) {
        self.init(
            name: Self.name(job.path), path: job.path, contentHash: key.contentHash, cacheKey: key.cacheKey,
            number: hit.number, issueDate: hit.issueDate, coverage: hit.coverage, cached: true,
            findings: hit.findings, links: hit.links)
    }
}

/// Coverage of the parent's duties addressed to this level: covered counts 1, partial ½, missing
/// 0; duties declared not applicable are left out of the denominator. nil when there are none.
public enum ReviewCoverage {
    public static func share(_ links: [StoredLink]) -> Double? {
        let judged = links.filter { $0.outcome != CoverageOutcome.notApplicable.rawValue }
        guard !judged.isEmpty else { return nil }
        let covered = judged.filter { $0.outcome == CoverageOutcome.covered.rawValue }.count
        let partial = judged.filter { $0.outcome == CoverageOutcome.partial.rawValue }.count
        return (Double(covered) + Double(partial) / 2) / Double(judged.count)
    }
}
