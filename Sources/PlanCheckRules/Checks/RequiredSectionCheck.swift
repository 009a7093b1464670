import PlanCheckCore

/// A plan must have its usual parts (purpose, content, organisation; DOMAIN.md §3), whatever their
/// headings say. The parameter is `section`, not `kind`: `kind` already names the check kind in the
/// same mapping.
public struct RequiredSectionCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case section
            case anywhere
            case followedBy = "followed_by"
            case precededBy = "preceded_by"
        }
        public typealias Keys = CodingKeys
        public var section: SectionKind
        /// Accept the section at any level: funding is often a numbered item inside TỔ CHỨC THỰC
        /// HIỆN ("3. Kinh phí thực hiện") rather than a part of its own.
        public var anywhere: Bool?
        /// On a copy cut short ("[...]"), the missing part may simply lie past the cut. Report it
        /// only when one of these parts, which usually come after it, is present; without a list,
        /// stay silent on such copies.
        public var followedBy: [SectionKind]?
        /// On a copy that starts inside the document, the missing part may lie before its start:
        /// report it only when one of these parts, which usually come before it, is present.
        public var precededBy: [SectionKind]?
    }

    public static let kind = "required-section"
    /// `section` is the part's Vietnamese name, `sectionEn` its English one (never the JSON key).
    public static let placeholders: Set<String> = ["section", "sectionEn"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let document = context.document
        let found =
            parameters.anywhere == true
            ? document.containsSection { $0.kind == parameters.section }
            : !document.sections(ofKind: parameters.section).isEmpty
        guard !found else { return [] }
        func present(_ kinds: [SectionKind]?) -> Bool {
            (kinds ?? []).contains { !document.sections(ofKind: $0).isEmpty }
        }
        if document.copy.endsMidway && !present(parameters.followedBy) { return [] }
        if document.copy.startsMidway && !present(parameters.precededBy) { return [] }
        let kind = parameters.section
        return [CheckHit(span: nil, values: ["section": kind.vietnamese, "sectionEn": kind.english])]
    }
}
