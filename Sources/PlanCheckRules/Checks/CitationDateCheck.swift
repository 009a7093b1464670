import PlanCheckCore

/// Dates of cited documents that cannot be right: a document issued after the plan that cites it,
/// or one document cited with two different dates (one of them is a typo; DOMAIN.md §4).
public struct CitationDateCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case notAfterPlanDate, consistent }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "citation-date"
    public static let placeholders: Set<String> = ["number", "date", "planDate", "otherDate", "text"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        switch parameters.check {
        case .notAfterPlanDate: return afterPlanDate(context.document)
        case .consistent: return inconsistent(context)
        }
    }

    private func afterPlanDate(_ document: PlanDocument) -> [CheckHit] {
        guard let planDate = document.header.issueDate?.date else { return [] }
        // One finding per cited document: a plan that cites the same later circular three times
        // has one wrong date (or one misprinted plan date), not three.
        var seen: Set<String> = []
        return document.citations.compactMap { citation in
            guard let date = citation.date, date > planDate else { return nil }
            guard seen.insert(citation.number.map(DocumentNumber.key) ?? citation.text).inserted else {
                return nil
            }
            return CheckHit(
                span: citation.span,
                values: [
                    "number": citation.number ?? citation.numberRaw ?? "", "date": Self.format(date),
                    "planDate": Self.format(planDate), "text": citation.text,
                ])
        }
    }

    /// Every dated mention whose date differs from the first dated mention of the same number.
    private func inconsistent(_ context: CheckContext) -> [CheckHit] {
        // The first mention is kept by index: a dictionary of whole citations copied every one
        // of them, the largest allocation of a plan of many citations.
        let citations = context.document.citations
        var first: [String: Int] = [:]
        var hits: [CheckHit] = []
        for (index, citation) in citations.enumerated() {
            guard let date = citation.date, let number = citation.number else { continue }
            let key = DocumentNumber.key(number)
            guard let earlierIndex = first[key], let earlierDate = citations[earlierIndex].date else {
                first[key] = index
                continue
            }
            let earlier = citations[earlierIndex]
            guard earlierDate != date, Self.canBeSameDocument(citation, earlier) else { continue }
            hits.append(
                context.hit(hits.count, span: citation.span) {
                    CheckHit(
                        span: citation.span,
                        values: [
                            "number": number, "date": Self.format(date),
                            "otherDate": Self.format(earlierDate), "text": citation.text,
                        ],
                        related: [context.related(earlier.span, "cited as \(Self.format(earlierDate))")])
                })
        }
        return hits
    }

    /// A number without a year segment ("61/KH-UBND", "57-KL/TW") is reused every year: the serial
    /// restarts from 01 on 1 January (NĐ 30/2020, Phụ lục I, Mục II, khoản 3; HD 36-HD/VPTW), so two
    /// such mentions dated in different years are two documents, not one cited with two dates.
    static func canBeSameDocument(_ a: Citation, _ b: Citation) -> Bool {
        guard a.numberYear == nil, b.numberYear == nil, let da = a.date, let db = b.date else { return true }
        return da.year == db.year
    }

    /// Dates in findings read the Vietnamese way (19/10/2016).
    static func format(_ date: CalendarDate) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }
}
