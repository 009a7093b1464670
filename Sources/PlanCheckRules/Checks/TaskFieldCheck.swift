import PlanCheckCore

/// Each task should say who leads it, by when, and what it delivers, or no one can be held to it.
public struct TaskFieldCheck: CheckKind {
    public enum Field: String, Decodable, Sendable { case lead, time, product }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case field }
        public typealias Keys = CodingKeys
        public var field: Field
    }

    public static let kind = "task-field"
    public static let placeholders: Set<String> = ["task", "id", "label", "field"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        context.document.tasks.filter(lacksField).map { task in
            CheckHit(
                span: task.span,
                values: [
                    "task": task.title, "id": task.id, "label": task.label ?? "",
                    "field": parameters.field.rawValue,
                ])
        }
    }

    private func lacksField(_ task: PlanTask) -> Bool {
        switch parameters.field {
        case .lead: return task.lead.isEmpty
        // A time field printed but unreadable still counts as given; date-form rules judge it.
        case .time: return task.time == nil && task.timeRaw == nil
        case .product: return task.product == nil
        }
    }
}
