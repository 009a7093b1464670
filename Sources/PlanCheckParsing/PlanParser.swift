import Foundation
import PlanCheckCore

/// Reads the text of a plan into the model. Total: any text gives a document; what could not be
/// read is in `diagnostics`, never dropped.
public enum PlanParser {
    public static func parse(text: String, source: SourceInfo, origins: [LineOrigin] = []) -> PlanDocument {
        parse(lines: lines(of: text), source: source, origins: origins)
    }

    /// The lines of a text as `parse(lines:)` takes them. A reader that splits the text itself
    /// and lets it go holds the lines alone while parsing, not the whole text beside them.
    static func lines(of text: String) -> [String] { splitLines(unescapeLineBreaks(text)) }

    static func parse(lines rawLines: [String], source: SourceInfo, origins: [LineOrigin] = [])
        -> PlanDocument
    {
        var doc = parse(rawLines: rawLines, from: 0, source: source, origins: origins)
        if let attachment = AttachedDocument.start(in: doc, rawLines: rawLines) {
            let attached = parse(rawLines: rawLines, from: attachment, source: source, origins: origins)
            AttachedDocument.merge(attached, into: &doc)
            if attached.kind != doc.kind && attached.kind != .unknown { doc.attachedKind = attached.kind }
        }
        TaskAssignmentLinker.link(&doc)
        return doc
    }

    /// Parses the lines from index `from` on as one document; line numbers stay those of the file.
    static func parse(rawLines: [String], from: Int, source: SourceInfo, origins: [LineOrigin])
        -> PlanDocument
    {
        // Mapped over the indices, whose count is known: `enumerated()` is not a collection, so
        // its map grew the array by doubling and held twice the lines at the peak.
        let lines = rawLines.indices.map { index in
            SourceLine(number: index + 1, raw: index < from ? "" : rawLines[index])
        }
        var doc = PlanDocument(source: source, lines: rawLines)
        doc.lineOrigins = origins

        var header = HeaderRecognizer(lines: lines)
        header.parse()
        doc.header = header.header
        let closing = ClosingRecognizer(lines: lines, bodyStart: header.end)
        doc.header.signature = closing.signature
        doc.recipients = closing.recipients

        let paragraphs = Paragraph.build(
            lines, header.end..<max(header.end, closing.bodyEnd), origins: origins)
        let tree = SectionTree(paragraphs: paragraphs)
        doc.sections = tree.sections()
        readCitationsAndBases(&doc, paragraphs: paragraphs, tree: tree)
        doc.tasks = TaskRecognizer.tasks(in: tree)
        doc.assignments = AssignmentRecognizer.assignments(in: tree)
        doc.dateExpressions = collectDates(doc)
        addDiagnostics(&doc, lines: lines, header: header, closing: closing)
        let first = lines[header.start..<lines.count].first { !$0.isBlank }?.number ?? 1
        let last =
            lines[0..<max(0, min(closing.documentEnd, lines.count))].last { !$0.isBlank }?.number ?? first
        doc.bodyLines = first...max(first, last)
        (doc.kind, doc.kindEvidence) = DocumentKindRecognizer.recognise(doc, lines: lines, from: header.start)
        doc.copy = CopyAssessment.assess(doc, lines: lines, flattenedHeader: header.flattened)
        doc.isPartyDocument = PartyDocument.isParty(doc, lines: lines, from: header.start)
        return doc
    }

    /// Text scraped from a page's JavaScript sometimes keeps its line breaks as the characters
    /// "\r\n" (a backslash, r, a backslash, n): such a text is one line holding the whole document.
    /// Read them as line breaks when they are how the text breaks lines (several, and no real break
    /// near them), never a lone one in a document that has real lines.
    static func unescapeLineBreaks(_ text: String) -> String {
        let escaped = #"\r\n"#
        guard ByteSearch.find(escaped, in: text) != nil else { return text }
        let pieces = text.components(separatedBy: escaped)
        let realBreaks = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard pieces.count > 3, realBreaks < pieces.count else { return text }
        return pieces.joined(separator: "\n")
    }

