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

/// Whether the parent asks the level to carry an item out, or names the level only among the
/// partners of a task one of its own agencies leads ("- Cơ quan phối hợp: …, UBND các xã,
/// phường"). Only a duty is the level's to take over; cooperation is shown, never blamed.
public enum ParentItemRole: String, Sendable, Hashable, Codable {
    case duty
    case cooperation
}

/// One parent item and what the child does about it.
public struct CoverageRecord: Sendable, Hashable {
    public var childPath: String
    public var parentPath: String
    public var match: CoverageMatch
    /// The first of `parentDeadlines`.
    public var parentDeadline: DateExpression?
    /// Every due date of the parent item (a duty may ask for a six-month and a year-end report).
    public var parentDeadlines: [DateExpression]
    public var partners: [PartnerRequirement]
    public var role: ParentItemRole

    public init(
        childPath: String, parentPath: String, match: CoverageMatch, parentDeadline: DateExpression?,
        partners: [PartnerRequirement], role: ParentItemRole = .duty, parentDeadlines: [DateExpression]? = nil
    ) {
        self.childPath = childPath
        self.parentPath = parentPath
        self.match = match
        self.parentDeadline = parentDeadline
        self.parentDeadlines = parentDeadlines ?? parentDeadline.map { [$0] } ?? []
        self.partners = partners
        self.role = role
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
    /// What the parents ask of the child's level, as text: the duties they address to it, or the
    /// whole of a letter sent to that level ("Kính gửi: Ủy ban nhân dân các tỉnh …"). Themes are
    /// required of the child only where this text asks for them, not where a parent gives a theme
    /// to one of its own agencies.
    public var askedOfChild: [String]

    public init(
        levels: LevelModel, childLevel: LevelDefinition?, parents: [PlanDocument],
        parentLevels: [LevelDefinition?],
        coverage: [CoverageRecord], profiles: [PlanProfile], askedOfChild: [String] = []
    ) {
        self.levels = levels
        self.childLevel = childLevel
        self.parents = parents
        self.parentLevels = parentLevels
        self.coverage = coverage
        self.profiles = profiles
        self.askedOfChild = askedOfChild
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
        // The direct parent's duties are the coverage's; the guidance above is read the same way.
        var asked = coverage.filter { $0.role == .duty }.map(\.match.parentItem.text)
        for (parent, _) in ranked.dropFirst() {
            asked += askedText(parent, level: childLevel, levels: levels)
        }
        if let direct = ranked.first?.0, isAddressed(direct, to: childLevel, levels: levels) {
            asked.append(direct.lines.joined(separator: " "))
        }
        return Comparison(
            levels: levels, childLevel: childLevel, parents: ranked.map(\.0), parentLevels: ranked.map(\.1),
            coverage: coverage, profiles: profiles, askedOfChild: asked)
    }
}

extension Comparison {
    /// What one parent asks of `level`: all of it when the letter is sent to the level as a whole,
    /// else the duties it addresses to the level.
    static func askedText(_ parent: PlanDocument, level: LevelDefinition?, levels: LevelModel) -> [String] {
        if isAddressed(parent, to: level, levels: levels) { return [parent.lines.joined(separator: " ")] }
        return ComparisonItems.parentItems(parent, for: level, levels: levels).filter { $0.role == .duty }
            .map(\.item.text)
    }

    /// A guidance letter names whom it is sent to in "Kính gửi: …" (NĐ 30/2020, Công văn).
    static func isAddressed(_ doc: PlanDocument, to level: LevelDefinition?, levels: LevelModel) -> Bool {
        guard let level else { return false }
        let limit = min(doc.lines.count, 60)
        return doc.lines[..<limit].contains { line in
            LooseKey.hasPrefix(line, "kinh gui") && levels.addresses(line, level: level)
        }
    }
}

/// Coverage of one parent's items by one child.
public enum CoverageAnalysis {
    /// Shown with a task in which the parent names the child's level only as a partner.
    public static let cooperationReason =
        "phối hợp: cấp trên chỉ nêu cấp này trong cơ quan phối hợp của nhiệm vụ do cơ quan khác chủ trì"

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
            var match =
                byIndex[i]
                ?? CoverageMatch(
                    parentItem: p.item, outcome: .notApplicable, score: 0, childItem: nil, sharedTerms: [],
                    reason: declared[i]?.reason)
            if p.role == .cooperation, declared[i] == nil {
                match.reason = cooperationReason
            }
            return CoverageRecord(
                childPath: child.source.path, parentPath: parent.source.path, match: match,
                parentDeadline: p.deadlines.first, partners: p.partners, role: p.role,
                parentDeadlines: p.deadlines)
        }
    }
}
