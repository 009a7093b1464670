import PlanCheckCore

/// Headings one letter off their canonical wording ("YẾU CẦU"): the parser already recognised
/// the section, so the typo is reported rather than breaking the structure.
public struct HeadingTypoCheck: CheckKind {
    public typealias Parameters = NoParameters
    public static let kind = "heading-typo"
    public static let placeholders: Set<String> = ["found", "expected", "heading"]

    public init(parameters: Parameters) throws {}

    public func run(_ context: CheckContext) -> [CheckHit] {
        var hits: [CheckHit] = []
        context.document.forEachSection { section in
            for typo in section.headingTypos {
                hits.append(
                    CheckHit(
                        span: typo.span,
                        values: ["found": typo.found, "expected": typo.expected, "heading": section.title]))
            }
        }
        return hits
    }
}
