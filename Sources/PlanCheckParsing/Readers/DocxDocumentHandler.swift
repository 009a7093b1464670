/// A body paragraph after runs are joined, numbering applied and legacy fonts handled. `lines` has
/// more than one entry when the paragraph holds manual line breaks (w:br).
struct DocxParagraph: Sendable {
    var lines: [String] = [""]
    var numId = 0
    var ilvl = 0
    var centered = false
    var style = ""
    var textRuns = 0
    var boldRuns = 0

    var text: String { lines.joined(separator: " ") }

    var hints: Set<String> {
        var result: Set<String> = []
        if centered { result.insert("centered") }
        if textRuns > 0 && boldRuns == textRuns { result.insert("bold") }
        if style.lowercased().hasPrefix("heading") || style == "Title" { result.insert("heading") }
        return result
    }
}

/// A table: rows of cells, each cell a list of paragraphs.
struct DocxTable: Sendable {
    var rows: [[[DocxParagraph]]] = []
}

enum DocxBlock: Sendable {
    case paragraph(DocxParagraph)
    case table(DocxTable)
}

/// Builds blocks from word/document.xml in reading order.
final class DocxDocumentHandler: DocxElementHandler {
    typealias Converter = @Sendable (_ text: String, _ fontName: String) -> String?

    private(set) var blocks: [DocxBlock] = []
    /// Legacy fonts met, and whether a converter rewrote their text.
    private(set) var legacyFonts: [String: Bool] = [:]
    private var numbering: DocxNumbering
    private let converter: Converter?

    private var paragraphs: [DocxParagraph] = []
    private var tables: [DocxTable] = []
    private var cell: [DocxParagraph]?
    private var cellStack: [[DocxParagraph]?] = []
    private var inParagraphProperties = false
    private var inRun = false
    private var inText = false
    private var runText = ""
    private var runFont: String?
    private var runBold = false
    /// Content of these elements is never shown to the reader: deleted revisions, field codes, and
    /// the VML copy of a drawing that duplicates its DrawingML text box.
    private static let hidden: Set<String> = ["delText", "instrText", "Fallback", "fldData"]
    private var hiddenDepth = 0
    /// Paragraphs, lines, rows and cells met: see `ContainerLimits.maxRecords`.
    private var records = 0
    /// Lines of body paragraphs: each becomes a line of the text, so past the line limit the
    /// text would be refused anyway once it were all held.
    private var bodyLines = 0
    private let limits: ContainerLimits
    private var maxRecords: Int { limits.maxRecords }
    private(set) var refusal: ReaderError?

    init(numbering: DocxNumbering, converter: Converter?, limits: ContainerLimits = .standard) {
        self.numbering = numbering
        self.converter = converter
        self.limits = limits
    }

    private func countBodyLines(_ added: Int) {
        bodyLines += added
        guard bodyLines > limits.maxLines, refusal == nil else { return }
        let error = IntakeErrors.tooManyLines(
            "", count: bodyLines, allowed: limits.maxLines, bytes: limits.fileBytes, ofFile: true,
            atLeast: true)
        refusal = ReaderError(.tooLarge, message: error.message, english: error.englishMessage)
    }

    /// Counts records as they arrive, so that a file of a million empty paragraphs is refused
    /// after the first few hundred thousand rather than after all of them are held.
    private func count(_ added: Int) {
        records += added
        guard records > maxRecords, refusal == nil else { return }
        refusal = ReaderError(
            .tooLarge,
            message:
                "Tệp word/document.xml có hơn \(IntakeErrors.grouped(maxRecords, ".")) đoạn, dòng, hàng và ô bảng, quá nhiều so với kích thước tệp; không phải một văn bản đọc được.",
            english:
                "word/document.xml holds more than \(IntakeErrors.grouped(maxRecords, ",")) paragraphs, lines, table rows and cells, too many for the file's size; not a readable document."
        )
    }

    func start(_ name: String, _ attributes: [String: String]) {
        if hiddenDepth > 0 || Self.hidden.contains(name) {
            hiddenDepth += 1
            return
        }
        switch name {
        case "p", "tr", "tc": count(1)
        default: break
        }
        switch name {
        case "p": paragraphs.append(DocxParagraph())
        case "pPr": inParagraphProperties = true
        case "r": beginRun()
        case "t": inText = inRun
        case "tab" where inRun && !inParagraphProperties: runText += " "
        case "br", "cr": if inRun { runText += "\n" }
        case "noBreakHyphen": if inRun { runText += "-" }
        case "tbl": tables.append(DocxTable())
        case "tr" where !tables.isEmpty: tables[tables.count - 1].rows.append([])
        case "tc":
            cellStack.append(cell)
            cell = []
        default: properties(name, attributes)
        }
    }

