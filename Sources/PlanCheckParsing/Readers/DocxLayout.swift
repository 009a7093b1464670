import PlanCheckCore

/// Turns Word blocks into lines. Paragraph numbers count body paragraphs and table rows, as a
/// reviewer counts them on screen, so a finding can say "đoạn 12" and be found.
struct DocxLayout {
    private(set) var text = ExtractedText()
    private var paragraph = 0

    mutating func add(_ blocks: [DocxBlock]) {
        for block in blocks {
            switch block {
            case .paragraph(let p):
                paragraph += 1
                for line in p.lines {
                    text.append(line, origin: LineOrigin(paragraph: paragraph), hints: p.hints)
                }
            case .table(let table):
                if let columns = DocxTaskTable.columns(of: table) {
                    addTaskTable(table, columns: columns)
                } else {
                    addPlainTable(table)
                }
            }
        }
    }

    /// Each row becomes lines whose cells are joined by " | ". Cells holding several paragraphs are
    /// aligned paragraph by paragraph, which reproduces the text copies of the two-column header:
    /// "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", then "TỈNH X | Độc lập - Tự do - …".
    private mutating func addPlainTable(_ table: DocxTable) {
        for (rowIndex, row) in table.rows.enumerated() {
            paragraph += 1
            let cells = row.map { cell in cell.flatMap(\.lines) }
            let height = cells.map(\.count).max() ?? 0
            let origin = LineOrigin(paragraph: paragraph, tableRow: rowIndex + 1, tableCell: 1)
            for k in 0..<height {
                let line = cells.map { k < $0.count ? $0[k].trimmingSpaces : "" }
                    .joined(separator: " | ").trimmingSpaces
                if line.isEmpty || line.allSatisfy({ $0 == "|" || $0 == " " }) { continue }
                text.append(line, origin: origin)
            }
        }
    }

    /// A task table becomes a numbered heading plus field lines, the style of seed 002 that the
    /// parser reads: "1. <Nội dung>", "- Cơ quan chủ trì: …", "- Thời gian: …".
    private mutating func addTaskTable(_ table: DocxTable, columns: DocxTaskTable.Columns) {
        var counter = 0
        for (rowIndex, row) in table.rows.enumerated() {
            paragraph += 1
            guard rowIndex > columns.headerRow, !DocxTaskTable.isColumnNumberRow(row) else { continue }
            let value = { (index: Int) -> String in
                guard index < row.count else { return "" }
                return row[index].map { $0.text.trimmingSpaces }.filter { !$0.isEmpty }
                    .joined(separator: "; ")
            }
            let current = paragraph
            let origin = { (cell: Int) in
                LineOrigin(paragraph: current, tableRow: rowIndex + 1, tableCell: cell + 1)
            }
            let content = value(columns.content)
            let number = columns.number.map(value) ?? ""
            let fields = columns.fields.map { ($0.label, value($0.index), $0.index) }
                .filter { !$0.1.isEmpty }
            if fields.isEmpty {
                // A group row ("I | Nhiệm vụ chung") or a note spanning the table.
                let line = [number.isEmpty ? "" : number + ".", content]
                    .filter { !$0.isEmpty }.joined(separator: " ")
                if !line.isEmpty { text.append(line, origin: origin(columns.content)) }
                continue
            }
            if let n = Int(number) { counter = n } else { counter += 1 }
            let label = number.isEmpty || Int(number) != nil ? "\(counter)." : number + "."
            text.append("\(label) \(content)", origin: origin(columns.content))
            for (name, field, index) in fields {
                text.append("- \(name): \(field)", origin: origin(index))
            }
        }
    }
}

/// Recognises the task table of a plan by its header row.
enum DocxTaskTable {
    struct Columns {
        var headerRow: Int
        var number: Int?
        var content: Int
        var fields: [(label: String, index: Int)]
    }

    static func columns(of table: DocxTable) -> Columns? {
        for (rowIndex, row) in table.rows.prefix(2).enumerated() {
            if let columns = columns(header: row, at: rowIndex) { return columns }
        }
        return nil
    }

    private static func columns(header row: [[DocxParagraph]], at rowIndex: Int) -> Columns? {
        var number: Int?
        var content: Int?
        var fields: [(label: String, index: Int)] = []
        var known = 0
        for (index, cell) in row.enumerated() {
            let title = cell.map(\.text).joined(separator: " ").trimmingSpaces
            let key = VietnameseText.nfc(title).lowercased()
            if key == "stt" || key == "tt" || key == "số tt" {
                number = index
            } else if content == nil && (key.contains("nội dung") || key.contains("nhiệm vụ")) {
                content = index
            } else if let label = fieldLabel(key) {
                fields.append((label, index))
                known += 1
            } else if !title.isEmpty {
                fields.append((title, index))
            }
        }
        guard let content, known >= 2 else { return nil }
        return Columns(headerRow: rowIndex, number: number, content: content, fields: fields)
    }

    /// The labels the parser already knows from field lines (DOMAIN §3, style a).
    private static func fieldLabel(_ key: String) -> String? {
        if key.contains("chủ trì") { return "Cơ quan chủ trì" }
        if key.contains("phối hợp") { return "Cơ quan phối hợp" }
        if key.contains("thời gian") || key.contains("thời hạn") || key.contains("tiến độ") {
            return "Thời gian"
        }
        if key.contains("sản phẩm") || key.contains("kết quả") { return "Sản phẩm" }
        return nil
    }

    /// Rows like "(1) | (2) | (3)" under a header only number the columns.
    static func isColumnNumberRow(_ row: [[DocxParagraph]]) -> Bool {
        let cells = row.map { $0.map(\.text).joined().trimmingSpaces }.filter { !$0.isEmpty }
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                cell.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" }
            }
    }
}
