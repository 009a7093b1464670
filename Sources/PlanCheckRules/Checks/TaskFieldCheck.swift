import PlanCheckCore

/// Each task should say who leads it, by when, and what it delivers, or no one can be held to it.
public struct TaskFieldCheck: CheckKind {
    public enum Field: String, Decodable, Sendable { case lead, time, product }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case field, also }
        public typealias Keys = CodingKeys
        public var field: Field
        /// Words for other fields the same task lacks, put into `{also}`: a task with neither a
        /// lead agency nor a time is one finding that names both (the rule supersedes the other).
        public var also: [String: String]?
    }

    public static let kind = "task-field"
    public static let placeholders: Set<String> = ["task", "id", "label", "field", "also"]
    public let parameters: Parameters

    let also: [(field: Field, words: String)]

    public init(parameters: Parameters) throws {
        self.parameters = parameters
        var also: [(Field, String)] = []
        for (name, words) in (parameters.also ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let field = Field(rawValue: name) else {
                throw ParameterError(key: "also", "unknown field '\(name)' (known: lead, time, product)")
            }
            also.append((field, words))
        }
        self.also = also
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let document = context.document
        if parameters.field == .lead && !Self.organisationIsWhole(document) { return [] }
        let cut = Self.taskCutShort(document)
        // One pass, no filtered copy: tasks are large values, and a copy of thousands of them
        // was the peak of a whole check.
        var hits: [CheckHit] = []
        for task in document.tasks where Self.lacks(task, parameters.field) && task != cut {
            hits.append(
                context.hit(hits.count, span: task.span) {
                    let missing = also.filter { Self.lacks(task, $0.field) }.map(\.words).joined()
                    return CheckHit(
                        span: task.span,
                        values: [
                            "task": task.title, "id": task.id, "label": task.label ?? "",
                            "field": parameters.field.rawValue, "also": missing,
                        ])
                })
        }
        return hits
    }

    /// On a copy that stops short ("[...]"), the last task may have lost its field lines to the
    /// cut: it is not judged unless a part of the plan starts after it.
    static func taskCutShort(_ document: PlanDocument) -> PlanTask? {
        guard document.copy.endsMidway, let last = document.tasks.max(by: { $0.span.line < $1.span.line })
        else { return nil }
        let end = last.span.endLine
        return document.sections.contains { $0.span.line > end } ? nil : last
    }

    /// Tasks are given to agencies in TỔ CHỨC THỰC HIỆN as often as in the task itself; on a copy
    /// that stops before that section ends, an assignment may lie past the cut, so no task of it is
    /// called unled unless a part of the plan follows the organisation section.
    static func organisationIsWhole(_ document: PlanDocument) -> Bool {
        guard document.copy.endsMidway else { return true }
        guard let organisation = document.sections(ofKind: .organisation).last else { return false }
        return document.sections.contains { $0.span.line > organisation.span.line }
    }

    static func lacks(_ task: PlanTask, _ field: Field) -> Bool {
        switch field {
        case .lead: return task.lead.isEmpty && task.assignedBy == nil
        // A time field printed but unreadable still counts as given; date-form rules judge it.
        case .time: return task.time == nil && task.timeRaw == nil
        case .product: return task.product == nil
        }
    }
}
