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

    public init(
        tool: Tool, documents: [Document], findings: [Finding], inputErrors: [String] = [],
        coverage: [CoverageRecord] = [], links: [String] = []
    ) {
        self.tool = tool
        self.documents = documents
        self.findings = findings.sorted(by: Finding.reportOrder)
        self.inputErrors = inputErrors
        self.coverage = coverage
        self.links = links
    }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
