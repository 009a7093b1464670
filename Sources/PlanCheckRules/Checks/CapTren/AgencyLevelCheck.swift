import PlanCheckCore

/// Who does the work at the child's level: a district plan led by a provincial Sở hands its work
/// upward unless the parent delegated it; agencies the parent named as partners must appear.
public struct AgencyLevelCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case leadBelongsToLevel, parentNamedAgencies }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "agency-level"
    public static let placeholders: Set<String> = ["agency", "agencyLevel", "level", "duty", "parent"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard let comparison = context.comparison, let level = comparison.childLevel else { return [] }
        switch parameters.check {
        case .leadBelongsToLevel: return wrongLevel(context, comparison, level)
        case .parentNamedAgencies: return missingPartners(context, comparison, level)
        }
    }

    func wrongLevel(_ context: CheckContext, _ c: Comparison, _ level: LevelDefinition) -> [CheckHit] {
        // Delegated: a parent task addressed to this level names the agency as its lead. A duty that
        // only mentions the agency ("báo cáo về Sở Thông tin và Truyền thông") delegates nothing.
        let parentTaskIDs = Set(c.coverage.map(\.match.parentItem.id))
        let delegated = (c.directParent?.tasks ?? []).filter { parentTaskIDs.contains($0.id) }
            .flatMap(\.lead).map { VietnameseText.matchKey($0.name) }.joined(separator: " | ")
        var hits: [CheckHit] = []
        for task in context.document.tasks {
            for lead in task.lead {
                guard let agencyLevel = c.levels.level(ofAgency: lead.name), agencyLevel.rank < level.rank
                else { continue }
                if delegated.contains(VietnameseText.matchKey(lead.name)) { continue }
                hits.append(
                    CheckHit(
                        span: lead.span,
                        values: [
                            "agency": lead.name, "agencyLevel": agencyLevel.name, "level": level.name,
                            "duty": task.title,
                            "parent": c.directParent?.source.path ?? "",
                        ]))
            }
        }
        return hits
    }

    func missingPartners(_ context: CheckContext, _ c: Comparison, _ level: LevelDefinition) -> [CheckHit] {
        let text = VietnameseText.matchKey(context.document.lines.joined(separator: " "))
        var hits: [CheckHit] = []
        for record in c.coverage where record.match.outcome != .notApplicable {
            for partner in record.partners where !text.contains(VietnameseText.matchKey(partner)) {
                hits.append(
                    CheckHit(
                        span: nil,
                        values: [
                            "agency": partner, "agencyLevel": "", "level": level.name,
                            "duty": ParentCoverageCheck.short(record.match.parentItem.text),
                            "parent": record.parentPath,
                        ],
                        related: [
                            RelatedLocation(
                                path: record.parentPath, span: record.match.parentItem.span,
                                message: "nhiệm vụ cấp trên giao")
                        ]))
            }
        }
        return hits
    }
}
