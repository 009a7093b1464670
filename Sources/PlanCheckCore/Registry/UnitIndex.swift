/// Administrative units by name, for the checks that judge an issuer or a place (DOMAIN.md §5).
/// Names are compared by their loose key (letters and digits without diacritics or case), because
/// headers arrive in capitals, with OCR slips in the marks, or typed without them.
public struct UnitIndex: Sendable, Hashable, Codable {
    /// Loose key of the full name ("xathanhhai") → positions in `Registry.units`.
    var byName: [String: [Int]] = [:]
    /// Loose key of the name without its kind ("thanhhai") → positions.
    var byShortName: [String: [Int]] = [:]
    /// Provinces in force on 01/7/2025 or later: 34 once the national map (units.tsv) is loaded.
    public private(set) var currentProvinces = 0

    public init(_ units: [AdministrativeUnit]) {
        for (i, unit) in units.enumerated() {
            byName[LooseKey.make(unit.name), default: []].append(i)
            let short = UnitKind.split(unit.name)?.name ?? unit.name
            byShortName[LooseKey.make(short), default: []].append(i)
            if unit.level == "tinh" && unit.validTo == nil { currentProvinces += 1 }
        }
    }

    /// The registry holds the whole map, not a few examples: only then is an unknown name a finding.
    public var hasNationalMap: Bool { currentProvinces >= 34 }
}

/// The kind word that opens a unit's name ("Xã", "Thành phố", "Đặc khu") and the levels it can be.
public enum UnitKind {
    /// Longest first, so that "thị xã" is not read as "xã".
    static let kinds: [(word: String, levels: [String])] = [
        ("thành phố", ["tinh", "huyen"]), ("thị xã", ["huyen"]), ("thị trấn", ["xa"]),
        ("đặc khu", ["xa"]), ("tỉnh", ["tinh"]), ("huyện", ["huyen"]), ("quận", ["huyen"]),
        ("phường", ["xa"]), ("xã", ["xa"]),
    ]

    /// "Xã Thạnh Hải" → ("xã", "Thạnh Hải", ["xa"]); nil when the text does not open with a kind.
    public static func split(_ text: String) -> (kind: String, name: String, levels: [String])? {
        // Lowercasing NFC Vietnamese keeps one scalar per scalar, so the kind's length in `lower`
        // is its length in `nfc`.
        let nfc = VietnameseText.nfc(text)
        let lower = VietnameseText.matchKey(nfc)
        for (word, levels) in kinds where lower.hasPrefix(word + " ") {
            let name = String(
                String.UnicodeScalarView(nfc.unicodeScalars.dropFirst(word.unicodeScalars.count + 1)))
            return (word, name, levels)
        }
        return nil
    }
}

extension Registry {
    /// Units whose full name is `name` ("XÃ THẠNH HẢI", "Tỉnh Trà Vinh"), of any of `levels`.
    public func units(named name: String, levels: [String]? = nil) -> [AdministrativeUnit] {
        lookup(unitIndex.byName[LooseKey.make(name)], levels)
    }

    /// Units whose name without its kind is `short` ("Trà Vinh"), of any of `levels`.
    public func units(short: String, levels: [String]? = nil) -> [AdministrativeUnit] {
        lookup(unitIndex.byShortName[LooseKey.make(short)], levels)
    }

    /// The province a unit belongs to (itself for a province), when the registry knows it.
    public func province(of unit: AdministrativeUnit) -> AdministrativeUnit? {
        if unit.level == "tinh" { return unit }
        guard let parent = unit.parent else { return nil }
        return units(named: parent, levels: ["tinh"]).first ?? units(short: parent, levels: ["tinh"]).first
    }

    private func lookup(_ positions: [Int]?, _ levels: [String]?) -> [AdministrativeUnit] {
        (positions ?? []).map { units[$0] }.filter { levels?.contains($0.level) ?? true }
    }
}
