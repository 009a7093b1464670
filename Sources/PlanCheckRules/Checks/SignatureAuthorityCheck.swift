import PlanCheckCore

/// The signature must fit the issuer: a collective body (Ủy ban nhân dân) signs "TM." on behalf of
/// the collective (NĐ 30/2020, Điều 13 and Phụ lục I), and the signer's name must be printed.
public struct SignatureAuthorityCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case authorityMatchesIssuer, signerPresent }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case check
            case issuerPatterns = "issuer_patterns"
        }
        public typealias Keys = CodingKeys
        public var check: Check
        /// Issuer regex → regex one authority line must match.
        public var issuerPatterns: [String: String]?
    }

    public static let kind = "signature-authority"
    public static let placeholders: Set<String> = ["issuer", "authority", "expected"]

    public let check: Check
    /// Sorted by issuer pattern so that findings do not depend on dictionary order.
    public let pairs: [(issuer: TextPattern, authority: TextPattern)]

    public init(parameters: Parameters) throws {
        check = parameters.check
        let table = parameters.issuerPatterns ?? [:]
        if check == .authorityMatchesIssuer && table.isEmpty {
            throw ParameterError(key: "check", "'authorityMatchesIssuer' needs 'issuer_patterns'")
        }
        pairs = try table.sorted { $0.key < $1.key }.map {
            (
                try TextPattern($0.key, key: "issuer_patterns"),
                try TextPattern($0.value, key: "issuer_patterns")
            )
        }
    }

    public var concernsClosingParts: Bool { true }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let header = context.document.header
        guard let signature = header.signature else { return [] }
        let authority = signature.authorityLines.map(\.value).joined(separator: " / ")
        switch check {
        case .signerPresent:
            guard signature.signer == nil else { return [] }
            return [CheckHit(span: signature.span, values: ["authority": authority])]
        case .authorityMatchesIssuer:
            guard let issuer = header.issuer else { return [] }
            let issuerText = issuer.lines.joined(separator: " ")
            return pairs.filter { $0.issuer.matches(issuerText) }.compactMap { pair in
                guard !signature.authorityLines.contains(where: { pair.authority.matches($0.value) })
                else { return nil }
                return CheckHit(
                    span: signature.authorityLines.first?.span ?? signature.span,
                    values: [
                        "issuer": issuerText, "authority": authority, "expected": pair.authority.source,
                    ],
                    related: [context.related(issuer.span, "issuer")])
            }
        }
    }
}
