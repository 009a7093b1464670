import PlanCheckCore

/// Typos in the numbers of cited documents (DOMAIN.md §4: "72/NĐ-CP" without its year,
/// "222016/TT-BTTTT", "QĐ -TTg"), which the parser reads through but records as defects.
public struct CitationFormCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case defects, types
            case oncePerDocument = "once_per_document"
        }
        public typealias Keys = CodingKeys
        public var defects: [CitationDefectKind]
        public var types: [CitationType]?
        /// Report each cited document once, at its first mention: a habit repeated in every
        /// mention ("số …, ngày …") is one thing to correct, not one finding a mention.
        public var oncePerDocument: Bool?
    }

    public static let kind = "citation-form"
    public static let placeholders: Set<String> = ["number", "numberRaw", "detail", "defect", "text", "type"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws {
        guard !parameters.defects.isEmpty else {
            throw ParameterError(key: "defects", "'defects' must list at least one defect kind")
        }
        self.parameters = parameters
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let wanted = Set(parameters.defects)
        let types = parameters.types.map(Set.init)
        var seen: Set<String> = []
        return context.document.citations.flatMap { citation -> [CheckHit] in
            if let types, !types.contains(citation.type) { return [] }
            if parameters.oncePerDocument == true {
                guard citation.defects.contains(where: { wanted.contains($0.kind) }),
                    seen.insert(citation.number ?? citation.text).inserted
                else { return [] }
            }
            return citation.defects.filter { wanted.contains($0.kind) }.map { defect in
                CheckHit(
                    span: citation.span,
                    values: [
                        "number": citation.number ?? "", "numberRaw": citation.numberRaw ?? "",
                        "detail": defect.detail, "defect": defect.kind.rawValue,
                        "text": citation.text, "type": citation.typeText,
                    ])
            }
        }
    }
}
