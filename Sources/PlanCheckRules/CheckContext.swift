import PlanCheckCore

/// What a check sees. Parents are the higher-level plans a plan implements; checks of the
/// `cap-tren` pack will read them, so the context carries them from the start.
public struct CheckContext: Sendable {
    public var document: PlanDocument
    public var parents: [PlanDocument]

    public init(document: PlanDocument, parents: [PlanDocument] = []) {
        self.document = document
        self.parents = parents
    }

    /// A related location inside the checked document.
    public func related(_ span: SourceSpan?, _ message: String) -> RelatedLocation {
        RelatedLocation(path: document.source.path, span: span, message: message)
    }
}
