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
        let source = nfc(text)
        // ASCII needs neither a case table nor tone moves: one pass over the bytes.
        if source.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(
                decoding: source.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(source.utf8.count)
        for scalar in source.unicodeScalars { appendLowercase(scalar, to: &scalars) }
        moveTonesToNewPlacement(&scalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// The scalar's lowercase mapping, as `String.lowercased()` gives it (scalar by scalar, with no
    /// context), read from a table for ASCII and the Latin letters of Vietnamese: the property
    /// lookup per scalar was a fifth of a campaign check.
    @inline(__always) static func appendLowercase(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s)
        } else if v >= 0xC0 && v < 0x1F00, let lower = latinLowercase[Int(v - 0xC0)] {
            out.append(lower)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Lowercase of U+00C0–U+1EFF where it is one scalar (nil where it is several, which the
    /// property lookup handles).
    static let latinLowercase: [Unicode.Scalar?] = (UInt32(0xC0)..<0x1F00).map { v in
        guard let s = Unicode.Scalar(v) else { return nil }
        let mapped = Array(s.properties.lowercaseMapping.unicodeScalars)
        return mapped.count == 1 ? mapped[0] : nil
    }

    // Old placement puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
    // ("hoà", "khoẻ", "thuý"); the new one on the first ("hòa", "khỏe", "thúy"). "quý" keeps it.
    static func moveTonesToNewPlacement(_ s: inout [Unicode.Scalar]) {
        var i = 1
        while i < s.count {
            let second = s[i]
            // Every toned vowel is beyond ASCII: most scalars are settled by one comparison, before
            // the table and the letter property are asked.
            guard second.value >= 0xC0 else {
                i += 1
                continue
            }
            if let info = toneTable[second], info.tone != 0, i + 1 == s.count || !isLetter(s[i + 1]) {
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
