import PlanCheckCore

/// A document is cited the first time with its date (NĐ 30/2020, Phụ lục I: "tên loại, số, ký
/// hiệu, ngày, tháng, năm ban hành, tên cơ quan ban hành, trích yếu"); later short mentions need
/// none. Laws are named by their title and, since 2025, may be cited by number alone (DOMAIN.md §4).
public struct CitationUndatedCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case types
            case from
            case exemptLawsFrom = "exempt_laws_from"
            case basesOnly = "bases_only"
        }
        public typealias Keys = CodingKeys
        /// Kinds of cited document judged.
        public var types: [CitationType]
        /// Documents issued before this date are not judged (the decree's own start), ISO.
        public var from: String?
        /// A law whose number carries this year or a later one may go undated.
        public var exemptLawsFrom: Int?
        /// Judge only the documents the text is issued on ("Căn cứ …", "Thực hiện …"), where the
        /// decree's full citation is due without doubt.
        public var basesOnly: Bool?
    }

    public static let kind = "citation-undated"
    public static let placeholders: Set<String> = ["number", "type", "text"]
    let types: Set<CitationType>
    let from: CalendarDate?
    let exemptLawsFrom: Int?
    let basesOnly: Bool

    public init(parameters: Parameters) throws {
        types = Set(parameters.types)
        basesOnly = parameters.basesOnly ?? false
        exemptLawsFrom = parameters.exemptLawsFrom
        if let raw = parameters.from {
            guard let date = CalendarDate(iso: raw) else {
                throw ParameterError(key: "from", "'from' must be an ISO date (2020-03-05)")
            }
            from = date
        } else {
            from = nil
        }
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let doc = context.document
        if let from {
            guard let issued = doc.header.issueDate?.date, issued >= from else { return [] }
        }
        var seen: Set<String> = []
        let bases = Set(doc.bases.flatMap(\.citationIDs))
        // A copy cut mid-citation ("… ngày 30/1") lost the date to the cut, not to the author.
        let cutLine = doc.copy.endsMidway ? doc.copy.lastLine : nil
        return doc.citations.compactMap { c in
            guard c.firstMention == nil, c.date == nil, types.contains(c.type), let number = c.number else {
                return nil
            }
            if basesOnly && !bases.contains(c.id) { return nil }
            if let cutLine, c.span.endLine >= cutLine { return nil }
            if c.type == .luat, let exempt = exemptLawsFrom, let year = Self.year(of: number), year >= exempt
            {
                return nil
            }
            // The same document mentioned again without a date, when its first mention had one,
            // is a short mention: only a document never dated anywhere is reported, once.
            if doc.citations.contains(where: { $0.number == number && $0.date != nil }) { return nil }
            guard seen.insert(number).inserted else { return nil }
            return CheckHit(span: c.span, values: ["number": number, "type": c.typeText, "text": c.text])
        }
    }

    static func year(of number: String) -> Int? {
        number.split(separator: "/").dropFirst().first.flatMap { Int($0) }.flatMap {
            (1945...2200).contains($0) ? $0 : nil
        }
    }
}
