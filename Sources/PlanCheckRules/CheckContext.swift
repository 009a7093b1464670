import PlanCheckCore

/// What a check sees. Parents are the higher-level plans a plan implements; checks of the
/// `cap-tren` pack will read them, so the context carries them from the start.
public struct CheckContext: Sendable {
    public let document: PlanDocument
    public var parents: [PlanDocument]
    /// Levels, ordered parents and coverage, when the plan is checked against parents.
    public var comparison: Comparison?
    /// Levels and plan profiles from rules/profiles/.
    public var data: ProfileData
    /// Legal documents, agencies and levels from rules/registry/ (the `danh-muc` pack reads it).
    public var registry: Registry
    /// Folded lines and other per-document derivations, computed once for all rules.
    public let index: DocumentIndex
    /// How many hits of one rule the engine turns into findings in full: its finding limit, and
    /// the first unlisted hit, where the closing "N more places" finding stands. Past that a
    /// check gives the place alone (`hit(_:span:_:)`): only the count is reported.
    public var fullHits: Int = .max

    public init(
        document: PlanDocument, parents: [PlanDocument] = [], comparison: Comparison? = nil,
        data: ProfileData = ProfileData(), registry: Registry? = nil
    ) {
        self.document = document
        self.parents = comparison?.parents ?? parents
        self.comparison = comparison
        self.data = data
        self.registry = registry ?? data.registry
        index = DocumentIndex(document)
    }

    /// The hit a check appends as its `count`-th (0-based): built in full by `make` while the
    /// engine will show it, its place alone after. A generated plan of 85,000 conflicting
    /// citations held a dictionary of values for every one of them, to list a thousand.
    public func hit(_ count: Int, span: SourceSpan?, _ make: () -> CheckHit) -> CheckHit {
        count < fullHits ? make() : CheckHit(span: span)
    }

    /// A related location inside the checked document.
    public func related(_ span: SourceSpan?, _ message: String) -> RelatedLocation {
        RelatedLocation(path: document.source.path, span: span, message: message)
    }
}
