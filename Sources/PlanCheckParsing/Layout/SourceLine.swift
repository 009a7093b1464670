import PlanCheckCore

/// One line of the extracted text, cleaned for recognition without moving any column: Markdown
/// bold markers and heading hashes become spaces, so a span computed on `text` is a span in the
/// file.
struct SourceLine: Sendable {
    /// 1-based line number in the file.
    let number: Int
    /// The line as read (NFC).
    let raw: String
    /// Cleaned and trimmed text.
    let text: String
    /// Scalar column (1-based) where `text` starts in the line.
    let column: Int

    /// Scalars in `text`, counted once.
    let scalarCount: Int

    init(number: Int, raw: String) {
        self.number = number
        self.raw = raw
        // "**KT. CHỦ TỊCH" (seed 001) and "## I. MỤC ĐÍCH": markup, not text. Replacing each
        // marker byte by a space keeps every column where it was.
        let hasMarkup = ByteSearch.contains(0x2A, in: raw) || ByteSearch.contains(0x23, in: raw)
        if !hasMarkup, let m = raw.utf8.withContiguousStorageIfAvailable({ SourceLine.measure($0) }) {
            // The common case reads the line's own bytes in place, without a copy.
            self.text =
                m.lead == 0 && m.end == raw.utf8.count
                ? raw : raw.slice(utf8: m.lead..<m.end)
            self.column = m.leadScalars + 1
            self.scalarCount = m.scalars
            return
        }
        let bytes = Array(raw.utf8)
        let cleaned = hasMarkup ? bytes.map { $0 == 0x2A || $0 == 0x23 ? 0x20 : $0 } : bytes
        let m = cleaned.withUnsafeBufferPointer { SourceLine.measure($0) }
        self.text = String(decoding: cleaned[m.lead..<m.end], as: UTF8.self)
        self.column = m.leadScalars + 1
        self.scalarCount = m.scalars
    }

    /// Where the text starts and ends once spaces are trimmed, and its length in scalars.
    static func measure(_ b: UnsafeBufferPointer<UInt8>) -> (
        lead: Int, end: Int, leadScalars: Int, scalars: Int
    ) {
        var lead = 0
        var leadScalars = 0
        while let width = spaceWidth(b, at: lead) {
            lead += width
            leadScalars += 1
        }
        var end = b.count
        while end > lead, let width = spaceWidthBefore(b, end: end) { end -= width }
        let count = b.baseAddress.map { UTF8Scalars.count($0, from: lead, to: end) } ?? 0
        return (lead, end, leadScalars, count)
    }

    /// Width in bytes of a space-like character at `i` (space, tab, CR, NBSP, zero-width space,
    /// BOM, ideographic space), or nil. Web copies carry NBSP lines (seed 000 line 23).
    static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i < b.count else { return nil }
        switch b[i] {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x8B: return 3
        case 0xEF where i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF: return 3
        case 0xE3 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3
        default: return nil
        }
    }

    static func spaceWidthBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        // Every space-like character ends in a byte below 0x21 or in A0/8B/BF/80: test that first.
        let last = b[end - 1]
        guard last <= 0x20 || last == 0xA0 || last == 0x8B || last == 0xBF || last == 0x80 else { return nil }
        for width in 1...3 where end - width >= 0 {
            if spaceWidth(b, at: end - width) == width { return width }
        }
        return nil
    }

    /// A cell of a table row ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"): same line, its own text and column.
    init(cellOf line: SourceLine, text: String, column: Int) {
        self.number = line.number
        self.raw = line.raw
        self.text = text
        self.column = column
        self.scalarCount = text.unicodeScalars.count
    }

    /// The cells of a line split at " | " (table pipes of a two-column header), each trimmed.
    var cells: [SourceLine] {
        guard text.utf8.contains(0x7C) else { return [self] }
        var out: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var offset = 0
        func flush() {
            var lead = 0
            let scalars = Array(current)
            while lead < scalars.count, SourceLine.isSpace(scalars[lead]) { lead += 1 }
            var end = scalars.count
            while end > lead, SourceLine.isSpace(scalars[end - 1]) { end -= 1 }
            if end > lead {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lead..<end])
                out.append(SourceLine(cellOf: self, text: String(view), column: column + currentStart + lead))
            }
        }
        for scalar in text.unicodeScalars {
            if scalar == "|" {
                flush()
                current = String.UnicodeScalarView()
                currentStart = offset + 1
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        flush()
        return out
    }

    var isBlank: Bool { text.isEmpty }

    /// Span of the cleaned text.
    var span: SourceSpan {
        SourceSpan(line: number, column: column, endLine: number, endColumn: column + scalarCount)
    }

    /// Span of a scalar range of `text`.
    func span(scalarOffset: Int, length: Int) -> SourceSpan {
        SourceSpan(
            line: number, column: column + scalarOffset, endLine: number,
            endColumn: column + scalarOffset + length)
    }

    /// A block for this line's text from a scalar offset.
    func block(fromScalar offset: Int = 0) -> TextBlock {
        if offset == 0 { return TextBlock(line: number, text: text, column: column) }
        let start = UTF8Scalars.offset(ofScalar: offset, in: text)
        return TextBlock(
            line: number, text: text.slice(utf8: start..<text.utf8.count), column: column + offset)
    }

    // NBSP and the zero-width characters of web copies count as space (seed 000 line 23).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D, 0xA0, 0x200B, 0xFEFF, 0x3000: return true
        default: return false
        }
    }

    /// Letters of the text are all upper case (digits and punctuation ignored), with at least two.
    var isUpperCase: Bool { SourceLine.isUpperCase(text) }

    static func isUpperCase(_ s: String) -> Bool {
        var letters = 0
        for scalar in s.unicodeScalars {
            switch LetterCase.of(scalar) {
            case .lower: return false
            case .upper: letters += 1
            case .none: continue
            }
        }
        return letters >= 2
    }

    /// A separator line under the issuer or motto ("-------", "___").
    var isSeparator: Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { "-_–—=~. ".unicodeScalars.contains($0) }
    }
}

/// The key used to compare short labels: accent-free, lowercase, single spaces.
func looseKey(_ s: String) -> String { LooseKey.make(s) }

/// Letter case without Unicode property lookups: ASCII by range, Latin and Vietnamese letters
/// (U+00C0–U+1EFF) from a table built once; anything else asks the standard library.
enum LetterCase {
    case upper, lower, none

    @inline(__always) static func of(_ s: Unicode.Scalar) -> LetterCase {
        let v = s.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return .lower }
            if v >= 0x41 && v <= 0x5A { return .upper }
            return .none
        }
        if v >= 0xC0 && v < 0x1F00 {
            switch table[Int(v - 0xC0)] {
            case 1: return .upper
            case 2: return .lower
            default: return .none
            }
        }
        return caseOf(s) == 1 ? .upper : caseOf(s) == 2 ? .lower : .none
    }

    /// 1 upper, 2 lower, 0 for anything else: letters without case (CJK, Thai) are neither.
    private static func caseOf(_ s: Unicode.Scalar) -> UInt8 {
        s.properties.isUppercase ? 1 : s.properties.isLowercase ? 2 : 0
    }

    static let table: [UInt8] = (UInt32(0xC0)..<0x1F00).map { v in
        Unicode.Scalar(v).map { caseOf($0) } ?? 0
    }
}
