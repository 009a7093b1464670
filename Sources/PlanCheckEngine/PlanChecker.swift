import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckReport
import PlanCheckRules

/// The one check pipeline: jobs → read → link parents → compare → rules → one result per job.
/// `check`, `review`, the bench, the tests and the server all call it; none wires its own.
public struct PlanChecker: Sendable {
    public let environment: RuleEnvironment
    public let options: CheckOptions

    /// One matcher for the run: its cache reads each parent plan's items once for all children.
    let matcher: CoverageMatcher

    public init(environment: RuleEnvironment, options: CheckOptions = CheckOptions()) {
        self.environment = environment
        self.options = options
        self.matcher = CoverageMatcher(thresholds: options.thresholds, cache: AnalysisCache())
    }

    /// Checks every job and returns all results (a front end that prints one report).
    public func check(_ plan: JobPlan) -> CheckRun {
        var results: [DocumentResult] = []
        results.reserveCapacity(plan.jobs.count)
        let summary = check(plan) { results.append($0) }
        return CheckRun(
            results: results, links: summary.links, inputErrors: summary.inputErrors, skipped: plan.skipped)
    }

    /// What a streamed run reports besides its results.
    public struct Summary: Sendable {
        public var links: [String]
        public var inputErrors: [String]
    }

    /// Checks every job on all cores and hands each result to `each` in job order, a window at a
    /// time, so a run of any size holds one window of results, not every document.
    @discardableResult
    public func check(_ plan: JobPlan, each: (DocumentResult) throws -> Void) rethrows -> Summary {
        let prepared = prepare(plan)
        let errors = try check(prepared, each: { _, result in try each(result) })
        return Summary(links: prepared.links, inputErrors: errors)
    }

    /// Jobs with their parents settled (linked by citation where the plan allows it) and every
    /// parent read once; what `review` needs before it can compute cache keys.
    public struct PreparedPlan: Sendable {
        public var jobs: [CheckJob]
        public var links: [String]
        /// Parents, and the documents of a small run kept from the linking pass.
        var documents: [String: PlanDocument]
        var parentErrors: [String]
        var failedParents: [String]
    }

    public func prepare(_ plan: JobPlan) -> PreparedPlan {
        var jobs = plan.jobs
        var links: [String] = []
        var retained: [String: PlanDocument] = [:]
        if plan.linkByCitation, jobs.count > 1, jobs.contains(where: { $0.parents.isEmpty }) {
            let linked = CitationLinker.link(&jobs, reader: self)
            links = linked.links
            retained = linked.retained
        }
        let parents = readParents(of: jobs, retained: retained)
        return PreparedPlan(
            jobs: jobs, links: links, documents: parents.documents.merging(retained) { a, _ in a },
            parentErrors: parents.errors, failedParents: parents.failed)
    }

    /// Checks the prepared jobs at `indices` (all when nil) and hands each result, with its job
    /// index, to `each` in order. Returns the input errors (parents first), each file once.
    public func check(
        _ prepared: PreparedPlan, indices: [Int]? = nil, each: (Int, DocumentResult) throws -> Void
    ) rethrows -> [String] {
        var errors = prepared.parentErrors
        var reported = Set(prepared.failedParents)
        let selected = indices ?? Array(prepared.jobs.indices)
        let jobs = prepared.jobs
        let documents = prepared.documents
        try OrderedParallel.run(
            count: selected.count, window: options.window, workers: OrderedParallel.workers(options.workers),
            body: { i in self.checkOne(jobs[selected[i]], known: documents) },
            consume: { i, result in
                if let error = result.error, reported.insert(result.path).inserted {
                    errors.append(error.message(english: options.english))
                }
                try each(selected[i], result)
            })
        return errors
    }

