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
        let count = source.utf8.count
        // ASCII needs neither a case table nor tone moves: one pass over the bytes.
        if source.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: count) { buffer in
                var i = 0
                for b in source.utf8 {
                    buffer[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    i += 1
                }
                return i
            }
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(count)
        for scalar in source.unicodeScalars { appendLowercase(scalar, to: &scalars) }
        moveTonesToNewPlacement(&scalars)
        return utf8String(scalars)
    }

    /// `text` lower-cased, when every scalar of it is one whose lower case is also its case fold
    /// (ASCII, Latin-1 and Latin Extended-A but ß, İ, ı, ŉ, ſ; ơ, ư; combining marks; the
    /// Vietnamese letters U+1EA0–U+1EF9; general punctuation): then a case-insensitive expression
    /// can only match where the lower-cased literal occurs in it. nil for any other text (a Kelvin
    /// sign matches "k" without case, a long s "s"), where the expression must run.
    ///
    /// Written straight into UTF-8 bytes: over the whole body of a 60 MB plan an array of scalars
    /// (4 bytes each) and its encoding held seven times the text at once. Every scalar of the set
    /// above lower-cases to one of the same UTF-8 width, so the bytes fit the text's own count.
    public static func simpleLowercase(_ text: String) -> String? {
        let count = text.utf8.count
        var folds = true
        var fits = true
        var scratch: [Unicode.Scalar] = []
        // Into the string's own storage: bytes gathered first and then copied held the text twice.
        let lowered = String(unsafeUninitializedCapacity: count) { buffer -> Int in
            var i = 0
            for scalar in text.unicodeScalars {
                let v = scalar.value
                guard foldsAsLowercase(v) else {
                    folds = false
                    return 0
                }
                if v < 0x80 {
                    buffer[i] = v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v)
                    i += 1
                    continue
                }
                scratch.removeAll(keepingCapacity: true)
                appendLowercase(scalar, to: &scratch)
                for lower in scratch {
                    guard writeUTF8(lower.value, into: buffer, at: &i) else {
                        fits = false
                        return 0
                    }
                }
            }
            return i
        }
        guard folds else { return nil }
        // Never taken for the scalars above, whose lower case keeps its UTF-8 width; kept so that a
        // table change cannot write past the storage.
        guard fits else {
            var all: [Unicode.Scalar] = []
            for scalar in text.unicodeScalars { appendLowercase(scalar, to: &all) }
            return utf8String(all)
        }
        return lowered
    }

    @inline(__always) static func utf8Width(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Writes the UTF-8 of `v` at `i` and moves `i` past it; false, writing nothing, when it does
    /// not fit.
    @inline(__always) static func writeUTF8(
        _ v: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int
    ) -> Bool {
        let width = utf8Width(v)
        guard i + width <= buffer.count else { return false }
        switch width {
        case 1:
            buffer[i] = UInt8(v)
        case 2:
            buffer[i] = UInt8(0xC0 | v >> 6)
            buffer[i + 1] = UInt8(0x80 | v & 0x3F)
        case 3:
            buffer[i] = UInt8(0xE0 | v >> 12)
            buffer[i + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
            buffer[i + 2] = UInt8(0x80 | v & 0x3F)
        default:
            buffer[i] = UInt8(0xF0 | v >> 18)
            buffer[i + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
            buffer[i + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
            buffer[i + 3] = UInt8(0x80 | v & 0x3F)
        }
        i += width
        return true
    }

    static func foldsAsLowercase(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0xB5, 0xB6..<0xDF, 0xE0..<0x130, 0x132..<0x149, 0x14A..<0x17F: return true
        case 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x300..<0x370, 0x1EA0...0x1EF9, 0x2000..<0x2070: return true
        default: return false
        }
    }

    /// The scalars as a String, encoded here: the standard library's generic append of a scalar
    /// sequence ran unspecialised, a tenth of `matchKey`.
    static func utf8String(_ scalars: [Unicode.Scalar]) -> String {
        // Sized exactly: folded lines are kept for every rule of the run.
        let count = scalars.reduce(0) { $0 + utf8Width($1.value) }
        return String(unsafeUninitializedCapacity: count) { buffer -> Int in
            var i = 0
            for scalar in scalars { _ = writeUTF8(scalar.value, into: buffer, at: &i) }
            return i
        }
    }

    /// The scalar's lowercase mapping, as `String.lowercased()` gives it (scalar by scalar, with no
    /// context), read from a table for ASCII, Latin letters and general punctuation: the property
    /// lookup per scalar was a fifth of a campaign check.
    @inline(__always) static func appendLowercase(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s)
        } else if v < tableEnd, let lower = lowercaseTable[Int(v - 0x80)] {
            out.append(lower)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Where the tables stop: past U+206F (general punctuation) Vietnamese text has almost nothing.
    static let tableEnd: UInt32 = 0x2070

    /// Lowercase of U+0080–U+206F where it is one scalar (nil where it is several, or where the
    /// code point is not a scalar, which the property lookup handles).
    static let lowercaseTable: [Unicode.Scalar?] = (UInt32(0x80)..<tableEnd).map { v in
        guard let s = Unicode.Scalar(v) else { return nil }
        let mapped = Array(s.properties.lowercaseMapping.unicodeScalars)
        return mapped.count == 1 ? mapped[0] : nil
    }

    /// Whether each scalar of U+0080–U+206F is alphabetic, read once.
    static let alphabeticTable: [Bool] = (UInt32(0x80)..<tableEnd).map { v in
        Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// Toneless vowel and tone (1–5) of each toned vowel of U+0080–U+206F, packed as
    /// `toneless | tone << 24`; 0 for every other scalar.
    static let toneOf: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(tableEnd - 0x80))
        for row in rows {
            for (tone, scalar) in row.enumerated()
            where tone > 0 && scalar.value >= 0x80 && scalar.value < tableEnd {
                table[Int(scalar.value - 0x80)] = row[0].value | UInt32(tone) << 24
            }
        }
        return table
    }()

    // Old placement puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
    // ("hoà", "khoẻ", "thuý"); the new one on the first ("hòa", "khỏe", "thúy"). "quý" keeps it.
    static func moveTonesToNewPlacement(_ s: inout [Unicode.Scalar]) {
        var i = 1
        while i < s.count {
            let v = s[i].value
            // Every toned vowel is in the table's range: most scalars are settled by one lookup.
            guard v >= 0x80, v < tableEnd else {
                i += 1
                continue
            }
            let packed = toneOf[Int(v - 0x80)]
            if packed != 0, i + 1 == s.count || !isLetter(s[i + 1]) {
                let toneless = packed & 0xFF_FFFF
                let tone = Int(packed >> 24)
                let first = s[i - 1]
                let pairOK =
                    (first == "o" && (toneless == 0x61 || toneless == 0x65))
                    || (first == "u" && toneless == 0x79 && (i < 2 || s[i - 2] != "q"))
                if pairOK, let moved = withTone(first, tone), let plain = Unicode.Scalar(toneless) {
                    s[i - 1] = moved
                    s[i] = plain
                }
            }
            i += 1
        }
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v < tableEnd { return alphabeticTable[Int(v - 0x80)] }
        return s.properties.isAlphabetic
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
