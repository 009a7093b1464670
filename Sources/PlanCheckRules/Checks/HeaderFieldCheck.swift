import PlanCheckCore

/// A component of NĐ 30/2020/NĐ-CP (Điều 8, Phụ lục I) that stands above or below the body:
/// present, well formed, or with its day and month written with the right leading zeros.
public struct HeaderFieldCheck: CheckKind {
    public enum Field: String, Decodable, Sendable, CaseIterable {
        case issuer, motto, number, documentType, place, issueDate, title, signature, signer
        case recipients
    }

    public enum Requirement: String, Decodable, Sendable {
        case present, wellFormed
    }

    public enum Extra: String, Decodable, Sendable {
        case leadingZeros
    }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case field, require, check, problems }
        public typealias Keys = CodingKeys
        public var field: Field
        public var require: Requirement?
        public var check: Extra?
        /// With `wellFormed`: report only these problems, so that a blank number and a number with
        /// a stray space can be two rules with their own wording and severity.
        public var problems: [String]?
    }

    public static let kind = "header-field"
    public static let placeholders: Set<String> = ["field", "raw", "detail"]
    /// Fields where "well formed" means something beyond "present".
    static let wellFormedFields: Set<Field> = [.number, .issueDate, .documentType, .signature]
    /// The problem codes `wellFormed` reports for each field (the `detail` of a hit, or for a
    /// number defect its kind).
    static let problemCodes: [Field: Set<String>] = [
        .number: Set(CitationDefectKind.allCases.map(\.rawValue)),
        .issueDate: ["unreadable", "impossible", "misspelled-word"],
        .documentType: ["unknown-type-name"],
        .signature: ["no-authority-line", "no-signer-name"],
    ]

    public let parameters: Parameters

    public init(parameters: Parameters) throws {
        switch (parameters.require, parameters.check) {
        case (nil, nil), (.some, .some):
            throw ParameterError(key: "require", "give exactly one of 'require' and 'check'")
        case (.wellFormed?, nil) where !Self.wellFormedFields.contains(parameters.field):
            throw ParameterError(
                key: "require", "'wellFormed' is defined only for number, issueDate, documentType, signature")
        case (nil, .leadingZeros?) where parameters.field != .issueDate:
            throw ParameterError(key: "check", "'leadingZeros' applies only to field issueDate")
        default:
            if let problems = parameters.problems {
                guard parameters.require == .wellFormed else {
                    throw ParameterError(
                        key: "problems", "'problems' applies only with 'require: wellFormed'")
                }
                let known = Self.problemCodes[parameters.field] ?? []
                if problems.isEmpty { throw ParameterError(key: "problems", "'problems' must not be empty") }
                if let unknown = problems.first(where: { !known.contains($0) }) {
                    throw ParameterError(
                        key: "problems",
                        "unknown problem '\(unknown)' for \(parameters.field.rawValue) (expected one of: "
                            + known.sorted().joined(separator: ", ") + ")")
                }
            }
            self.parameters = parameters
        }
    }

    public var concernsClosingParts: Bool {
        [.signature, .signer, .recipients].contains(parameters.field)
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let header = context.document.header
        let field = parameters.field.rawValue
        if parameters.check == .leadingZeros {
            guard let date = header.issueDate else { return [] }
            return date.leadingZeroIssues.map {
                CheckHit(span: date.span, values: ["field": field, "raw": date.raw, "detail": $0])
            }
        }
        switch parameters.require {
        case .present?:
            return isPresent(context.document) ? [] : [CheckHit(span: nil, values: ["field": field])]
        default:
            let wanted = parameters.problems.map(Set.init)
            return wellFormedHits(header).compactMap { hit, problem in
                if let wanted, !wanted.contains(problem) { return nil }
                var hit = hit
                hit.values["field"] = field
                return hit
            }
        }
    }

    private func isPresent(_ document: PlanDocument) -> Bool {
        let h = document.header
        switch parameters.field {
        case .issuer: return !(h.issuer?.lines.isEmpty ?? true)
        case .motto: return h.motto != nil
        case .number: return h.number != nil
        case .documentType: return h.documentTypeName != nil
        case .place: return h.place != nil
        case .issueDate: return h.issueDate != nil
        case .title: return h.title != nil
        case .signature: return h.signature != nil
        case .signer: return h.signature?.signer != nil
        case .recipients: return document.recipients != nil
        }
    }

    /// Each hit with its problem code.
    private func wellFormedHits(_ header: DocumentHeader) -> [(CheckHit, String)] {
        switch parameters.field {
        case .number:
            guard let number = header.number else { return [] }
            if number.isBlank {
                let blank = CitationDefectKind.blankNumber.rawValue
                return [(CheckHit(span: number.span, values: ["raw": number.raw, "detail": blank]), blank)]
            }
            return number.defects.map {
                (
                    CheckHit(span: number.span, values: ["raw": number.raw, "detail": $0.detail]),
                    $0.kind.rawValue
                )
            }
        case .issueDate:
            guard let date = header.issueDate else { return [] }
            var hits: [(CheckHit, String)] = date.wordTypos.map { typo in
                (CheckHit(span: date.span, values: ["raw": date.raw, "detail": typo]), "misspelled-word")
            }
            guard date.date == nil || date.problem != nil else { return hits }
            let detail = date.problem?.rawValue ?? DateProblem.unreadable.rawValue
            hits.append((CheckHit(span: date.span, values: ["raw": date.raw, "detail": detail]), detail))
            return hits
        case .documentType:
            // A printed name the parser could not map to a type code is not a known type name.
            guard let name = header.documentTypeName, header.documentType == nil else { return [] }
            let detail = "unknown-type-name"
            return [(CheckHit(span: name.span, values: ["raw": name.value, "detail": detail]), detail)]
        case .signature:
            guard let signature = header.signature else { return [] }
            var hits: [(CheckHit, String)] = []
            if signature.authorityLines.isEmpty {
                hits.append(
                    (
                        CheckHit(span: signature.span, values: ["detail": "no-authority-line"]),
                        "no-authority-line"
                    ))
            }
            if signature.signer == nil {
                hits.append(
                    (CheckHit(span: signature.span, values: ["detail": "no-signer-name"]), "no-signer-name"))
            }
            return hits
        default:
            return []
        }
    }
}
