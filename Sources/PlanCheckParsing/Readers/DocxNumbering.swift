import Foundation

/// List numbering as Word shows it. document.xml stores only "numId 3, level 1"; the visible "2.1."
/// or "a)" is rebuilt from word/numbering.xml, and the parser needs it because plans number their
/// sections and tasks that way (DOMAIN §3: "1.", "2.1.", "a)", "-", "+").
struct DocxNumbering: Sendable {
    struct Level: Sendable {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    struct Instance: Sendable {
        var abstractId: Int
        var startOverrides: [Int: Int] = [:]
    }

    var abstracts: [Int: [Int: Level]] = [:]
    var instances: [Int: Instance] = [:]
    /// Counters per numId and level, as Word keeps them for one list instance.
    private var counters: [Int: [Int: Int]] = [:]

    func level(numId: Int, ilvl: Int) -> Level? {
        guard let instance = instances[numId], var level = abstracts[instance.abstractId]?[ilvl]
        else { return nil }
        if let start = instance.startOverrides[ilvl] { level.start = start }
        return level
    }

    /// Advances the counter for this paragraph and returns its visible label with a trailing space,
    /// or nil when the paragraph is not numbered (numId 0 means "numbering removed").
    mutating func nextLabel(numId: Int, ilvl: Int) -> String? {
        guard numId != 0, let current = level(numId: numId, ilvl: ilvl) else { return nil }
        var values = counters[numId] ?? [:]
        values[ilvl] = (values[ilvl] ?? current.start - 1) + 1
        // A new item at this level restarts every deeper level, as in "2." after "1.3.".
        for deeper in values.keys where deeper > ilvl { values[deeper] = nil }
        counters[numId] = values
        switch current.format {
        case "bullet":
            // Symbol-font bullets ("", "•") mean nothing to the parser; plans write "-" or "+".
            return current.text.trimmingSpaces == "+" ? "+ " : "- "
        case "none":
            return current.text.contains("%") ? nil : (current.text.isEmpty ? nil : current.text + " ")
        default:
            let label = render(current.text, numId: numId, values: values)
            return label.isEmpty ? nil : label + " "
        }
    }

    private func render(_ template: String, numId: Int, values: [Int: Int]) -> String {
        var result = ""
        var chars = template.makeIterator()
        while let char = chars.next() {
            guard char == "%" else {
                result.append(char)
                continue
            }
            guard let digit = chars.next(), let n = digit.wholeNumberValue, n >= 1 else { continue }
            let lvl = n - 1
            let format = level(numId: numId, ilvl: lvl)
            let value = values[lvl] ?? format?.start ?? 1
            result += Self.format(value, as: format?.format ?? "decimal")
        }
        return result
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
        default: return "\(value)"
        }
    }

    /// Word's letter numbering: a…z, then aa…zz.
    static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }
}

/// Reads word/numbering.xml into a DocxNumbering.
final class DocxNumberingHandler: DocxElementHandler {
    private(set) var numbering = DocxNumbering()
    private var abstractId: Int?
    private var levelIndex: Int?
    private var numId: Int?
    private var overrideLevel: Int?

    func start(_ name: String, _ attributes: [String: String]) {
        let val = attributes["val"]
        switch name {
        case "abstractNum": abstractId = attributes["abstractNumId"].flatMap { Int($0) }
        case "num": numId = attributes["numId"].flatMap { Int($0) }
        case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap { Int($0) }
        case "lvl" where numId == nil:
            levelIndex = attributes["ilvl"].flatMap { Int($0) }
            if let a = abstractId, let l = levelIndex { numbering.abstracts[a, default: [:]][l] = .init() }
        case "abstractNumId":
            if let n = numId, let a = val.flatMap({ Int($0) }) {
                numbering.instances[n] = .init(abstractId: a)
            }
        case "startOverride":
            if let n = numId, let l = overrideLevel, let v = val.flatMap({ Int($0) }) {
                numbering.instances[n]?.startOverrides[l] = Self.clamp(v)
            }
        case "start", "numFmt", "lvlText": setLevelField(name, val)
        default: break
        }
    }

    private func setLevelField(_ name: String, _ val: String?) {
        guard numId == nil, let a = abstractId, let l = levelIndex, let val else { return }
        switch name {
        case "start": numbering.abstracts[a]?[l]?.start = Self.clamp(Int(val) ?? 1)
        case "numFmt": numbering.abstracts[a]?[l]?.format = val
        default: numbering.abstracts[a]?[l]?.text = val
        }
    }

    /// A hostile start value near Int.max would overflow the counter; no list is that long.
    static func clamp(_ value: Int) -> Int { min(max(value, 0), 100_000) }

    func end(_ name: String) {
        switch name {
        case "abstractNum": abstractId = nil
        case "num": numId = nil
        case "lvl": levelIndex = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
    }

    func text(_ string: String) {}
}

extension String {
    var trimmingSpaces: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