    /// Lines split on "\n" with memchr over the contiguous UTF-8 (walking String indices, or
    /// splitting Characters, costs grapheme breaking on every byte). Each line is cut from the
    /// text as a Substring, which is already valid UTF-8: decoding the bytes again would
    /// re-validate every line.
    static func splitLines(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let cuts =
            utf8.withContiguousStorageIfAvailable { buffer -> [Int] in
                guard let base = buffer.baseAddress else { return [] }
                var out: [Int] = []
                var start = 0
                while start < buffer.count, let hit = memchr(base + start, 0x0A, buffer.count - start) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    out.append(at)
                    start = at + 1
                }
                return out
            } ?? []
        var lines: [String] = []
        lines.reserveCapacity(cuts.count + 1)
        var lo = utf8.startIndex
        for cut in cuts {
            let hi = utf8.index(utf8.startIndex, offsetBy: cut)
            lines.append(String(text[lo..<hi]))
            lo = utf8.index(after: hi)
        }
        lines.append(String(text[lo...]))
        return lines
    }

    private static func readCitationsAndBases(
        _ doc: inout PlanDocument, paragraphs: [Paragraph], tree: SectionTree
    ) {
        // The title, then every paragraph: read in place, not gathered into a second array of
        // every paragraph's block.
        let title = doc.header.title.map {
            TextBlock(line: $0.span.line, text: $0.value, column: $0.span.column)
        }
        let titleCount = title == nil ? 0 : 1
        var perParagraph = CitationsByParagraph()
        var citations: [Citation] = []
        for index in 0..<(titleCount + paragraphs.count) {
            let block: TextBlock
            if index < titleCount, let title {
                block = title
            } else {
                block = paragraphs[index - titleCount].block
            }
            // Every document number holds a "/" (61/KH-UBND, 57-KL/TW): skip blocks without one.
            guard ByteSearch.contains(0x2F, in: block.text) else { continue }
            for match in CitationRecognizer.find(in: block.text) {
                let id = citations.count
                citations.append(citation(match, id: id, block: block))
                if index >= titleCount {
                    perParagraph.append((match.range, id), paragraph: index - titleCount)
                }
            }
        }
        doc.citations = citations.trimmedToSize()
        citations = []
        linkFirstMentions(&doc.citations)
        doc.bases = BasesRecognizer.bases(
            paragraphs[0..<tree.openingEnd], citations: perParagraph, requireKeyword: true)
        for root in tree.roots(ofKind: .bases) {
            let node = tree.nodes[root]
            guard node.lastParagraph > node.paragraph else { continue }
            doc.bases += BasesRecognizer.bases(
                paragraphs[(node.paragraph + 1)...node.lastParagraph], citations: perParagraph,
                requireKeyword: false)
        }
    }

    static func citation(_ m: CitationMatch, id: Int, block: TextBlock) -> Citation {
        Citation(
            id: id, type: m.type, typeText: m.typeText, number: m.number?.normalized,
            numberRaw: m.number?.raw,
            isPartyForm: m.number?.isPartyForm ?? false, numberTypeCode: m.number?.typeCode,
            numberYear: m.number?.year, date: m.date?.date, dateRaw: m.date?.raw,
            dateProblem: m.date?.problem,
            issuer: m.issuer, title: m.title, text: block.substring(utf8: m.range),
            span: block.span(utf8: m.range),
            defects: m.defects, firstMention: nil)
    }

    /// A later mention of the same number points at the first one ("Kết luận số 57-KL/TW").
    static func linkFirstMentions(_ citations: inout [Citation]) {
        var first: [String: Int] = [:]
        for i in citations.indices {
            guard let number = citations[i].number else { continue }
            if let f = first[number] { citations[i].firstMention = f } else { first[number] = i }
        }
    }

    private static func collectDates(_ doc: PlanDocument) -> [DateExpression] {
        var all: [DateExpression] = []
        for task in doc.tasks { if let t = task.time { all.append(t) } }
        for a in doc.assignments { for d in a.duties { all += d.dates } }
        var seen = Set<SourceSpan>()
        return all.filter { seen.insert($0.span).inserted }.sorted { $0.span < $1.span }
    }
}
