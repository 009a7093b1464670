import PlanCheckCore

/// Text drawn from one or more consecutive source lines, joined by single spaces, with the map
/// back to line and column. Real plans break sentences and even dates across lines ("ngày 29\n
/// tháng 01 năm 2021"); recognisers run on the joined text and report UTF-8 offsets, which this
/// type turns back into spans.
public struct TextBlock: Sendable {
    public private(set) var text: String
    /// Where each piece starts in `text` (UTF-8 offset), its source line, and the scalar column
    /// in that line where the piece starts. The first piece is kept inline: most blocks are one
    /// line, and an array per block was one allocation per paragraph.
    private var first: Piece?
    private var more: [Piece] = []

    struct Piece: Sendable {
        var offset: Int
        var line: Int
        var column: Int
    }

    public init() { text = "" }

    /// A block holding one line, or the part of a line from `column` (1-based, scalars).
    public init(line: Int, text: String, column: Int = 1) {
        // Shares the line's storage: appending to an empty string would copy it.
        self.text = text
        first = Piece(offset: 0, line: line, column: column)
    }

    /// Adds a line's text; a space separates it from what came before.
    public mutating func append(line: Int, text piece: String, column: Int = 1) {
        if !text.isEmpty { text += " " }
        let start = Piece(offset: text.utf8.count, line: line, column: column)
        if first == nil { first = start } else { more.append(start) }
        if text.isEmpty { text = piece } else { text += piece }
    }

    public var isEmpty: Bool { text.isEmpty }
    public var firstLine: Int? { first?.line }
    public var lastLine: Int? { more.last?.line ?? first?.line }

    /// The span of the UTF-8 range `range` of `text`.
    public func span(utf8 range: Range<Int>) -> SourceSpan {
        let start = position(ofUTF8: range.lowerBound)
        let end = position(ofUTF8: range.upperBound, isEnd: true)
        return SourceSpan(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }

    /// The span of the whole block.
    public var span: SourceSpan { span(utf8: 0..<text.utf8.count) }

    /// The substring for a UTF-8 range.
    public func substring(utf8 range: Range<Int>) -> String {
        // The whole text shares its storage: a clause, duty or citation that is its whole
        // paragraph needs no copy.
        if range.lowerBound == 0 && range.upperBound == text.utf8.count { return text }
        let u = text.utf8
        let lo = u.index(u.startIndex, offsetBy: range.lowerBound)
        let hi = u.index(u.startIndex, offsetBy: range.upperBound)
        return String(text[lo..<hi])
    }

    private func position(ofUTF8 offset: Int, isEnd: Bool = false) -> (line: Int, column: Int) {
        guard var piece = first else { return (1, 1) }
        // The last piece starting at or before the offset; an end offset on a piece boundary
        // belongs to the piece before it so that a span never ends at column 1 of the next line.
        // `more` is in offset order, so the pieces at or before the offset are a prefix: binary
        // search it (a linear walk made spans quadratic in a paragraph of thousands of lines).
        var lo = 0
        var hi = more.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let p = more[mid]
            if p.offset < offset || (!isEnd && p.offset == offset) { lo = mid + 1 } else { hi = mid }
        }
        if lo > 0 { piece = more[lo - 1] }
        let upTo = max(offset, piece.offset)
        // Scalars = bytes that do not continue a UTF-8 sequence; counted on the contiguous bytes.
        let scalars = UTF8Scalars.count(text, from: piece.offset, to: upTo)
        return (piece.line, piece.column + scalars)
    }
}
