import Foundation
import PlanCheckCore

/// Finds where the document proper starts and reads the components above the body: issuer, motto,
/// number, place and date, type name, title. Listing or web-page text before the issuer is chrome.
struct HeaderRecognizer {
    let lines: [SourceLine]
    var header = DocumentHeader()
    /// Index of the first line of the document proper.
    var start = 0
    /// Index of the first line after the title (where the opening starts).
    var end = 0
    /// Lines of the header zone that belong to no component.
    var unplaced: [Int] = []

    init(lines: [SourceLine]) { self.lines = lines }

    mutating func parse() {
        let window = 0..<min(lines.count, 120)
        let mottoIndex = window.first { isMotto(lines[$0].text) }
        let numberIndex = window.first { numberText(lines[$0]) != nil }
        guard let anchor = [mottoIndex, numberIndex].compactMap({ $0 }).min() else {
            start = lines.firstIndex { !$0.isBlank } ?? 0
            end = start
            return
        }
        start = readIssuer(before: anchor, sameLineAsMotto: mottoIndex)
        var cursor = anchor
        if let m = mottoIndex, m <= anchor + 1 { cursor = readMotto(from: m) }
        cursor = max(cursor, readNumber(from: numberIndex ?? cursor))
        // The date may share the number's row ("Số: 61/KH-UBND | Lạng Sơn, ngày …").
        cursor = readPlaceAndDate(from: min(cursor, numberIndex ?? cursor))
        cursor = readTypeAndTitle(from: cursor)
        end = cursor
    }

    // MARK: issuer and motto

    func isMotto(_ text: String) -> Bool {
        // The motto row is short and holds NGHĨA, NAM, LẬP or PHÚC in some case (a misspelling
        // rarely hits them all): look for those bytes before building a key.
        guard text.utf8.count < 240,
            HeaderRecognizer.hasMottoLetter(text)
                || HeaderRecognizer.mottoWords.contains(where: {
                    ByteSearch.find($0, in: text) != nil
                })
        else { return false }
        let key = looseKey(text)
        return ByteSearch.find("xa hoi chu nghia viet nam", in: key) != nil
            || ByteSearch.find("doc lap tu do hanh phuc", in: key) != nil
    }

    static let mottoWords = ["NAM", "Nam", "LẬP", "lập", "Lập"].map { Array($0.utf8) }

