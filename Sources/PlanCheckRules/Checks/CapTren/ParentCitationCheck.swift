import PlanCheckCore

/// A lower plan implements its parent and must cite it with the parent's own number and date
/// (DOMAIN.md §1; a citation of 1466/QĐ-UBND "ngày 28/9/2023" for a parent of 29/9/2023 is wrong).
public struct ParentCitationCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case cited, matches }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "parent-citation"
    public static let placeholders: Set<String> = [
        "parentNumber", "parentDate", "citedNumber", "citedDate", "parent",
    ]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard let parent = context.comparison?.directParent, let number = parent.header.number?.normalized
        else { return [] }
        let key = DocumentNumber.key(number)
        let doc = context.document
        let citing = doc.citations.filter { $0.number.map(DocumentNumber.key) == key }
        let parentDate = parent.header.issueDate?.date
        let values = [
            "parentNumber": number, "parentDate": parentDate.map(Self.vietnamese) ?? "?",
            "parent": parent.source.path,
        ]
        let related = [
            RelatedLocation(
                path: parent.source.path, span: parent.header.number?.span, message: "văn bản cấp trên")
        ]
        switch parameters.check {
        case .cited:
            guard citing.isEmpty else { return [] }
            var v = values
            v["citedNumber"] = ""
            v["citedDate"] = ""
            return [CheckHit(span: doc.bases.first?.span, values: v, related: related)]
        case .matches:
            return citing.filter { $0.firstMention == nil }.compactMap { c -> CheckHit? in
                guard let date = c.date, let parentDate, date != parentDate else { return nil }
                var v = values
                v["citedNumber"] = c.number ?? ""
                v["citedDate"] = Self.vietnamese(date)
                return CheckHit(span: c.span, values: v, related: related)
            }
        }
    }

    static func vietnamese(_ d: CalendarDate) -> String { "\(d.day)/\(d.month)/\(d.year)" }
}
