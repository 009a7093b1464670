import PlanCheckCore

/// Which documents a rule judges, and what it needs of them. Written in each rule's YAML
/// (`applies_to`, `issued_by`, `needs`, `supersedes`) so that a rule for plans never fires on a
/// circular, and a rule about the header never fires on a copy that starts after it.
public struct RuleScope: Sendable, Hashable {
    /// Parts of a document a copy may lack (DOMAIN.md §7).
    public enum Part: String, Sendable, Hashable, CaseIterable {
        /// Quốc hiệu, issuing body, number, place and date: absent when the copy starts midway.
        case header
        /// Recipients and signature: absent when the copy stops before the end.
        case closing
        /// A number and a date: a "DỰ THẢO" (draft) leaves them blank by design.
        case final
        /// The type name and summary rows, which a listing site's flattened header drops.
        case title
    }

    /// Who issues a document: State bodies follow NĐ 30/2020; Party bodies follow the Party's own
    /// form (HD 36-HD/VPTW: no Quốc hiệu, "ĐẢNG CỘNG SẢN VIỆT NAM", numbers like 149-KH/TU).
    public enum Issuer: String, Sendable, Hashable, CaseIterable {
        case state, party
    }

    public var kinds: Set<DocumentKind>
    public var issuers: Set<Issuer>
    public var needs: Set<Part>
    /// Rules whose findings this rule's findings replace: the same cause reported once.
    public var supersedes: [String]

    public init(
        kinds: Set<DocumentKind> = Set(DocumentKind.allCases), issuers: Set<Issuer> = Set(Issuer.allCases),
        needs: Set<Part> = [], supersedes: [String] = []
    ) {
        self.kinds = kinds
        self.issuers = issuers
        self.needs = needs
        self.supersedes = supersedes
    }

    /// Names `applies_to` accepts besides the kinds' own: groups that rules share.
    public static let groups: [String: Set<DocumentKind>] = [
        "all": Set(DocumentKind.allCases),
        "plans": Set(DocumentKind.allCases.filter(\.isPlan)),
        "known": Set(DocumentKind.allCases.filter { $0 != .unknown }),
    ]

    /// True when the rule judges this document: one of its kinds (or that of a plan it carries),
    /// its issuer's system, and every part the rule needs is in the copy.
    public func applies(to doc: PlanDocument) -> Bool {
        guard !kinds.isDisjoint(with: doc.kinds), issuers.contains(doc.isPartyDocument ? .party : .state)
        else {
            return false
        }
        if needs.contains(.header) && doc.copy.startsMidway { return false }
        if needs.contains(.closing) && doc.copy.endsMidway { return false }
        if needs.contains(.final) && doc.copy.isDraft { return false }
        if needs.contains(.title) && doc.copy.titleDropped { return false }
        return true
    }
}
