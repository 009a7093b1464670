/// What a section is for, whatever its heading says. The raw value is the JSON contract.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case purposeRequirements = "purpose-requirements"
    case contentTasks = "content-tasks"
    case funding = "funding"
    case organisation = "organisation"
    case bases = "bases"
    case other = "other"

    /// What a Vietnamese reader calls the part; the raw value stays the JSON and YAML key.
    public var vietnamese: String {
        switch self {
        case .purposeRequirements: return "mục đích, yêu cầu"
        case .contentTasks: return "nội dung, nhiệm vụ"
        case .funding: return "kinh phí"
        case .organisation: return "tổ chức thực hiện"
        case .bases: return "căn cứ"
        case .other: return "khác"
        }
    }

    public var english: String {
        switch self {
        case .purposeRequirements: return "purpose and requirements"
        case .contentTasks: return "content and tasks"
        case .funding: return "funding"
        case .organisation: return "organisation of implementation"
        case .bases: return "bases"
        case .other: return "other"
        }
    }
}

/// A heading and what stands under it.
public struct Section: Sendable, Hashable, Codable {
    /// "I.", "2.1.", "a)", "I-"; nil for a heading without numbering.
    public var label: String?
    /// 1 for Roman numerals (or unnumbered top headings), 2 for "1.", 3 for "1.1.", 4 for "a)".
    public var level: Int
    public var title: String
    public var kind: SectionKind
    /// The heading line.
    public var span: SourceSpan
    /// From the heading to the last line before the next heading of the same or a higher level.
    public var bodySpan: SourceSpan
    /// Words of the heading that are one letter off the canonical wording ("YẾU" for "YÊU").
    public var headingTypos: [HeadingTypo]
    public var children: [Section]

    public init(
        label: String?, level: Int, title: String, kind: SectionKind, span: SourceSpan,
        bodySpan: SourceSpan, headingTypos: [HeadingTypo] = [], children: [Section] = []
    ) {
        self.label = label
        self.level = level
        self.title = title
        self.kind = kind
        self.span = span
        self.bodySpan = bodySpan
        self.headingTypos = headingTypos
        self.children = children
    }
}

public struct HeadingTypo: Sendable, Hashable, Codable {
    public var found: String
    public var expected: String
    public var span: SourceSpan

    public init(found: String, expected: String, span: SourceSpan) {
        self.found = found
        self.expected = expected
        self.span = span
    }
}
