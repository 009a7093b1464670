import PlanCheckCore

/// Header fields that must agree with each other: the type code in "Số: 61/KH-UBND" must be the
/// code of the printed type name ("KẾ HOẠCH"; NĐ 30/2020, Phụ lục III). The code table is data in
/// the rule so that new codes need no rebuild.
public struct FieldConsistencyCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case typeCodeMatchesTypeName }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case check
            case typeCodes = "type_codes"
        }
        public typealias Keys = CodingKeys
        public var check: Check
        public var typeCodes: [String: String]
    }

    public static let kind = "field-consistency"
    public static let placeholders: Set<String> = ["code", "name", "expected"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws {
        guard !parameters.typeCodes.isEmpty else {
            throw ParameterError(key: "type_codes", "'type_codes' must not be empty")
        }
        self.parameters = parameters
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let header = context.document.header
        guard let number = header.number, let code = number.typeCode,
            let name = header.documentTypeName
        else { return [] }
        // Codes are compared as printed: "QĐ" and "QyĐ" differ only by case-sensitive letters.
        guard let expected = parameters.typeCodes[code] else { return [] }
        guard VietnameseText.matchKey(expected) != VietnameseText.matchKey(name.value) else { return [] }
        // The right name with a wrong accent ("KÉ HOẠCH" under KH, seed 002) is a misspelling, which
        // a text rule on the type name reports; calling it a mismatch would report it twice.
        guard LooseKey.make(expected) != LooseKey.make(name.value) else { return [] }
        return [
            CheckHit(
                span: number.span, values: ["code": code, "name": name.value, "expected": expected],
                related: [context.related(name.span, "document type name")])
        ]
    }
}
