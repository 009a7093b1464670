import PlanCheckCore

/// Everything a report shows, built once by the CLI and handed to each reporter. Version and
/// paths are injected so that the same input gives byte-identical reports.
public struct CheckReport: Sendable {
    public struct Tool: Sendable {
        public var name: String
        public var version: String
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    public struct Document: Sendable {
        public var path: String
        public var number: String?
        public var issueDate: CalendarDate?
        public init(path: String, number: String?, issueDate: CalendarDate?) {
            self.path = path
            self.number = number
            self.issueDate = issueDate
        }
    }

    public var tool: Tool
    public var documents: [Document]
    public var findings: [Finding]
    /// Files that could not be read, one line each.
    public var inputErrors: [String]
    /// Parent duties against the child's tasks, for plans checked against parents.
    public var coverage: [CoverageRecord]
    /// Parent links found by citation ("child → parent"), shown so a reviewer can verify them.
    public var links: [String]
    /// The rules that ran, for reports that explain findings (SARIF, JUnit, HTML).
    public var rules: [RuleInfo]
    /// Per checked document, its headings and text (HTML quotes and groups by them).
    public var outlines: [DocumentOutline]
    /// Reviewer decisions keyed by `FindingFingerprint` (the store's key too).
    public var reviewStates: [String: ReviewState]
    /// ISO 8601 time of the run from an injected clock; nil leaves it out of the report.
    public var generatedAt: String?
    /// Absolute directory that file reports make paths relative to (the working directory).
    public var pathBase: String?
    /// Set when a baseline was applied: `findings` then holds only the new ones.
    public var baseline: BaselineSummary? = nil

    public init(
        tool: Tool, documents: [Document], findings: [Finding], inputErrors: [String] = [],
        coverage: [CoverageRecord] = [], links: [String] = [], rules: [RuleInfo] = [],
        outlines: [DocumentOutline] = [], reviewStates: [String: ReviewState] = [:],
        generatedAt: String? = nil,
        pathBase: String? = nil
    ) {
        self.tool = tool
        self.documents = documents
        self.findings = findings.sorted(by: Finding.reportOrder)
        self.inputErrors = inputErrors
        self.coverage = coverage
        self.links = links
        self.rules = rules.sorted { $0.id < $1.id }
        self.outlines = outlines
        self.reviewStates = reviewStates
        self.generatedAt = generatedAt
        self.pathBase = pathBase
    }

    /// `path` relative to `pathBase` when it lies below it; other paths are kept as given, since a
    /// relative path the user typed is already relative to the working directory.
    public func relativePath(_ path: String) -> String {
        guard let base = pathBase, path.hasPrefix("/") else { return path }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    public func fingerprint(_ finding: Finding) -> String {
        FindingFingerprint.of(finding)
    }

    public func review(_ finding: Finding) -> ReviewState? { reviewStates[fingerprint(finding)] }

    public func rule(_ id: String) -> RuleInfo? { rules.first { $0.id == id } }

    public func outline(_ path: String) -> DocumentOutline? { outlines.first { $0.path == path } }

    /// A finding a reviewer dismissed as a false alarm: every report shows it apart or not at all,
    /// and it counts nowhere.
    public func isDismissed(_ finding: Finding) -> Bool { review(finding)?.isDismissed ?? false }

    /// The findings still standing: open ones and confirmed defects.
    public var standing: [Finding] { reviewStates.isEmpty ? findings : findings.filter { !isDismissed($0) } }

    public var dismissed: [Finding] { reviewStates.isEmpty ? [] : findings.filter(isDismissed) }

    /// Findings of a severity still standing (dismissed ones are not counted).
    public func count(_ severity: Severity) -> Int { standing.filter { $0.severity == severity }.count }
}