    /// "Ĩ"/"ĩ" (C4 A8/A9) or "Ú"/"ú" (C3 9A/BA) somewhere in the text.
    static func hasMottoLetter(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count > 1 else { return false }
            for i in 0..<(b.count - 1) where b[i] &- 0xC3 < 2 {
                let next = b[i + 1]
                if b[i] == 0xC4 ? (next == 0xA8 || next == 0xA9) : (next == 0x9A || next == 0xBA) {
                    return true
                }
            }
            return false
        } ?? false
    }

    private mutating func readIssuer(before anchor: Int, sameLineAsMotto motto: Int?) -> Int {
        var collected: [SourceLine] = []
        if let motto, motto == anchor {
            // "ỦY BAN NHÂN DÂN | CỘNG HÒA …": the issuer is the first cell of the motto row, and
            // of the rows below it ("TỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc") in a Word table.
            var row = motto
            while row < lines.count, row <= motto + 4 {
                let cells = lines[row].cells
                if lines[row].isBlank || lines[row].isSeparator {
                    row += 1
                    continue
                }
                guard cells.count > 1, cells[0].isUpperCase, !isMotto(cells[0].text),
                    numberText(lines[row]) == nil
                else { break }
                collected.append(cells[0])
                row += 1
            }
        }
        var first = anchor
        var i = anchor - 1
        while i >= 0, collected.count < 5 {
            let line = lines[i]
            if line.isBlank || line.isSeparator {
                i -= 1
                continue
            }
            // A line of table pipes alone ("|") has no cell: it ends the issuer like any non-issuer line.
            guard let cell = line.cells.first, cell.isUpperCase, !isMotto(cell.text) else { break }
            collected.insert(cell, at: 0)
            first = i
            i -= 1
        }
        if !collected.isEmpty {
            let span = collected.dropFirst().reduce(collected[0].span) { $0.union($1.span) }
            header.issuer = IssuerBlock(lines: collected.map(\.text), span: span)
        }
        return collected.isEmpty ? anchor : first
    }

    static let mottoStarts = ["Độc lập", "ĐỘC LẬP", "độc lập"].map { Array($0.utf8) }

    private mutating func readMotto(from index: Int) -> Int {
        var national: Located<String>?
        var motto: Located<String>?
        var i = index
        while i < lines.count, i <= index + 3 {
            for cell in lines[i].cells where isMotto(cell.text) {
                let isNationalName = ByteSearch.find("xa hoi chu nghia", in: looseKey(cell.text)) != nil
                if isNationalName,
                    let at = HeaderRecognizer.mottoStarts.lazy.compactMap({
                        ByteSearch.find($0, in: cell.text)
                    }).first
                {
                    // Both parts on one line (seed 002): split where "Độc lập" starts.
                    let head = String(decoding: cell.text.utf8.prefix(at), as: UTF8.self).trimmedSpaces
                    let tail = String(decoding: cell.text.utf8.dropFirst(at), as: UTF8.self)
                    let offset = UTF8Scalars.count(cell.text, to: at)
                    national = Located(
                        head, span: cell.span(scalarOffset: 0, length: head.unicodeScalars.count))
                    motto = Located(
                        tail, span: cell.span(scalarOffset: offset, length: tail.unicodeScalars.count))
                } else if isNationalName {
                    national = Located(cell.text, span: cell.span)
                } else {
                    motto = Located(cell.text, span: cell.span)
                }
            }
            if motto != nil { break }
            i += 1
        }
        header.motto = MottoBlock(nationalName: national, motto: motto)
        return i + 1
    }

    // MARK: number, place and date

    /// The text after "Số:" when the line (or a cell of it) is the number line; never "Số hiệu".
    func numberText(_ line: SourceLine) -> (cell: SourceLine, offset: Int)? {
        // Cheap test first: the line starts with "S"/"s" or holds a table pipe.
        guard let first = line.text.utf8.first,
            first == 0x53 || first == 0x73 || ByteSearch.contains(0x7C, in: line.text)
        else { return nil }
        for cell in line.cells {
            // "Số" (S/s + ố = E1 BB 91), spaces, ":", spaces; all one byte a scalar but "ố".
            let b = cell.text.utf8
            guard b.starts(with: [0x53, 0xE1, 0xBB, 0x91]) || b.starts(with: [0x73, 0xE1, 0xBB, 0x91]) else {
                continue
            }
            let rest = b.dropFirst(4)
            let before = rest.prefix { $0 == 0x20 }.count
            guard rest.dropFirst(before).first == 0x3A else { continue }
            let after = rest.dropFirst(before + 1).prefix { $0 == 0x20 }.count
            return (cell, 2 + before + 1 + after)
        }
        return nil
    }

    private mutating func readNumber(from index: Int) -> Int {
        guard index < lines.count, let (cell, offset) = numberText(lines[index]) else { return index }
        let rawScalars = cell.text.unicodeScalars.dropFirst(offset)
        // A date cell may share the row; the number ends at the first space before a letter run.
        var raw = String(scalars: rawScalars)
        if let comma = raw.utf8.firstIndex(of: 0x2C) { raw = String(raw[..<comma]) }
        raw = raw.trimmedSpaces
        let parsed = DocumentNumberParser.parse(raw)
        header.number = DocumentNumber(
            raw: raw, normalized: parsed.normalized, isBlank: parsed.isBlank, typeCode: parsed.typeCode,
            issuerCode: parsed.issuerCode, defects: parsed.defects,
            span: cell.span(scalarOffset: offset, length: raw.unicodeScalars.count))
        return index + 1
    }

    private mutating func readPlaceAndDate(from index: Int) -> Int {
        var i = index
        while i < lines.count, i < index + 6 {
            // The date stands above the type name; a date below it belongs to a basis
            // ("Căn cứ Nghị định … ngày 07 tháng 9 năm 2015") and is not the date of issue.
            if isTypeNameLine(lines[i]) { break }
            if let cell = lines[i].cells.first(where: { hasDateWord($0.text) }) {
                return readDate(cell: cell, index: i)
            }
            i += 1
        }
        return index
    }

    private func isTypeNameLine(_ line: SourceLine) -> Bool {
        !line.isBlank && line.isUpperCase && DocumentTypeNames.code(forPrinted: line.text) != nil
    }

    private func hasDateWord(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let key = looseKey(text)
        return ByteSearch.find(" ngay", in: key) != nil || key.hasPrefix("ngay ")
    }

    private mutating func readDate(cell: SourceLine, index: Int) -> Int {
        var block = cell.block()
        var last = index
        // "Sóc Trăng, ngày the" / "" / "tháng 10 năm 2023" (seed 002): the date runs on.
        var j = index + 1
        while ByteSearch.find("nam ", in: looseKey(block.text)) == nil, j < lines.count, j <= index + 3 {
            let next = lines[j]
            if !next.isBlank {
                let key = looseKey(next.text)
                guard key.hasPrefix("thang") || key.hasPrefix("nam") || key.first?.isNumber == true else {
                    break
                }
                block.append(line: next.number, text: next.text, column: next.column)
                last = j
            }
            j += 1
        }
        let text = block.text
        if let comma = text.firstIndex(of: ",") {
            let place = String(text[..<comma]).trimmedSpaces
            if !place.isEmpty, !looseKey(place).hasPrefix("ngay") {
                header.place = Located(place, span: block.span(utf8: 0..<place.utf8.count))
            }
        }
        if let parsed = VietnameseDateParser.firstDate(in: text) {
            header.issueDate = DateField(
                raw: parsed.raw, date: parsed.date, problem: parsed.problem,
                leadingZeroIssues: parsed.leadingZeroIssues, span: block.span(utf8: parsed.range))
        } else if let ngay = text.range(of: "ngày", options: .caseInsensitive) {
            let from = text.utf8.distance(from: text.utf8.startIndex, to: ngay.lowerBound)
            let raw = String(text[ngay.lowerBound...])
            header.issueDate = DateField(
                raw: raw, date: nil, problem: .unreadable, leadingZeroIssues: [],
                span: block.span(utf8: from..<text.utf8.count))
        }
        return last + 1
    }

    // MARK: type name and title

    private mutating func readTypeAndTitle(from index: Int) -> Int {
        var i = index
        while i < lines.count, i < index + 6 {
            let line = lines[i]
            if isTypeNameLine(line), let code = DocumentTypeNames.code(forPrinted: line.text) {
                header.documentTypeName = Located(line.text, span: line.span)
                header.documentType = code.isEmpty ? nil : code
                return readTitle(from: i + 1)
            }
            if !line.isBlank, !line.isSeparator { unplaced.append(i) }
            i += 1
        }
        unplaced.removeAll()
        return index
    }

    private mutating func readTitle(from index: Int) -> Int {
        guard let first = (index..<lines.count).first(where: { !lines[$0].isBlank }) else { return index }
        // A basis ("Căn cứ …") right under the type name means the summary line is missing.
        if LooseKey.hasPrefix(lines[first].text, "can cu ") { return index }
        var block = lines[first].block()
        let upper = lines[first].isUpperCase
        var last = first
        var j = first + 1
        // Title lines run on while there is no blank line, or while an upper-case title goes on.
        while j < lines.count {
            let line = lines[j]
            if line.isBlank {
                if upper, j + 1 < lines.count, lines[j + 1].isUpperCase,
                    ListMarker.read(lines[j + 1].text) == nil
                {
                    j += 1
                    continue
                }
                break
            }
            if line.isSeparator { break }
            if upper != line.isUpperCase || ListMarker.read(line.text) != nil { break }
            block.append(line: line.number, text: line.text, column: line.column)
            last = j
            j += 1
        }
        header.title = Located(block.text, span: block.span)
        return last + 1
    }
}
