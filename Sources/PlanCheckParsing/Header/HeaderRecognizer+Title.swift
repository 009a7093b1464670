import PlanCheckCore

/// The type name and the summary (trích yếu), and the lines that end the header zone.
extension HeaderRecognizer {
    func isTypeNameLine(_ line: SourceLine) -> Bool { typeName(of: line) != nil }

    /// The type name a line starts with: the whole line ("KẾ HOẠCH", or "KẾ HOẠCH HÀNH ĐỘNG" with a
    /// short qualifier), or its head when the summary follows on the same line ("CHƯƠNG TRÌNH TRIỂN
    /// KHAI THỰC HIỆN KẾ HOẠCH SỐ 164-KH/TU …", as a listing prints it).
    func typeName(of line: SourceLine) -> (name: String, code: String, rest: String)? {
        guard !line.isBlank, line.isUpperCase else { return nil }
        if let code = DocumentTypeNames.code(forPrinted: line.text) { return (line.text, code, "") }
        for (name, code) in DocumentTypeNames.codes where line.text.hasPrefix(name + " ") {
            let rest = String(line.text.dropFirst(name.count + 1)).trimmedSpaces
            // "KẾ HOẠCH HÀNH ĐỘNG": the type is KẾ HOẠCH; the qualifier names no other type.
            let words = rest.split(separator: " ").count
            return (name, code, words <= 2 ? "" : rest)
        }
        return nil
    }

    /// The first line of the body: a basis, a Công văn's addressee, a list item, or prose.
    func startsBody(_ line: SourceLine) -> Bool {
        let key = LooseKey.make(line.text, maxScalars: 14)
        if ["can cu", "thuc hien", "kinh gui", "theo de nghi", "quyet dinh", "nhan duoc"].contains(where: {
            key.hasPrefix($0)
        }) {
            return !line.isUpperCase || key.hasPrefix("quyet dinh")
        }
        if ListMarker.read(line.text) != nil && !line.isUpperCase { return true }
        // A long line of ordinary prose is the body, whatever precedes it.
        return !line.isUpperCase && line.text.unicodeScalars.count > 160
    }

    /// A summary in capitals standing where the type name should be: the type name was lost in
    /// extraction ("KẾ HOẠCH" dropped, "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH HÀ TĨNH NĂM 2018" kept).
    func isTitleLike(_ line: SourceLine) -> Bool {
        guard line.cells.count == 1, line.isUpperCase, header.number != nil || header.issueDate != nil,
            line.text.split(separator: " ").count >= 4, !isMotto(line.text), !isAuthorityLine(line)
        else { return false }
        return numberText(line) == nil && !hasDateWord(line.text)
    }

    /// The authority line that opens a decision's preamble ("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
    /// "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "BỘ TRƯỞNG BỘ …"): it ends the summary above it.
    func isAuthorityLine(_ line: SourceLine) -> Bool {
        guard line.isUpperCase else { return false }
        let key = LooseKey.make(line.text, maxScalars: 24)
        return [
            "uy ban nhan dan ", "chu tich ", "bo truong ", "giam doc ", "hoi dong nhan dan ",
            "ban thuong vu ",
        ]
        .contains { key.hasPrefix($0) }
    }

    /// "DỰ THẢO" (a draft: blank number and date by design) or a page mark in the header.
    func isDraftMark(_ line: SourceLine) -> Bool {
        let key = LooseKey.make(line.text, maxScalars: 12)
        return key == "du thao" || key.hasPrefix("du thao ")
    }

    /// "V/v …": a Công văn's summary, under its number.
    func isSummaryLine(_ line: SourceLine) -> Bool {
        LooseKey.make(line.text, maxScalars: 5).hasPrefix("v v ")
    }

    mutating func readSummary(from index: Int) -> Int {
        var block = lines[index].block()
        var last = index
        var j = index + 1
        while j < lines.count, !lines[j].isBlank, !lines[j].isSeparator, j <= index + 3 {
            let line = lines[j]
            if hasDateWord(line.text) || startsBody(line) || numberText(line) != nil || isMotto(line.text) {
                break
            }
            block.append(line: line.number, text: line.text, column: line.column)
            last = j
            j += 1
        }
        header.title = Located(block.text, span: block.span)
        return last + 1
    }

    /// From the line that ended the header zone: the type name and the summary under it, or a
    /// summary without its type name. Returns the line after the title and whether a type name
    /// was printed.
    mutating func readTypeAndTitle(from index: Int) -> (end: Int, foundTypeName: Bool) {
        guard index < lines.count else { return (index, false) }
        let line = lines[index]
        if let type = typeName(of: line) {
            header.documentTypeName = Located(
                type.name, span: line.span(scalarOffset: 0, length: type.name.unicodeScalars.count))
            header.documentType = type.code.isEmpty ? nil : type.code
            if !type.rest.isEmpty {
                let offset = line.text.unicodeScalars.count - type.rest.unicodeScalars.count
                return (
                    readTitle(
                        from: index,
                        firstCell: SourceLine(cellOf: line, text: type.rest, column: line.column + offset)),
                    true
                )
            }
            return (header.title == nil ? readTitle(from: index + 1) : index + 1, true)
        }
        if header.title == nil && isTitleLike(line) { return (readTitle(from: index), false) }
        return (index, false)
    }

    mutating func readTitle(from index: Int, firstCell: SourceLine? = nil) -> Int {
        guard
            let first = firstCell.map({ $0.number - 1 })
                ?? (index..<lines.count).first(where: { !lines[$0].isBlank })
        else { return index }
        // A basis ("Căn cứ …") right under the type name means the summary line is missing.
        if firstCell == nil && LooseKey.hasPrefix(lines[first].text, "can cu ") { return index }
        let head = firstCell ?? lines[first]
        var block = head.block()
        let upper = head.isUpperCase
        var last = first
        var j = first + 1
        // Title lines run on while there is no blank line, or while an upper-case title goes on.
        while j < lines.count {
            let line = lines[j]
            if line.isBlank {
                if upper, j + 1 < lines.count, lines[j + 1].isUpperCase,
                    ListMarker.read(lines[j + 1].text) == nil, !isAuthorityLine(lines[j + 1])
                {
                    j += 1
                    continue
                }
                break
            }
            if isAuthorityLine(line) {
                header.preambleAuthority = Located(line.text, span: line.span)
                break
            }
            // Word puts the first basis right under the summary, with no empty paragraph between
            // ("Công tác thông tin đối ngoại năm 2024" / "Căn cứ Nghị định …"): it is the body.
            if line.isSeparator || ["Căn cứ ", "Thực hiện ", "Kính gửi"].contains(where: line.text.hasPrefix)
            {
                break
            }
            if upper != line.isUpperCase || ListMarker.read(line.text) != nil { break }
            block.append(line: line.number, text: line.text, column: line.column)
            last = j
            j += 1
        }
        header.title = Located(block.text, span: block.span)
        return last + 1
    }
}
