/// What a section is for, whatever its heading says. The raw value is the JSON contract.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case purposeRequirements = "purpose-requirements"
    case contentTasks = "content-tasks"
    case funding = "funding"
    case organisation = "organisation"
    case bases = "bases"
    case other = "other"
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
