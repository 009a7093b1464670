/// A child plan's declaration that a parent duty does not apply to it, with the reason. Such
/// duties are counted and shown apart, never passed silently.
public struct NotApplicableDeclaration: Sendable, Hashable, Codable {
    /// A fragment of the parent duty's text.
    public var duty: String
    public var reason: String

    public init(duty: String, reason: String) {
        self.duty = duty
        self.reason = reason
    }
}

/// One parent item and what the child does about it.
public struct CoverageRecord: Sendable, Hashable {
    public var childPath: String
    public var parentPath: String
    public var match: CoverageMatch
    public var parentDeadline: DateExpression?
    public var partners: [String]

    public init(
        childPath: String, parentPath: String, match: CoverageMatch, parentDeadline: DateExpression?,
        partners: [String]
    ) {
        self.childPath = childPath
        self.parentPath = parentPath
        self.match = match
        self.parentDeadline = parentDeadline
        self.partners = partners
    }
}

/// Everything the cross-level checks need about a child and the plans above it.
public struct Comparison: Sendable {
    public var levels: LevelModel
    public var childLevel: LevelDefinition?
    /// Direct parent first, then the guidance above it.
    public var parents: [PlanDocument]
    public var parentLevels: [LevelDefinition?]
    /// Coverage of the direct parent's items for the child's level.
    public var coverage: [CoverageRecord]
    public var profiles: [PlanProfile]

    public init(
        levels: LevelModel, childLevel: LevelDefinition?, parents: [PlanDocument],
        parentLevels: [LevelDefinition?],
        coverage: [CoverageRecord], profiles: [PlanProfile]
    ) {
        self.levels = levels
        self.childLevel = childLevel
        self.parents = parents
        self.parentLevels = parentLevels
        self.coverage = coverage
        self.profiles = profiles
    }

    public var directParent: PlanDocument? { parents.first }

    /// Builds the comparison: orders parents (lowest level first, then latest date), finds the
    /// child's level, and computes coverage against the direct parent.
    public static func build(
        child: PlanDocument, parents: [PlanDocument], levels: LevelModel, profiles: [PlanProfile],
        notApplicable: [NotApplicableDeclaration], matcher: CoverageMatcher, childLevelID: String? = nil,
        parentLevelIDs: [String: String] = [:]
    ) -> Comparison {
        func level(_ doc: PlanDocument, _ id: String?) -> LevelDefinition? {
            levels.level(id: id) ?? levels.level(of: doc)
        }
        let ranked = parents.map { ($0, level($0, parentLevelIDs[$0.source.path])) }.sorted { a, b in
            let ra = a.1?.rank ?? -1
            let rb = b.1?.rank ?? -1
            if ra != rb { return ra > rb }
            return (a.0.header.issueDate?.date ?? CalendarDate(year: 0, month: 1, day: 1))
                > (b.0.header.issueDate?.date ?? CalendarDate(year: 0, month: 1, day: 1))
        }
        let childLevel = level(child, childLevelID)
        var coverage: [CoverageRecord] = []
        if let direct = ranked.first?.0 {
            coverage = CoverageAnalysis.run(
                child: child, parent: direct, childLevel: childLevel, levels: levels,
                notApplicable: notApplicable,
                matcher: matcher)
        }
        return Comparison(
            levels: levels, childLevel: childLevel, parents: ranked.map(\.0), parentLevels: ranked.map(\.1),
            coverage: coverage, profiles: profiles)
    }
}

/// Coverage of one parent's items by one child.
public enum CoverageAnalysis {
    public static func run(
        child: PlanDocument, parent: PlanDocument, childLevel: LevelDefinition?, levels: LevelModel,
        notApplicable: [NotApplicableDeclaration], matcher: CoverageMatcher
    ) -> [CoverageRecord] {
        let parentItems = ComparisonItems.parentItems(parent, for: childLevel, levels: levels)
        let childItems = ComparisonItems.childItems(child)
        var declared: [Int: NotApplicableDeclaration] = [:]
        for (i, p) in parentItems.enumerated() {
            let key = VietnameseText.matchKey(p.item.text)
            if let d = notApplicable.first(where: { key.contains(VietnameseText.matchKey($0.duty)) }) {
                declared[i] = d
            }
        }
        let open = parentItems.enumerated().filter { declared[$0.offset] == nil }
        let matches = matcher.match(parentItems: open.map(\.element.item), childItems: childItems)
        var byIndex: [Int: CoverageMatch] = [:]
        for (k, m) in zip(open.map(\.offset), matches) { byIndex[k] = m }
        return parentItems.enumerated().map { i, p in
            let match =
                byIndex[i]
                ?? CoverageMatch(
                    parentItem: p.item, outcome: .notApplicable, score: 0, childItem: nil, sharedTerms: [],
                    reason: declared[i]?.reason)
            return CoverageRecord(
                childPath: child.source.path, parentPath: parent.source.path, match: match,
                parentDeadline: p.deadline,
                partners: p.partners)
        }
    }
}