    /// Reads a document; the only place the pipeline touches a reader. With isolation, a child
    /// process reads and checks it first (`probe: false` when the caller has just done so).
    func read(_ source: DocumentSource, probe: Bool = true) throws(InputError) -> PlanDocument {
        if probe, let error = isolationError(source, parents: []) { throw error }
        switch source {
        case .file(let path): return try PlanReader.read(path: path, options: options.reader)
        case .text(let text, let path, let format):
            return PlanReader.parse(text: text, path: path, format: format)
        case .bytes(let bytes, let path):
            return try PlanReader.read(bytes: bytes, path: path, limits: options.reader.limits)
        }
    }

    /// The document's error when its isolated child was killed; nil without isolation.
    func isolationError(_ source: DocumentSource, parents: [DocumentSource]) -> InputError? {
        options.isolation?.probe(source, parents: parents, ruleFolders: environment.folders)
    }

    /// Every distinct parent, read once on all cores and shared by the plans below it.
    func readParents(of jobs: [CheckJob], retained: [String: PlanDocument]) -> (
        documents: [String: PlanDocument], errors: [String], failed: [String]
    ) {
        var seen = Set<String>()
        var sources: [DocumentSource] = []
        for job in jobs {
            for p in job.parents where retained[p.path] == nil && seen.insert(p.path).inserted {
                sources.append(p)
            }
        }
        var documents: [String: PlanDocument] = [:]
        var errors: [String] = []
        var failed: [String] = []
        let list = sources
        OrderedParallel.run(
            count: list.count, window: max(1, list.count), workers: OrderedParallel.workers(options.workers),
            body: { i in Result { () throws(InputError) in try self.read(list[i]) } },
            consume: { i, result in
                switch result {
                case .success(let doc): documents[list[i].path] = doc
                case .failure(let error):
                    errors.append(error.message(english: options.english))
                    failed.append(list[i].path)
                }
            })
        return (documents, errors, failed)
    }

    /// One job from its bytes to its findings. Runs on any thread; shares only immutable data.
    func checkOne(_ job: CheckJob, known: [String: PlanDocument]) -> DocumentResult {
        let doc: PlanDocument
        // The child checks the job as a whole, against its parents, before anything of it runs here.
        if options.isolation != nil, let error = isolationError(job.source, parents: job.parents) {
            return DocumentResult(job: job, findings: [], coverage: [], error: error)
        }
        if let known = known[job.path] {
            doc = known
        } else {
            do { doc = try read(job.source, probe: false) } catch {
                return DocumentResult(job: job, findings: [], coverage: [], error: error)
            }
        }
        let parentDocs = job.parents.compactMap { known[$0.path] }
        var comparison: Comparison?
        if !parentDocs.isEmpty {
            let data = environment.data
            comparison = Comparison.build(
                child: doc, parents: parentDocs, levels: data.levels, profiles: data.profiles,
                notApplicable: job.notApplicable, matcher: matcher,
                childLevelID: job.level, parentLevelIDs: job.parentLevels)
        }
        let findings = environment.engine.run(document: doc, comparison: comparison, english: options.english)
        return DocumentResult(
            job: job, number: doc.header.number?.normalized, issueDate: doc.header.issueDate?.date,
            issuer: doc.header.issuer?.lines.last, findings: findings, coverage: comparison?.coverage ?? [],
            outline: options.outlines ? DocumentOutline(doc, path: job.path) : nil)
    }
}

extension DocumentOutline {
    /// Headings down to the second level: deeper ones ("a)", "1.1.") split a plan too finely to
    /// group findings under.
    public init(_ doc: PlanDocument, path: String) {
        var sections: [DocumentOutline.Section] = []
        doc.forEachSection { s in
            guard s.level <= 2 else { return }
            sections.append(
                DocumentOutline.Section(
                    title: [s.label, s.title].compactMap { $0 }.joined(separator: " "),
                    startLine: s.bodySpan.line,
                    endLine: s.bodySpan.endLine))
        }
        self.init(path: path, sections: sections, lines: doc.lines)
    }
}
