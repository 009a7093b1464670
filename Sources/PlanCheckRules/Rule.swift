import PlanCheckCore

/// A rule read from `rules/<pack>/<ID>-<name>.yaml`: the wording and severity a province owns,
/// bound to a check kind written in Swift.
public struct Rule: Sendable {
    /// Stable forever, never reused ("TT001").
    public var id: String
    /// Kebab-case name of the problem ("missing-national-motto").
    public var name: String
    /// The folder the rule file lives in ("the-thuc").
    public var pack: String
    public var severity: Severity
    /// false for an opt-in rule: it runs only when `.plancheck.yml` names it.
    public var enabled: Bool
    public var summary: String
    public var message: String
    public var messageEn: String?
    public var rationale: String
    public var references: [String]
    /// The kind's name and its parameters as written in the file (for the generated docs).
    public var checkKind: String
    public var checkYAML: String
    public var check: any CheckKind
    /// Where the rule was read from, for messages about the rule itself.
    public var file: String
    public var line: Int
    /// The documents it judges (`applies_to`, `issued_by`, `needs`) and the rules it supersedes.
    public var scope: RuleScope = RuleScope()
    /// The `check:` mapping as the rule cache stores it (nil for a rule built in code).
    var checkTree: CachedNode?

    public init(
        id: String, name: String, pack: String, severity: Severity, enabled: Bool,
        summary: String, message: String, messageEn: String?, rationale: String,
        references: [String], checkKind: String, checkYAML: String, check: any CheckKind,
        file: String, line: Int
    ) {
        self.id = id
        self.name = name
        self.pack = pack
        self.severity = severity
        self.enabled = enabled
        self.summary = summary
        self.message = message
        self.messageEn = messageEn
        self.rationale = rationale
        self.references = references
        self.checkKind = checkKind
        self.checkYAML = checkYAML
        self.check = check
        self.file = file
        self.line = line
    }

    /// The message for a hit, in English when asked for and written.
    public func render(_ hit: CheckHit, english: Bool) -> String {
        let template = english ? (messageEn ?? message) : message
        return MessageTemplate.render(template, values: hit.values)
    }
}
