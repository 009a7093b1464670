/// Finds printed document numbers in bytes: cheap anchors ("/" or "-" between a digit and an
/// upper-case letter) first, then the number's extent, reading through the stray spaces real
/// documents put around separators ("99 /KH-UBND", "QĐ -TTg", "149- KH/TU").
enum DocumentNumberLocator {
    static let so = "số".scanBytes

    /// The range of the number whose separator is at `i`, or nil when `i` is no number's anchor.
    static func number(at i: Int, in t: ScanText) -> Range<Int>? {
        let b = t[i]
        guard b == 0x2F || b == 0x2D, let start = start(before: i, in: t) else { return nil }
        var q = i + 1
        if t[q] == 0x20 { q += 1 }
        if b == 0x2F {
            guard isUpper(q, in: t) || yearSegment(at: q, in: t) else { return nil }
        } else {
            guard start < i, partyCode(at: q, in: t) else { return nil }
        }
        let end = extent(from: start, in: t)
        return end > i + 1 ? start..<end : nil
    }

    /// The first digit of the serial; the slash itself for a blank "số /KH-UBND".
    static func start(before i: Int, in t: ScanText) -> Int? {
        var p = i
        if t[p - 1] == 0x20 { p -= 1 }
        var s = p
        while t.isDigit(s - 1) { s -= 1 }
        if s < p { return t.isWordByte(before: s) ? nil : s }
        guard t[i] == 0x2F else { return nil }
        var back = t.skipGapBack(i)
        if t[back - 1] == 0x3A { back -= 1 }
        let at = back - so.count
        return t.matches(so, at: at) && !t.isWordByte(before: at) ? i : nil
    }

    /// "2015/" after the serial's slash in a normative number.
    static func yearSegment(at q: Int, in t: ScanText) -> Bool {
        guard let y = t.readNumber(at: q, maxDigits: 4), y.end - q == 4 else { return false }
        return t[y.end] == 0x2F
    }

    /// "KL/" after the hyphen of a Party number.
    static func partyCode(at q: Int, in t: ScanText) -> Bool {
        guard isUpper(q, in: t) else { return false }
        var j = q
        while j < t.count, j - q < 10, isToken(j, in: t) { j += 1 }
        return t[j] == 0x2F
    }

    static func isUpper(_ i: Int, in t: ScanText) -> Bool {
        guard i < t.count else { return false }
        let b = t.raw[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        guard b >= 0xC0 else { return false }
        let width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        return i + width <= t.count && t.raw[i + width - 1] != t.lower[i + width - 1]
    }

    /// Letters and digits of a number; bytes of multi-byte letters ("Đ") count one by one.
    static func isToken(_ i: Int, in t: ScanText) -> Bool {
        guard i < t.count else { return false }
        let b = t.raw[i]
        if b < 0x80 { return ScanText.isASCIIAlnum(b) }
        return t.isWordByte(at: i)
    }

    /// Runs through tokens and separators; a single space may touch a separator on one side only
    /// (" - " is a prose dash, not part of a number).
    static func extent(from start: Int, in t: ScanText) -> Int {
        var j = start
        var end = start
        while j < t.count {
            let b = t.raw[j]
            if isToken(j, in: t) {
                j += 1
                end = j
            } else if b == 0x2F || b == 0x2D {
                j += 1
            } else if b == 0x26, j > start, isToken(j - 1, in: t), isToken(j + 1, in: t) {
                // "5104/BTTTT-PTTH&TTĐT", "KH&ĐT": an ampersand inside a unit's code.
                j += 1
            } else if b == 0x20, t[j + 1] == 0x2D, t[j + 2] == 0x20,
                (start..<j).allSatisfy({ t.isDigit($0) }),
                partyCode(at: j + 3, in: t)
            {
                // "01 - HD/BTGTW": a Party number with spaces around its hyphen (a defect the
                // parser records), not a prose dash, since a Party code and "/" follow.
                j += 3
            } else if b == 0x20 {
                let prevSep = j > start && (t[j - 1] == 0x2F || t[j - 1] == 0x2D)
                let nextSep = t[j + 1] == 0x2F || t[j + 1] == 0x2D
                if prevSep && !nextSep && isToken(j + 1, in: t) && (t[j - 2] != 0x20) {
                    j += 1
                } else if nextSep && !prevSep && isToken(j + 2, in: t) {
                    j += 1
                } else {
                    break
                }
            } else {
                break
            }
        }
        return end
    }
}
