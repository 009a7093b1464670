import Foundation
import PlanCheckCore
import Testing

/// The fast `matchKey` (tables for ASCII and Vietnamese letters) against the plain definition it
/// replaced: NFC, `String.lowercased()`, then the tone move. Byte-compared, on every line of the
/// real plans and on text chosen for the edges of the tables.
struct MatchKeyEquivalenceTests {
    static let rows: [[Unicode.Scalar]] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ].map { Array($0.unicodeScalars) }

    /// The definition as it was written before the tables: every scalar asked.
    static func reference(_ text: String) -> String {
        var s = Array(VietnameseText.nfc(text).lowercased().unicodeScalars)
        var tone: [Unicode.Scalar: (base: Unicode.Scalar, tone: Int)] = [:]
        for row in rows { for (t, scalar) in row.enumerated() { tone[scalar] = (row[0], t) } }
        var i = 1
        while i < s.count {
            let isEnd = i + 1 == s.count || !s[i + 1].properties.isAlphabetic
            if isEnd, let info = tone[s[i]], info.tone != 0 {
                let first = s[i - 1]
                let pairOK =
                    (first == "o" && (info.base == "a" || info.base == "e"))
                    || (first == "u" && info.base == "y" && (i < 2 || s[i - 2] != "q"))
                if pairOK, let row = rows.first(where: { $0[0] == first }) {
                    s[i - 1] = row[info.tone]
                    s[i] = info.base
                }
            }
            i += 1
        }
        return String(String.UnicodeScalarView(s))
    }

    static let edges = [
        "", "ABC xyz 123 !@#", "ĐẠI HỘI ĐẢNG BỘ TỈNH", "Thanh Hoá, HOÀ BÌNH, Khoẻ, THUÝ, quý, QUÝ",
        "İstanbul ΣΟΦΊΑ straße ǅ ǈ ǋ", "Việt Nam\u{00A0}—\u{200B} ﬁ", "Vie\u{0323}\u{0302}t Nam ho\u{0300}a",
        "hoà. hoà, hoàn hoạ", "ỦY BAN NHÂN DÂN XÃ ỨNG HÒA", "ȀȂ ḀḂ Ạ Ỹ ỹ Ỻ ỻ",
    ]

    @Test func edgesGiveTheSameKeyAsTheDefinition() {
        for text in Self.edges {
            #expect(Array(VietnameseText.matchKey(text).utf8) == Array(Self.reference(text).utf8), "\(text)")
        }
    }

    /// Every scalar the tables hold, alone, after "o" and "u" (where tones move), and before a letter.
    @Test func everyScalarOfTheTablesGivesTheSameKey() {
        for v in UInt32(0x20)..<0x2100 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = String(Character(scalar))
            for text in [c, "o" + c, "u" + c, "qu" + c, "O" + c + "n", c.uppercased() + " x"] {
                #expect(
                    Array(VietnameseText.matchKey(text).utf8) == Array(Self.reference(text).utf8), "U+\(v)")
            }
        }
    }

    @Test func everyLineOfTheSamplesGivesTheSameKey() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../samples").standardized
        let files = (FileManager.default.enumerator(atPath: samples.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        #expect(files.count >= 25)
        var lines = 0
        for file in files {
            let text = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let s = String(line)
                #expect(
                    Array(VietnameseText.matchKey(s).utf8) == Array(Self.reference(s).utf8), "\(file): \(s)")
                lines += 1
            }
        }
        #expect(lines > 2000)
    }
}
