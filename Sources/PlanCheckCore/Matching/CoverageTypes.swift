/// One unit of text on either side of a coverage comparison: a parent duty, or a child task or
/// paragraph. `id` is the caller's handle (a line number, a task path); the matcher never reads it.
public struct MatchItem: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var span: SourceSpan?

    public init(id: String, text: String, span: SourceSpan? = nil) {
        self.id = id
        self.text = text
        self.span = span
    }
}

/// Score limits for the outcomes. A score is at least 0 and at most 1.
public struct CoverageThresholds: Sendable, Hashable, Codable {
    /// At or above: the child item takes the duty over.
    public var covered: Double
    /// At or above (and below `covered`): the child touches the duty but leaves much of it out.
    public var partial: Double

    public init(covered: Double, partial: Double) {
        self.covered = covered
        self.partial = partial
    }

    /// Measured on the Quảng An chain (samples/chains/quang-an-2024, 26 duty/plan pairs): every
    /// covered duty scored 0.53 or more, the one partial duty (Bình Sơn, human rights) 0.31, the
    /// missing duties 0.22 and below. Each limit sits near the middle of its gap.
    public static let `default` = CoverageThresholds(covered: 0.45, partial: 0.26)
}

public enum CoverageOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case covered
    case partial
    case missing
    case notApplicable = "not-applicable"
}

/// The verdict for one parent item, with what it rests on, so a report can say why.
public struct CoverageMatch: Sendable, Hashable, Codable {
    public var parentItem: MatchItem
    public var outcome: CoverageOutcome
    public var score: Double
    /// The best child item; nil when no child item shares any key term.
    public var childItem: MatchItem?
    /// The key terms both share, most weighty first, readable (accented, lower case), at most 8.
    /// Consecutive shared syllables are joined into one phrase ("quyền con người").
    public var sharedTerms: [String]
    /// Why the outcome is what it is when the score alone does not say (not applicable, no key terms).
    public var reason: String?

    public init(
        parentItem: MatchItem, outcome: CoverageOutcome, score: Double, childItem: MatchItem?,
        sharedTerms: [String], reason: String? = nil
    ) {
        self.parentItem = parentItem
        self.outcome = outcome
        self.score = score
        self.childItem = childItem
        self.sharedTerms = sharedTerms
        self.reason = reason
    }

    /// A duty the caller has declared not to apply (a manifest entry: "no land border").
    public static func notApplicable(_ parentItem: MatchItem, reason: String) -> CoverageMatch {
        CoverageMatch(
            parentItem: parentItem, outcome: .notApplicable, score: 0, childItem: nil,
            sharedTerms: [], reason: reason)
    }
}
