import PlanCheckCore

/// A plan must have its usual top-level parts (purpose, content, organisation; DOMAIN.md §3),
/// whatever their headings say. The parameter is `section`, not `kind`: `kind` already names the
/// check kind in the same mapping.
public struct RequiredSectionCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case section }
        public typealias Keys = CodingKeys
        public var section: SectionKind
    }

    public static let kind = "required-section"
    public static let placeholders: Set<String> = ["section"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard context.document.sections(ofKind: parameters.section).isEmpty else { return [] }
        return [CheckHit(span: nil, values: ["section": parameters.section.rawValue])]
    }
}
