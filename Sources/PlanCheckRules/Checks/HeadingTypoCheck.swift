import PlanCheckCore

/// Headings one letter off their canonical wording ("YẾU CẦU"): the parser already recognised
/// the section, so the typo is reported rather than breaking the structure.
public struct HeadingTypoCheck: CheckKind {
    public typealias Parameters = NoParameters
    public static let kind = "heading-typo"
    public static let placeholders: Set<String> = ["found", "expected", "heading"]

    public init(parameters: Parameters) throws {}

    public func run(_ context: CheckContext) -> [CheckHit] {
        context.document.allSections.flatMap { section in
            section.headingTypos.map {
                CheckHit(
                    span: $0.span,
                    values: ["found": $0.found, "expected": $0.expected, "heading": section.title])
            }
        }
    }
}