    private func properties(_ name: String, _ attributes: [String: String]) {
        let val = attributes["val"]
        switch name {
        case "numId" where inParagraphProperties: lastParagraph { $0.numId = Int(val ?? "") ?? 0 }
        case "ilvl" where inParagraphProperties: lastParagraph { $0.ilvl = Int(val ?? "") ?? 0 }
        case "jc" where inParagraphProperties && !inRun:
            lastParagraph { $0.centered = val == "center" }
        case "pStyle": lastParagraph { $0.style = val ?? "" }
        case "rFonts" where inRun: runFont = attributes["ascii"] ?? attributes["hAnsi"] ?? runFont
        case "b" where inRun: runBold = !(val == "0" || val == "false")
        default: break
        }
    }

    func end(_ name: String) {
        if hiddenDepth > 0 {
            hiddenDepth -= 1
            return
        }
        switch name {
        case "pPr": inParagraphProperties = false
        case "t": inText = false
        case "r": endRun()
        case "p": endParagraph()
        case "tc":
            let finished = cell ?? []
            cell = cellStack.popLast() ?? nil
            let table = tables.count - 1
            if table >= 0, !tables[table].rows.isEmpty {
                tables[table].rows[tables[table].rows.count - 1].append(finished)
            } else if cell != nil {
                cell?.append(contentsOf: finished)
            } else {
                // A cell outside any table is broken markup, but its text is still the plan's.
                blocks += finished.map { .paragraph($0) }
            }
        case "tbl": endTable()
        default: break
        }
    }

    func text(_ string: String) {
        if inText && hiddenDepth == 0 { runText += string }
    }

    private func lastParagraph(_ change: (inout DocxParagraph) -> Void) {
        guard !paragraphs.isEmpty else { return }
        change(&paragraphs[paragraphs.count - 1])
    }

    private func beginRun() {
        inRun = true
        runText = ""
        runFont = nil
        runBold = false
    }

    private func endRun() {
        inRun = false
        guard !runText.isEmpty, !paragraphs.isEmpty else { return }
        // Line breaks are counted before the text is split at them.
        count(runText.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        guard refusal == nil else { return }
        var text = runText
        if let font = runFont, LegacyFont.encoding(of: font) != nil {
            let converted = converter?(text, font)
            legacyFonts[font] = (legacyFonts[font] ?? false) || converted != nil
            text = converted ?? text
        }
        lastParagraph { paragraph in
            let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
            paragraph.lines[paragraph.lines.count - 1] += pieces[0]
            paragraph.lines += pieces.dropFirst().map(String.init)
            if !text.trimmingSpaces.isEmpty {
                paragraph.textRuns += 1
                if runBold { paragraph.boldRuns += 1 }
            }
        }
    }

    private func endParagraph() {
        guard var paragraph = paragraphs.popLast() else { return }
        if let label = numbering.nextLabel(numId: paragraph.numId, ilvl: paragraph.ilvl) {
            paragraph.lines[0] = label + paragraph.lines[0]
        }
        if cell != nil && paragraphs.isEmpty {
            cell?.append(paragraph)
        } else {
            // A text box paragraph sits inside a run of its anchor paragraph; it is shown before it.
            countBodyLines(paragraph.lines.count)
            blocks.append(.paragraph(paragraph))
        }
    }

    private func endTable() {
        guard let table = tables.popLast() else { return }
        guard !tables.isEmpty, cell != nil else {
            blocks.append(.table(table))
            return
        }
        // A table nested in a cell becomes lines of that cell, one per row.
        for row in table.rows {
            var line = DocxParagraph()
            line.lines = [row.map { $0.map(\.text).joined(separator: " ") }.joined(separator: " | ")]
            cell?.append(line)
        }
    }
}

/// Vietnamese fonts from before Unicode: the glyphs of .VnTime (TCVN3/ABC) and VNI-Times (VNI) sit
/// on Latin-1 code points, so their text reads as gibberish until converted.
enum LegacyFont {
    static func encoding(of font: String) -> String? {
        let name = font.lowercased()
        if name.hasPrefix(".vn") { return "TCVN3" }
        if name.hasPrefix("vni-") || name.hasPrefix("vni ") { return "VNI" }
        return nil
    }
}
