import PlanCheckCore

/// The signature must fit the issuer: a collective body (Ủy ban nhân dân) signs "TM." on behalf of
/// the collective (NĐ 30/2020, Điều 13 and Phụ lục I), and the signer's name must be printed.
public struct SignatureAuthorityCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case authorityMatchesIssuer, signerPresent }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case check
            case issuerPatterns = "issuer_patterns"
            case titlePatterns = "title_patterns"
        }
        public typealias Keys = CodingKeys
        public var check: Check
        /// Issuer regex → regex one authority line must match.
        public var issuerPatterns: [String: String]?
        /// Signer's title regex → regex one authority line must match ("PHÓ CHỦ TỊCH" signs under
        /// "KT. CHỦ TỊCH"); checked with `authorityMatchesIssuer`, whatever the issuer.
        public var titlePatterns: [String: String]?
    }

    public static let kind = "signature-authority"
    public static let placeholders: Set<String> = ["issuer", "authority", "expected"]

    public let check: Check
    /// Sorted by issuer pattern so that findings do not depend on dictionary order.
    public let pairs: [(issuer: TextPattern, authority: TextPattern)]
    public let titlePairs: [(title: TextPattern, authority: TextPattern)]

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
        if parameters.titlePatterns != nil && check != .authorityMatchesIssuer {
            throw ParameterError(
                key: "title_patterns", "'title_patterns' applies only to 'authorityMatchesIssuer'")
        }
        titlePairs = try (parameters.titlePatterns ?? [:]).sorted { $0.key < $1.key }.map {
            (try TextPattern($0.key, key: "title_patterns"), try TextPattern($0.value, key: "title_patterns"))
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
            var hits: [CheckHit] = []
            if let issuer = header.issuer {
                let issuerText = issuer.lines.joined(separator: " ")
                hits += pairs.filter { $0.issuer.matches(issuerText) }.compactMap { pair in
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
            // One finding per signature is enough: a title rule speaks only when the issuer is fine.
            guard hits.isEmpty else { return hits }
            let issuerText = header.issuer?.lines.joined(separator: " ") ?? ""
            for pair in titlePairs where signature.titles.contains(where: { pair.title.matches($0) }) {
                guard !signature.authorityLines.contains(where: { pair.authority.matches($0.value) }) else {
                    continue
                }
                hits.append(
                    CheckHit(
                        span: signature.authorityLines.first?.span ?? signature.span,
                        values: [
                            "issuer": issuerText, "authority": authority, "expected": pair.authority.source,
                        ]))
            }
            return hits
        }
    }
}
