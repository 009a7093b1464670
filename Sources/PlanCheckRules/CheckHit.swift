import PlanCheckCore

/// One place a check found a problem. The rule turns it into a `Finding` by rendering its message
/// with `values`; checks never write prose, so that wording stays in the YAML.
public struct CheckHit: Sendable, Hashable {
    /// nil for a problem of the whole document (a missing part has no line).
    public var span: SourceSpan?
    public var values: [String: String]
    public var related: [RelatedLocation]

    public init(span: SourceSpan?, values: [String: String] = [:], related: [RelatedLocation] = []) {
        self.span = span
        self.values = values
        self.related = related
    }
}
