import PlanCheckCore

/// A part of a document that a text rule looks in, resolved to the spans that hold it.
public enum DocumentScope: Sendable, Hashable, Decodable, CustomStringConvertible {
    case header, bases, tasks, recipients, signature, title, documentTypeName, motto, body, authority
    case section(SectionKind)

    static let simple: [String: DocumentScope] = [
        "header": .header, "bases": .bases, "tasks": .tasks, "recipients": .recipients,
        "signature": .signature, "title": .title, "documentTypeName": .documentTypeName,
        "motto": .motto, "body": .body, "authority": .authority,
    ]

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        if let scope = Self.simple[raw] {
            self = scope
        } else if raw.hasPrefix("section:"), let kind = SectionKind(rawValue: String(raw.dropFirst(8))) {
            self = .section(kind)
        } else {
            let kinds = SectionKind.allCases.map { "section:\($0.rawValue)" }
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown scope '\(raw)' (expected one of: "
                    + (Self.simple.keys.sorted() + kinds).joined(separator: ", ") + ")")
        }
    }

    public var description: String {
        if case .section(let kind) = self { return "section:\(kind.rawValue)" }
        return Self.simple.first { $0.value == self }?.key ?? "body"
    }

    public var isClosingPart: Bool { self == .recipients || self == .signature }

    /// The spans of the scope, in document order; empty when the part is absent.
    public func spans(in document: PlanDocument) -> [SourceSpan] {
        let h = document.header
        switch self {
        case .header: return headerSpan(document).map { [$0] } ?? []
        case .bases: return document.bases.map(\.span)
        case .tasks: return document.tasks.map(\.span)
        case .recipients: return document.recipients.map { [$0.span] } ?? []
        case .signature: return h.signature.map { [$0.span] } ?? []
        case .title: return h.title.map { [$0.span] } ?? []
        case .documentTypeName: return h.documentTypeName.map { [$0.span] } ?? []
        case .motto: return h.motto?.span.map { [$0] } ?? []
        case .authority: return [h.issuer?.span, h.preambleAuthority?.span].compactMap { $0 }
        case .section(let kind): return document.sections(ofKind: kind).map(\.bodySpan)
        case .body:
            let range = document.bodyLines ?? 1...max(document.lines.count, 1)
            let last = document.line(range.upperBound).unicodeScalars.count
            return [
                SourceSpan(line: range.lowerBound, column: 1, endLine: range.upperBound, endColumn: last + 1)
            ]
        }
    }

    /// From the first line of the document proper to the last line of the title block.
    private func headerSpan(_ document: PlanDocument) -> SourceSpan? {
        let h = document.header
        let parts: [SourceSpan?] = [
            h.issuer?.span, h.motto?.span, h.number?.span, h.place?.span, h.issueDate?.span,
            h.documentTypeName?.span, h.title?.span,
        ]
        guard let end = parts.compactMap({ $0 }).max(by: { $0.endLine < $1.endLine }) else { return nil }
        let start = document.bodyLines?.lowerBound ?? 1
        return SourceSpan(line: start, column: 1, endLine: end.endLine, endColumn: end.endColumn)
    }

    /// The pieces of text a pattern is matched on: each line of each span, except for the motto,
    /// whose parts are matched as the parser read them (a national name an extraction broke over
    /// two lines, "CỘNG" / "HÒA XÃ HỘI …", is one name, not two misspellings).
    public func slices(in document: PlanDocument) -> [(line: Int, column: Int, text: String)] {
        if case .motto = self, let motto = document.header.motto {
            return [motto.nationalName, motto.motto].compactMap { $0 }.map { part in
                (part.span.line, part.span.column, part.value)
            }
        }
        // The issuing body as one name, whatever lines it was printed on, and the authority line
        // of a decision's preamble.
        if case .authority = self {
            let h = document.header
            let issuer = h.issuer.map { [($0.span.line, $0.span.column, $0.text)] } ?? []
            let preamble = h.preambleAuthority.map { [($0.span.line, $0.span.column, $0.value)] } ?? []
            return issuer + preamble
        }
        return spans(in: document).flatMap { Self.lineSlices($0, in: document) }
    }

    /// The text of each line a span covers, cut to the span's columns, with the column it starts.
    public static func lineSlices(_ span: SourceSpan, in document: PlanDocument)
        -> [(line: Int, column: Int, text: String)]
    {
        guard span.line <= span.endLine else { return [] }
        return (span.line...span.endLine).map { number in
            let scalars = Array(document.line(number).unicodeScalars)
            let from = number == span.line ? max(span.column - 1, 0) : 0
            let to =
                number == span.endLine ? min(max(span.endColumn - 1, from), scalars.count) : scalars.count
            var view = String.UnicodeScalarView()
            if from < to { view.append(contentsOf: scalars[from..<to]) }
            return (number, from + 1, String(view))
        }
    }
}
