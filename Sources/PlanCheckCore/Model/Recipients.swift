/// "Nơi nhận:" and its lines, ending with "- Lưu: VT, …".
public struct Recipients: Sendable, Hashable, Codable {
    public var span: SourceSpan
    public var items: [Located<String>]
    /// The "Lưu" line when present (also read through OCR's "Luu").
    public var archive: Located<String>?
    /// True when the "Lưu" line is the last item, as NĐ 30/2020 asks.
    public var archiveIsLast: Bool

    public init(span: SourceSpan, items: [Located<String>], archive: Located<String>?, archiveIsLast: Bool) {
        self.span = span
        self.items = items
        self.archive = archive
        self.archiveIsLast = archiveIsLast
    }
}

/// Something the parser noticed about the text itself: chrome it skipped, a line it could not
/// place, a copy that stops short. Nothing is dropped without one of these.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var code: DiagnosticCode
    public var message: String
    public var span: SourceSpan?

    public init(code: DiagnosticCode, message: String, span: SourceSpan?) {
        self.code = code
        self.message = message
        self.span = span
    }
}

public enum DiagnosticCode: String, Sendable, Hashable, Codable {
    /// Web-page or listing text before or after the document proper.
    case skippedChrome = "skipped-chrome"
    /// A line the parser could not attach to any part of the document.
    case unplacedLine = "unplaced-line"
    /// The copy ends before the document does ("[...]").
    case truncated
    /// The issue date could not be read.
    case unreadableDate = "unreadable-date"
    /// The text was converted from a legacy encoding.
    case convertedEncoding = "converted-encoding"
    /// A part of the document expected by its form was not found.
    case missingPart = "missing-part"
}
