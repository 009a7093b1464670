import Foundation
import PlanCheckCore

/// Citations compared with the registry of legal documents (rules/registry/legal-documents.yaml):
/// unknown documents, wrong dates, documents no longer in force on the plan's date, and yearly
/// guidance letters meant for another plan year (DOMAIN.md §4).
public struct RegistryCitationCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case unknown, dateMismatch, notInForce, guidanceYear }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case check, numbers
            case basesOnly = "bases_only"
        }
        public typealias Keys = CodingKeys
        public var check: Check
        /// Judge only the documents the plan is issued on ("Căn cứ …", "Thực hiện …"): a letter
        /// may name a repealed decision to say that a province still applies it.
        public var basesOnly: Bool?
        /// With `unknown`: regexes on the number saying which documents the registry is meant to
        /// hold (central ones); a province's own plans are not registry material.
        public var numbers: [String]?
    }

    public static let kind = "registry-citation"
    public static let placeholders: Set<String> = [
        "number", "date", "registryDate", "planDate", "inForceTo", "successor", "forYear", "planYear", "text",
    ]
    public let parameters: Parameters
    let numberPatterns: [NSRegularExpression]

    public init(parameters: Parameters) throws {
        self.parameters = parameters
        numberPatterns = try (parameters.numbers ?? []).map { p in
            do { return try NSRegularExpression(pattern: p) } catch {
                throw ParameterError(key: "numbers", "pattern does not compile: \(p)")
            }
        }
        if parameters.check == .unknown && numberPatterns.isEmpty {
            throw ParameterError(
                key: "numbers", "check unknown needs numbers: the documents the registry covers")
        }
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let registry = context.registry
        guard !registry.documents.isEmpty else { return [] }
        let doc = context.document
        var hits: [CheckHit] = []
        var seen: Set<String> = []
        let bases = Set(doc.bases.flatMap(\.citationIDs))
        for citation in doc.citations {
            guard let number = citation.number else { continue }
            if parameters.basesOnly == true && !bases.contains(citation.firstMention ?? citation.id)
                && !bases.contains(citation.id)
            {
                continue
            }
            let key = DocumentNumber.key(number)
            // The registry is indexed by this key when it is built (RegistryIndex).
            let entry = registry.document(number: number)
            var values = [
                "number": number, "text": citation.text, "date": citation.date.map(Self.format) ?? "",
                "planDate": doc.header.issueDate?.date.map(Self.format) ?? "",
            ]
            if let entry {
                values["registryDate"] = entry.date.map(Self.format) ?? ""
                values["inForceTo"] = entry.inForceTo.map(Self.format) ?? ""
                values["successor"] = entry.replacedBy ?? ""
                values["forYear"] = entry.forYear.map(String.init) ?? ""
            }
            guard judge(citation, entry, doc, &values) else { continue }
            // One finding per document per kind of problem: a plan that cites a letter three times
            // has one defect, not three.
            guard seen.insert(key).inserted else { continue }
            hits.append(CheckHit(span: citation.span, values: values))
        }
        return hits
    }

    private func judge(
        _ c: Citation, _ entry: LegalDocument?, _ doc: PlanDocument, _ values: inout [String: String]
    ) -> Bool {
        switch parameters.check {
        case .unknown:
            guard entry == nil, let n = c.number else { return false }
            let range = NSRange(n.startIndex..., in: n)
            return numberPatterns.contains { $0.firstMatch(in: n, range: range) != nil }
        case .dateMismatch:
            guard let entry, let cited = c.date, let real = entry.date else { return false }
            return cited != real
        case .notInForce:
            guard let entry, let planDate = doc.header.issueDate?.date, entry.inForceTo != nil else {
                return false
            }
            return !entry.inForce(on: planDate)
        case .guidanceYear:
            guard let entry, let forYear = entry.forYear, let year = Self.planYear(doc) else { return false }
            values["planYear"] = String(year)
            return year != forYear
        }
    }

    static func planYear(_ doc: PlanDocument) -> Int? {
        doc.header.title.flatMap { PlanYear.of(title: $0.value) }
    }

    static func format(_ date: CalendarDate) -> String { CitationDateCheck.format(date) }
}
