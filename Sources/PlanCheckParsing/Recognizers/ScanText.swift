/// The UTF-8 bytes of a text and a case-folded copy with the same byte offsets, so recognisers can
/// match Vietnamese keywords case-insensitively ("KẾ HOẠCH SỐ" in upper-case titles) by comparing
/// bytes, without iterating Characters or running a Regex over the whole text (both far too slow).
struct ScanText {
    let raw: [UInt8]
    let lower: [UInt8]

    init(_ text: String) {
        raw = Array(text.utf8)
        // Folded straight from `raw` into new storage: copying `raw` first and folding in place
        // moved every byte twice.
        lower = raw.withUnsafeBufferPointer { src in
            [UInt8](unsafeUninitializedCapacity: src.count) { out, count in
                ScanText.fold(src, into: out)
                count = src.count
            }
        }
    }

    var count: Int { raw.count }

    subscript(_ i: Int) -> UInt8 { i >= 0 && i < raw.count ? raw[i] : 0 }

    func string(_ range: Range<Int>) -> String {
        String(decoding: raw[range], as: UTF8.self)
    }

    /// True when `keyword` (lower-case UTF-8) starts at `i`, ignoring case.
    func matches(_ keyword: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + keyword.count <= lower.count else { return false }
        var k = 0
        while k < keyword.count {
            if lower[i + k] != keyword[k] { return false }
            k += 1
        }
        return true
    }

    /// `keyword` at `i` as a whole word: no letter or digit touches it on either side.
    func matchesWord(_ keyword: [UInt8], at i: Int) -> Bool {
        matches(keyword, at: i) && !isWordByte(before: i) && !isWordByte(at: i + keyword.count)
    }

    func isDigit(_ i: Int) -> Bool { i >= 0 && i < raw.count && raw[i] >= 0x30 && raw[i] <= 0x39 }

    /// Letters and digits; any non-ASCII byte counts as a letter except the typographic spaces,
    /// quotes and dashes that real documents put next to words.
    func isWordByte(at i: Int) -> Bool {
        guard i >= 0, i < raw.count else { return false }
        let b = raw[i]
        if b < 0x80 { return ScanText.isASCIIAlnum(b) }
        let start = scalarStart(i)
        return ScanText.isLetterScalar(decodeScalar(at: start))
    }

    func isWordByte(before i: Int) -> Bool {
        guard i > 0 else { return false }
        return isWordByte(at: i - 1)
    }

    func scalarStart(_ i: Int) -> Int {
        var j = i
        while j > 0 && raw[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    func decodeScalar(at i: Int) -> UInt32 {
        UTF8Scalars.value(at: i, in: raw) ?? 0xFFFD
    }

    /// Spaces, NBSP and Markdown bold markers, which sit anywhere inside a phrase in real files.
    func isGap(_ i: Int) -> Bool {
        guard i < raw.count else { return false }
        let b = raw[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x2A { return true }
        return b == 0xC2 && i + 1 < raw.count && raw[i + 1] == 0xA0
    }

    func skipGap(_ i: Int) -> Int {
        var j = i
        while isGap(j) { j += raw[j] == 0xC2 ? 2 : 1 }
        return j
    }

    /// Moves back over gaps; returns the index just after the previous non-gap byte.
    func skipGapBack(_ i: Int) -> Int {
        var j = i
        while j > 0 {
            if isGap(j - 1) { j -= 1; continue }
            if j >= 2 && raw[j - 2] == 0xC2 && raw[j - 1] == 0xA0 { j -= 2; continue }
            break
        }
        return j
    }

    /// Reads 1…`maxDigits` ASCII digits at `i`; nil unless the run ends there.
    func readNumber(at i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var j = i
        var v = 0
        while isDigit(j) {
            if j - i >= maxDigits { return nil }
            v = v * 10 + Int(raw[j] - 0x30)
            j += 1
        }
        return j > i ? (v, j) : nil
    }

    /// Trims gaps from both ends of a range.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi && isGap(lo) { lo += raw[lo] == 0xC2 ? 2 : 1 }
        while hi > lo && (isGap(hi - 1) || (hi - lo >= 2 && raw[hi - 2] == 0xC2 && raw[hi - 1] == 0xA0)) {
            hi -= raw[hi - 1] == 0xA0 ? 2 : 1
        }
        return lo..<hi
    }

    static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    static func isLetterScalar(_ s: UInt32) -> Bool {
        (0xC0...0x24F).contains(s) && s != 0xD7 && s != 0xF7 || (0x300...0x36F).contains(s)
            || (0x1E00...0x1EFF).contains(s)
    }

    /// Lower-cases the Latin letters Vietnamese uses without changing any byte length, so offsets
    /// in the folded copy are offsets in the original.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { src in
            [UInt8](unsafeUninitializedCapacity: src.count) { out, count in
                fold(src, into: out)
                count = src.count
            }
        }
    }

    /// Writes the folded bytes of `src` into `out` (of the same length).
    static func fold(_ src: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        let n = src.count
        var i = 0
        while i < n {
            let b = src[i]
            if b < 0x80 {
                out[i] = b &- 0x41 < 26 ? b | 0x20 : b
                i &+= 1
            } else if b < 0xE0 {
                out[i] = b
                if i + 1 < n { out[i + 1] = foldTwoByte(b, src[i + 1]) }
                i &+= 2
            } else if b < 0xF0 {
                out[i] = b
                if i + 2 < n {
                    out[i + 1] = src[i + 1]
                    out[i + 2] = b == 0xE1 ? foldExtendedAdditional(src[i + 1], src[i + 2]) : src[i + 2]
                } else if i + 1 < n {
                    out[i + 1] = src[i + 1]
                }
                i &+= 3
            } else {
                // Four-byte scalars are copied as they are (also when cut short at the end).
                var k = i
                while k < min(i + 4, n) {
                    out[k] = src[k]
                    k += 1
                }
                i &+= 4
            }
        }
    }

    /// U+1E00–U+1EFF (ạ, ế, ộ …): even code points are upper case, odd ones lower case.
    private static func foldExtendedAdditional(_ second: UInt8, _ third: UInt8) -> UInt8 {
        guard second &- 0xB8 < 4, third & 1 == 0 else { return third }
        if second == 0xBA && third &- 0x96 < 10 { return third }
        return third + 1
    }

    /// A word starts at `i`: the common case (a space or ASCII before it) needs no decoding.
    func isWordStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = raw[i - 1]
        if p < 0x80 { return !ScanText.isASCIIAlnum(p) }
        return !isWordByte(at: i - 1)
    }

    private static func foldTwoByte(_ lead: UInt8, _ c: UInt8) -> UInt8 {
        switch lead {
        case 0xC3 where c >= 0x80 && c <= 0x9E && c != 0x97: return c + 0x20  // À…Þ
        case 0xC4 where c & 1 == 0 && c < 0xB8: return c + 1  // Ă, Đ, Ĩ
        case 0xC5 where c & 1 == 0 && c >= 0x8A && c <= 0xB6: return c + 1  // Ũ
        case 0xC6 where c == 0xA0 || c == 0xAF: return c + 1  // Ơ, Ư
        default: return c
        }
    }
}

extension String {
    /// The UTF-8 bytes of a lower-case keyword, for `ScanText.matches`.
    var scanBytes: [UInt8] { Array(utf8) }
}
