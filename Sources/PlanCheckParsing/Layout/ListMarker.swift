import Foundation

/// The label a paragraph starts with: Roman heading, "1.", "2.1.", "a)", or a bullet.
struct ListMarker: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case roman  // "I.", "II-", "IV –"
        case number  // "1.", "2)"
        case subNumber  // "2.1.", "1.2.3"
        case letter  // "a)", "b."
        case bullet  // "-", "+", "•"
    }

    let kind: Kind
    /// The label as printed, trimmed ("II.", "2.1.", "a)", "-").
    let label: String
    /// Scalars from the start of the line's text to the first character after the label.
    let length: Int
    /// Section depth: roman 1, number 2, subNumber 3 (+1 per extra level), letter 5.
    let level: Int

    /// Reads a marker at the start of `text`. "- 1. Thông tin…" and " - 2.1." (OCR of seed 002)
    /// read as the number, not as a bullet: the dash is scanner noise before a real label.
    static func read(_ text: String) -> ListMarker? {
        // Every label starts with a digit, a Roman letter (I V X L), a lower-case ASCII letter
        // ("a)"), or a bullet ("-", "+", "•", "–"): any other first byte is no label at all.
        guard let b = text.utf8.first else { return nil }
        let possible =
            (b >= 0x30 && b <= 0x39) || b == 0x49 || b == 0x56 || b == 0x58 || b == 0x4C
            || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2B || b == 0xE2
        guard possible else { return nil }
        // A lower-case ASCII start can only be a letter label "a) ": most such lines continue a
        // sentence and are rejected here without decoding anything.
        if b >= 0x61 && b <= 0x7A {
            let u = text.utf8
            let second = u.dropFirst().first
            let third = u.dropFirst(2).first
            guard second == 0x29, third == 0x20 else { return nil }
        }
        // A label is at most a dozen scalars: read 24 into a stack buffer, never the whole line.
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 24) { buffer in
            var n = 0
            for scalar in text.unicodeScalars {
                guard n < 24 else { break }
                buffer.initializeElement(at: n, to: scalar)
                n += 1
            }
            return read(Scalars(rebasing: buffer[0..<n]))
        }
    }

    typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    private static func read(_ scalars: Scalars) -> ListMarker? {
        if let first = scalars.first, isBulletScalar(first) {
            var i = 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
            if i > 1, let inner = readLabel(scalars, from: i), inner.kind != .roman, inner.kind != .letter {
                return ListMarker(
                    kind: inner.kind, label: inner.label, length: inner.length, level: inner.level)
            }
            return ListMarker(kind: .bullet, label: String(first), length: i, level: 9)
        }
        return readLabel(scalars, from: 0)
    }

    private static func isBulletScalar(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "+" || s == "•" || s == "–"
    }

    private static func readLabel(_ s: Scalars, from start: Int) -> ListMarker? {
        if let roman = readRoman(s, from: start) { return roman }
        var i = start
        // Count the numbers and check their range as they are read: no array per line.
        var numberCount = 0
        var allInRange = true
        while true {
            var digits = 0
            var value = 0
            while i < s.count, let d = digit(s[i]), digits < 2 {
                value = value * 10 + d
                digits += 1
                i += 1
            }
            guard digits > 0 else { break }
            numberCount += 1
            if value < 1 || value > 40 { allInRange = false }
            guard i < s.count, s[i] == "." else { break }
            if i + 1 < s.count, digit(s[i + 1]) != nil {
                i += 1
                continue
            }
            break
        }
        if numberCount > 0 {
            // "1." / "1)" / "2.1." / "2.1" followed by a space; never "2024." or "03 đồn".
            guard allInRange else { return nil }
            if i < s.count, s[i] == "." || s[i] == ")" { i += 1 } else if numberCount == 1 { return nil }
            guard i < s.count, s[i] == " " || s[i] == "\t" else { return nil }
            let label = String(scalars: s[start..<i])
            while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
            let kind: Kind = numberCount == 1 ? .number : .subNumber
            return ListMarker(kind: kind, label: label, length: i, level: 1 + numberCount)
        }
        // "a)" / "b." followed by a space: one lowercase letter (đ included).
        if start + 2 < s.count, (LetterCase.of(s[start]) == .lower), s[start + 1] == ")",
            s[start + 2] == " "
        {
            var j = start + 2
            while j < s.count, s[j] == " " { j += 1 }
            return ListMarker(
                kind: .letter, label: String(scalars: s[start...(start + 1)]),
                length: j, level: 5)
        }
        return nil
    }

    private static func readRoman(_ s: Scalars, from start: Int) -> ListMarker? {
        var i = start
        while i < s.count, s[i] == "I" || s[i] == "V" || s[i] == "X" || s[i] == "L" { i += 1 }
        guard i > start, i - start <= 5 else { return nil }
        let numeralEnd = i
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "." || s[j] == "-" || s[j] == "–" || s[j] == ":" || s[j] == ")" else {
            return nil
        }
        // The label drops the spaces before its punctuation ("II ." → "II.").
        let label = String(scalars: s[start..<numeralEnd]) + String(s[j])
        j += 1
        guard j < s.count, s[j] == " " || (LetterCase.of(s[j]) == .upper) else { return nil }
        while j < s.count, s[j] == " " { j += 1 }
        return ListMarker(kind: .roman, label: label, length: j, level: 1)
    }

    private static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 48 && s.value <= 57 ? Int(s.value - 48) : nil
    }
}
