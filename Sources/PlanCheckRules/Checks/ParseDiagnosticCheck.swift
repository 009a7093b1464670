import PlanCheckCore

/// Turns what the parser could not read (unplaced lines, a truncated copy, an unreadable date)
/// into findings, so that nothing in a document is silently left unchecked.
public struct ParseDiagnosticCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case codes }
        public typealias Keys = CodingKeys
        public var codes: [DiagnosticCode]
    }

    public static let kind = "parse-diagnostic"
    public static let placeholders: Set<String> = ["code", "detail"]
    public let codes: Set<DiagnosticCode>

    public init(parameters: Parameters) throws {
        guard !parameters.codes.isEmpty else {
            throw ParameterError(key: "codes", "'codes' must list at least one diagnostic code")
        }
        codes = Set(parameters.codes)
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        context.document.diagnostics.filter { codes.contains($0.code) }.map {
            CheckHit(span: $0.span, values: ["code": $0.code.rawValue, "detail": $0.message])
        }
    }
}
