/// A place in the extracted text of a document. Lines are 1-based; columns are 1-based and count
/// Unicode scalars, so a column means the same thing whether the text arrived NFC or NFD.
/// `endColumn` is exclusive: a span covering "Số" on column 1 ends at column 3.
public struct SourceSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// A span covering a whole line of `length` scalars.
    public static func line(_ line: Int, length: Int) -> SourceSpan {
        SourceSpan(line: line, column: 1, endLine: line, endColumn: length + 1)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        let start = min(self, other)
        let endFirst = (endLine, endColumn) >= (other.endLine, other.endColumn) ? self : other
        return SourceSpan(
            line: start.line, column: start.column, endLine: endFirst.endLine,
            endColumn: endFirst.endColumn)
    }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.line, lhs.column, lhs.endLine, lhs.endColumn)
            < (rhs.line, rhs.column, rhs.endLine, rhs.endColumn)
    }

    public var description: String { "\(line):\(column)-\(endLine):\(endColumn)" }
}

/// Where a line of extracted text came from in the original file, for formats where a person does
/// not think in lines: a Word paragraph (and table cell), or a PDF page.
public struct LineOrigin: Sendable, Hashable, Codable {
    public var page: Int?
    public var paragraph: Int?
    public var tableRow: Int?
    public var tableCell: Int?

    public init(page: Int? = nil, paragraph: Int? = nil, tableRow: Int? = nil, tableCell: Int? = nil) {
        self.page = page
        self.paragraph = paragraph
        self.tableRow = tableRow
        self.tableCell = tableCell
    }
}

/// A piece of document text together with where it stands.
public struct Located<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var value: Value
    public var span: SourceSpan

    public init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }
}
