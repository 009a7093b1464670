import PlanCheckCore

/// A document whose kind PlanCheck could not tell (no type name, number code or "V/v" it knows):
/// only the form rules of every administrative document judge it, and one finding says so, so
/// that the silence of the plan rules is not read as a clean plan.
public struct DocumentKindCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case unknown }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "document-kind"
    /// `typeName`: the type name as printed, or "—"; `code`: the number's type code, or "—".
    public static let placeholders: Set<String> = ["typeName", "code"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let doc = context.document
        guard doc.kind == .unknown, doc.attachedKind == nil else { return [] }
        let span = doc.header.documentTypeName?.span ?? doc.header.number?.span
        return [
            CheckHit(
                span: span,
                values: [
                    "typeName": doc.header.documentTypeName?.value ?? "—",
                    "code": doc.header.number?.typeCode ?? "—",
                ])
        ]
    }
}
