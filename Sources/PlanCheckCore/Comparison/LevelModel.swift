import Foundation

/// An administrative level (Bộ, tỉnh, huyện, xã …) as data: DOMAIN.md §1 says levels change (the
/// district level ended on 01/7/2025), so they are read from rules/profiles/levels.yaml.
public struct LevelDefinition: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// 0 for the centre; larger is lower.
    public var rank: Int
    /// Regexes on the issuer's lines that identify a plan of this level ("HUYỆN", "QUẬN").
    public var issuerPatterns: [String]
    /// How a higher plan addresses the whole level ("(Ủy ban nhân dân|UBND) các huyện").
    public var collectivePatterns: [String]
    /// Names of agencies that belong to this level ("Phòng … huyện", "Sở …" for a province).
    public var agencyPatterns: [String]
    /// Last day the level existed, when it was abolished.
    public var validUntil: CalendarDate?

    public init(
        id: String, name: String, rank: Int, issuerPatterns: [String], collectivePatterns: [String],
        agencyPatterns: [String], validUntil: CalendarDate? = nil
    ) {
        self.id = id
        self.name = name
        self.rank = rank
        self.issuerPatterns = issuerPatterns
        self.collectivePatterns = collectivePatterns
        self.agencyPatterns = agencyPatterns
        self.validUntil = validUntil
    }
}

/// The levels in force, with their patterns compiled once.
public struct LevelModel: Sendable {
    public let levels: [LevelDefinition]
    private let compiled: [String: Compiled]

    struct Compiled: @unchecked Sendable {
        let issuer: [NSRegularExpression]
        let collective: [NSRegularExpression]
        let agency: [NSRegularExpression]
    }

    /// Throws the first pattern that does not compile.
    public init(levels: [LevelDefinition]) throws {
        self.levels = levels.sorted { $0.rank < $1.rank }
        var compiled: [String: Compiled] = [:]
        for level in levels {
            compiled[level.id] = Compiled(
                issuer: try level.issuerPatterns.map(LevelModel.regex),
                collective: try level.collectivePatterns.map(LevelModel.regex),
                agency: try level.agencyPatterns.map(LevelModel.regex))
        }
        self.compiled = compiled
    }

    public static let empty = try! LevelModel(levels: [])

    static func regex(_ pattern: String) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    public func level(id: String?) -> LevelDefinition? { levels.first { $0.id == id } }

    /// The lowest level whose issuer pattern matches the issuing body ("ỦY BAN NHÂN DÂN HUYỆN
    /// CẦU NGANG" → huyen). A document with no issuer lines has no level.
    public func level(of document: PlanDocument) -> LevelDefinition? {
        let issuer = document.header.issuer?.text ?? ""
        guard !issuer.isEmpty else { return nil }
        return levels.reversed().first { level in
            compiled[level.id]?.issuer.contains { matches($0, issuer) } ?? false
        }
    }

    /// True when `text` names the whole of `level` ("Ủy ban nhân dân các xã, thị trấn").
    public func addresses(_ text: String, level: LevelDefinition) -> Bool {
        compiled[level.id]?.collective.contains { matches($0, text) } ?? false
    }

    /// The level an agency name belongs to, the lowest that matches, among the levels that exist
    /// on `date` (all of them when it is nil): after 30/6/2025 nothing is a district body.
    public func level(ofAgency name: String, on date: CalendarDate? = nil) -> LevelDefinition? {
        levels.reversed().first { level in
            exists(level, on: date) && (compiled[level.id]?.agency.contains { matches($0, name) } ?? false)
        }
    }

    /// True when the level had not ended on `date`.
    public func exists(_ level: LevelDefinition, on date: CalendarDate?) -> Bool {
        guard let date, let end = level.validUntil else { return true }
        return date <= end
    }

    func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
