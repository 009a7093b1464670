public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case info

    /// error > warning > info.
    public var rank: Int {
        switch self {
        case .error: return 3
        case .warning: return 2
        case .info: return 1
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Another place a finding refers to, e.g. the parent plan's duty a child failed to take over.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var path: String
    public var span: SourceSpan?
    public var message: String

    public init(path: String, span: SourceSpan?, message: String) {
        self.path = path
        self.span = span
        self.message = message
    }
}

/// One problem a rule found, pointing at a line of a document.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleId: String
    public var severity: Severity
    public var message: String
    public var path: String
    /// nil for a finding about the whole document (it is then reported on line 1).
    public var span: SourceSpan?
    public var excerpt: String
    public var related: [RelatedLocation]
    /// Paragraph or page in a .docx or .pdf.
    public var origin: LineOrigin?

    public init(
        ruleId: String, severity: Severity, message: String, path: String, span: SourceSpan?,
        excerpt: String, related: [RelatedLocation] = [], origin: LineOrigin? = nil
    ) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.path = path
        self.span = span
        self.excerpt = excerpt
        self.related = related
        self.origin = origin
    }

    /// Sort order of reports: file, line, column, rule id.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        let la = a.span ?? SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0)
        let lb = b.span ?? SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0)
        return (a.path, la.line, la.column, a.ruleId, a.message)
            < (b.path, lb.line, lb.column, b.ruleId, b.message)
    }
}
