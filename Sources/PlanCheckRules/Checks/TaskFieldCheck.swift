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
        let document = context.document
        let cut = Self.taskCutShort(document)
        return document.tasks.filter { $0 != cut && lacksField($0) }.map { task in
            CheckHit(
                span: task.span,
                values: [
                    "task": task.title, "id": task.id, "label": task.label ?? "",
                    "field": parameters.field.rawValue,
                ])
        }
    }

    /// On a copy that stops short ("[...]"), the last task may have lost its field lines to the
    /// cut: it is not judged unless a part of the plan starts after it.
    static func taskCutShort(_ document: PlanDocument) -> PlanTask? {
        guard document.isTruncated, let last = document.tasks.max(by: { $0.span.line < $1.span.line })
        else { return nil }
        let end = last.span.endLine
        return document.sections.contains { $0.span.line > end } ? nil : last
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
