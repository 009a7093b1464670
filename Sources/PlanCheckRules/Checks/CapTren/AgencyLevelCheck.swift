import PlanCheckCore

/// Who does the work at the child's level: a plan led by a body of a higher level hands its work
/// upward unless the parent delegated it; agencies the parent named as partners must appear. The
/// level of a body is read from the registry on the plan's date, never from its name alone
/// ("Phòng Văn hóa - Xã hội" is a commune body from 01/7/2025, DOMAIN.md §5).
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
        // Delegated: the parent made this level lead a task together with the agency ("- Cơ quan
        // chủ trì: Sở …, UBND các xã, phường"), and this is the task that takes it over. A task the
        // level only cooperates in, or a duty that mentions the agency ("báo cáo về Sở …"),
        // delegates nothing.
        var delegated: [String: [String]] = [:]
        let parentTasks = Dictionary(
            (c.directParent?.tasks ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for record in c.coverage where record.role == .duty {
            guard let task = parentTasks[record.match.parentItem.id], let child = record.match.childItem
            else {
                continue
            }
            delegated[child.id, default: []] += task.lead.map { AgencyLevelResolver.key($0.name) }
        }
        let resolver = AgencyLevelResolver(registry: context.registry, levels: c.levels)
        let date = context.document.header.issueDate?.date
        var hits: [CheckHit] = []
        for task in context.document.tasks {
            for lead in task.lead {
                guard let agencyLevel = resolver.level(of: lead.name, on: date), agencyLevel.rank < level.rank
                else { continue }
                let key = AgencyLevelResolver.key(lead.name)
                let mine = delegated[task.id] ?? []
                if mine.contains(where: { $0 == key || $0.hasPrefix(key + " ") || key.hasPrefix($0 + " ") }) {
                    continue
                }
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

    /// Each "phối hợp với …" of a duty the child takes over is satisfied by naming any one of the
    /// agencies it lists.
    func missingPartners(_ context: CheckContext, _ c: Comparison, _ level: LevelDefinition) -> [CheckHit] {
        let text = context.index.foldedText
        var hits: [CheckHit] = []
        for record in c.coverage where record.match.outcome != .notApplicable && record.role == .duty {
            for partner in record.partners where !partner.isNamed(in: text) {
                hits.append(
                    CheckHit(
                        span: nil,
                        values: [
                            "agency": partner.description, "agencyLevel": "", "level": level.name,
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
