/// Vietnamese-aware text normalisation. Foundation's canonical mapping and `folding(options:)` are
/// quadratic on Linux (57 s for 6.8 MB), so everything here is a single linear pass.
public enum VietnameseText {
    /// NFC. Text without combining marks (U+0300–U+036F) is already NFC for Vietnamese, which is
    /// the common case and costs one byte scan; otherwise the standard library composes.
    public static func nfc(_ text: String) -> String {
        guard hasCombiningMarks(text) else { return text }
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// True when the UTF-8 holds a combining diacritical mark (lead bytes 0xCC, 0xCD).
    public static func hasCombiningMarks(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
    }

    /// The key two texts are compared by: NFC, lowercase, and the new tone placement, so that
    /// "Thanh Hoá" and "thanh hóa", "hoà" and "hòa" give the same key.
    public static func matchKey(_ text: String) -> String {
        let lowered = nfc(text).lowercased()
        var scalars = Array(lowered.unicodeScalars)
        moveTonesToNewPlacement(&scalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    // Old placement puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
    // ("hoà", "khoẻ", "thuý"); the new one on the first ("hòa", "khỏe", "thúy"). "quý" keeps it.
    static func moveTonesToNewPlacement(_ s: inout [Unicode.Scalar]) {
        var i = 1
        while i < s.count {
            let second = s[i]
            let isSyllableEnd = i + 1 == s.count || !isLetter(s[i + 1])
            if isSyllableEnd, let info = toneTable[second], info.tone != 0 {
                let first = s[i - 1]
                let pairOK =
                    (first == "o" && (info.toneless == "a" || info.toneless == "e"))
                    || (first == "u" && info.toneless == "y" && (i < 2 || s[i - 2] != "q"))
                if pairOK, let moved = withTone(first, info.tone) {
                    s[i - 1] = moved
                    s[i] = info.toneless
                }
            }
            i += 1
        }
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic
    }

    static func withTone(_ base: Unicode.Scalar, _ tone: Int) -> Unicode.Scalar? {
        for row in rows where row.first == base {
            return row[tone]
        }
        return nil
    }

    struct ToneInfo {
        let toneless: Unicode.Scalar
        let tone: Int
    }

    // Each row: the toneless vowel, then huyền, sắc, hỏi, ngã, nặng.
    static let rows: [[Unicode.Scalar]] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ].map { Array($0.unicodeScalars) }

    static let plainOf: [Unicode.Scalar: Unicode.Scalar] = [
        "ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u",
    ]

    static let toneTable: [Unicode.Scalar: ToneInfo] = {
        var table: [Unicode.Scalar: ToneInfo] = [:]
        for row in rows {
            let base = row[0]
            for (tone, scalar) in row.enumerated() {
                table[scalar] = ToneInfo(toneless: base, tone: tone)
            }
        }
        return table
    }()
}
