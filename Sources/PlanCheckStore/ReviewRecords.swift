import PlanCheckCore

/// A finding as stored: the fingerprint survives edits that move it to another line.
public struct StoredFinding: Sendable, Hashable {
    public var fingerprint: String
    public var ruleId: String
    public var severity: String
    public var message: String
    public var line: Int?
    public var excerpt: String

    public init(_ f: Finding, submission: String) {
        fingerprint = FindingFingerprint.of(
            ruleId: f.ruleId, document: submission, text: f.excerpt.isEmpty ? f.message : f.excerpt)
        ruleId = f.ruleId
        severity = f.severity.rawValue
        message = f.message
        line = f.span?.line
        excerpt = f.excerpt
    }

    init(fingerprint: String, ruleId: String, severity: String, message: String, line: Int?, excerpt: String)
    {
        self.fingerprint = fingerprint
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.line = line
        self.excerpt = excerpt
    }
}

/// A parent duty and how the submission covers it; the parent item's fingerprint tells a later
/// review whether the parent's wording changed under the stored judgement.
public struct StoredLink: Sendable, Hashable {
    public var parentPath: String
    public var parentItemFingerprint: String
    public var parentItemText: String
    public var outcome: String
    public var score: Double
    public var childLine: Int?

    public init(_ r: CoverageRecord) {
        parentPath = r.parentPath
        parentItemText = r.match.parentItem.text
        parentItemFingerprint = Fingerprint.text(r.match.parentItem.text)
        outcome = r.match.outcome.rawValue
        score = r.match.score
        childLine = r.match.childItem?.span?.line
    }

    init(
        parentPath: String, parentItemFingerprint: String, parentItemText: String, outcome: String,
        score: Double, childLine: Int?
    ) {
        self.parentPath = parentPath
        self.parentItemFingerprint = parentItemFingerprint
        self.parentItemText = parentItemText
        self.outcome = outcome
        self.score = score
        self.childLine = childLine
    }
}

/// One reviewed submission, ready to store in one transaction.
public struct SubmissionInput: Sendable {
    public var name: String
    public var path: String
    public var contentHash: String
    public var cacheKey: String
    public var number: String?
    public var issueDate: String?
    public var coverage: Double?
    public var cached: Bool
    public var findings: [StoredFinding]
    public var links: [StoredLink]

    public init(
        name: String, path: String, contentHash: String, cacheKey: String, number: String?,
        issueDate: String?,
        coverage: Double?, cached: Bool, findings: [StoredFinding], links: [StoredLink]
    ) {
        self.name = name
        self.path = path
        self.contentHash = contentHash
        self.cacheKey = cacheKey
        self.number = number
        self.issueDate = issueDate
        self.coverage = coverage
        self.cached = cached
        self.findings = findings
        self.links = links
    }

    public func count(_ severity: String) -> Int { findings.filter { $0.severity == severity }.count }
}

/// Fingerprints: rule id + submission name + normalised excerpt, never the line number, so a
/// finding keeps its identity (and its accepted/rejected decision) when text above it moves.
public enum Fingerprint {
    /// A parent duty's wording, so a later review can tell the parent rewrote it.
    public static func text(_ text: String) -> String { SHA256.hex(FindingFingerprint.normalise(text)) }
}
