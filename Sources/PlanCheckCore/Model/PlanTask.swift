/// An agency as named in the text.
public struct AgencyRef: Sendable, Hashable, Codable {
    public var name: String
    public var span: SourceSpan

    public init(name: String, span: SourceSpan) {
        self.name = name
        self.span = span
    }
}

/// How a task states who does it and when (DOMAIN.md §3).
public enum TaskStyle: String, Sendable, Hashable, Codable {
    /// "- Cơ quan chủ trì: …", "- Thời gian: …" lines under the task (seed 002).
    case fieldLines = "field-lines"
    /// "- Đơn vị thực hiện: Sở X chủ trì, phối hợp với …" (seed 003).
    case implementingUnit = "implementing-unit"
    /// Prose only.
    case plain = "plain"
}

/// One item of the content section.
public struct PlanTask: Sendable, Hashable, Codable {
    /// Path of labels from the section down ("II.2.1."), unique in the document.
    public var id: String
    public var label: String?
    /// The heading or first sentence.
    public var title: String
    /// The whole text of the item, fields included.
    public var text: String
    public var span: SourceSpan
    public var style: TaskStyle
    public var lead: [AgencyRef]
    public var cooperating: [AgencyRef]
    /// The time field as printed, and its reading.
    public var timeRaw: Located<String>?
    public var time: DateExpression?
    public var product: Located<String>?
    /// The agency TỔ CHỨC THỰC HIỆN gives this task to, when the task names none itself.
    public var assignedBy: TaskAssignment?

    public init(
        id: String, label: String?, title: String, text: String, span: SourceSpan,
        style: TaskStyle, lead: [AgencyRef] = [], cooperating: [AgencyRef] = [],
        timeRaw: Located<String>? = nil, time: DateExpression? = nil,
        product: Located<String>? = nil
    ) {
        self.id = id
        self.label = label
        self.title = title
        self.text = text
        self.span = span
        self.style = style
        self.lead = lead
        self.cooperating = cooperating
        self.timeRaw = timeRaw
        self.time = time
        self.product = product
    }
}

/// Where the organisation section gives a content task to an agency: many plans list their tasks
/// without agencies and assign them afterwards ("1. Sở Văn hóa, Thể thao và Du lịch: chủ trì …").
public struct TaskAssignment: Sendable, Hashable, Codable {
    public var agency: AgencyRef
    /// The duty that matches the task, and how well (the coverage score, 0…1).
    public var dutySpan: SourceSpan
    public var score: Double

    public init(agency: AgencyRef, dutySpan: SourceSpan, score: Double) {
        self.agency = agency
        self.dutySpan = dutySpan
        self.score = score
    }
}

/// How the organisation section addresses an agency: a State body "giao" its own agencies and
/// "đề nghị" Party bodies and mass organisations (DOMAIN.md §2).
public enum AssignmentVerb: String, Sendable, Hashable, Codable {
    case giao
    case deNghi = "de-nghi"
    case none
}

/// In TỔ CHỨC THỰC HIỆN: an agency and the duties given to it.
public struct Assignment: Sendable, Hashable, Codable {
    public var label: String?
    public var agency: AgencyRef
    public var verb: AssignmentVerb
    public var verbSpan: SourceSpan?
    public var duties: [Duty]
    /// True when the addressee is a whole level ("Ủy ban nhân dân các huyện, thị xã, thành phố").
    public var addressesLowerLevel: Bool
    public var span: SourceSpan

    public init(
        label: String?, agency: AgencyRef, verb: AssignmentVerb, verbSpan: SourceSpan?,
        duties: [Duty], addressesLowerLevel: Bool, span: SourceSpan
    ) {
        self.label = label
        self.agency = agency
        self.verb = verb
        self.verbSpan = verbSpan
        self.duties = duties
        self.addressesLowerLevel = addressesLowerLevel
        self.span = span
    }
}

public struct Duty: Sendable, Hashable, Codable {
    public var text: String
    public var span: SourceSpan
    /// Deadlines and periods found in the duty.
    public var dates: [DateExpression]

    public init(text: String, span: SourceSpan, dates: [DateExpression] = []) {
        self.text = text
        self.span = span
        self.dates = dates
    }
}
