import PlanCheckCore

/// What a report needs to know about a rule. PlanCheckReport does not depend on PlanCheckRules, so
/// the CLI maps its rules to this; reports then explain a finding without loading any YAML.
public struct RuleInfo: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The rule's folder ("the-thuc"); JUnit uses it as the class name.
    public var pack: String?
    public var summary: String
    public var rationale: String
    public var references: [String]
    /// The severity the rule ran at (after `.plancheck.yml`).
    public var severity: Severity

    public init(
        id: String, name: String, pack: String? = nil, summary: String, rationale: String,
        references: [String],
        severity: Severity
    ) {
        self.id = id
        self.name = name
        self.pack = pack
        self.summary = summary
        self.rationale = rationale
        self.references = references
        self.severity = severity
    }
}

/// A light outline of one checked document, so file reports can quote the document's own words and
/// group findings under its headings without carrying the whole parsed model.
public struct DocumentOutline: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        public var title: String
        public var startLine: Int
        public var endLine: Int

        public init(title: String, startLine: Int, endLine: Int) {
            self.title = title
            self.startLine = startLine
            self.endLine = endLine
        }
    }

    public var path: String
    public var sections: [Section]
    /// The extracted text, index 0 is line 1.
    public var lines: [String]

    public init(path: String, sections: [Section], lines: [String]) {
        self.path = path
        self.sections = sections
        self.lines = lines
    }

    /// The innermost (latest starting) section holding `line`.
    public func section(containing line: Int) -> Section? {
        sections.filter { $0.startLine <= line && line <= $0.endLine }.max { $0.startLine < $1.startLine }
    }

    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
