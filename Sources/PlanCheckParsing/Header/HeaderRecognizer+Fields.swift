import Foundation
import PlanCheckCore

/// Number, place and date, and the lines that tell where the header ends.
extension HeaderRecognizer {
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

    mutating func readNumber(from index: Int) -> Int {
        guard index < lines.count, let (cell, offset) = numberText(lines[index]) else { return index }
        var source = cell
        var start = offset
        var raw = Self.numberPart(String(scalars: cell.text.unicodeScalars.dropFirst(offset)))
        var last = index
        // "Số:" alone, the number on the next line (a column extracted one cell a line).
        if raw.isEmpty, let j = nextNonBlank(after: index, within: 1), let next = lines[j].cells.first,
            DocumentNumberParser.parse(Self.numberPart(next.text)).serial != nil
        {
            source = next
            start = 0
            raw = Self.numberPart(next.text)
            last = j
        }
        let parsed = DocumentNumberParser.parse(raw)
        header.number = DocumentNumber(
            raw: raw, normalized: parsed.normalized, isBlank: parsed.isBlank, typeCode: parsed.typeCode,
            issuerCode: parsed.issuerCode, defects: parsed.defects,
            span: source.span(scalarOffset: start, length: raw.unicodeScalars.count))
        return last + 1
    }

    /// The number itself: up to a comma, or to a place name written on the same row ("-KH/HU
    /// Triệu Sơn, ngày …": a word in title case after a space ends it, since codes are capitals
    /// or "TTg"-like and stray spaces inside a number stand next to "/" or "-").
    static func numberPart(_ text: String) -> String {
        var raw = text
        if let comma = raw.utf8.firstIndex(of: 0x2C) { raw = String(raw[..<comma]) }
        let words = raw.split(separator: " ", omittingEmptySubsequences: true)
        var kept: [Substring] = []
        for word in words {
            let scalars = Array(word.unicodeScalars)
            let titleCase =
                scalars.count >= 2 && scalars[0].properties.isUppercase && scalars[1].properties.isLowercase
                && !word.contains("/") && !word.contains("-")
            if titleCase && !kept.isEmpty { break }
            kept.append(word)
        }
        // Stray spaces ("516 /KH-UBND") stay as printed: the parser records them as defects.
        return kept.isEmpty ? "" : String(raw[kept.first!.startIndex..<kept.last!.endIndex]).trimmedSpaces
    }

    /// "Số: -KH/HU Triệu Sơn, ngày tháng năm 2022" (a header flattened onto one line): the place
    /// and date after the number, as a cell of their own.
    func placeAndDateAfterNumber(_ line: SourceLine) -> SourceLine? {
        guard let (cell, offset) = numberText(line) else { return nil }
        let rest = String(scalars: cell.text.unicodeScalars.dropFirst(offset))
        let number = Self.numberPart(rest)
        let after = rest.unicodeScalars.dropFirst(number.unicodeScalars.count)
        let lead = after.prefix { $0 == " " }.count
        let text = String(scalars: after.dropFirst(lead))
        guard hasDateWord(text) else { return nil }
        let column = offset + number.unicodeScalars.count + lead
        return SourceLine(cellOf: cell, text: text, column: cell.column + column)
    }

    func hasDateWord(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let key = looseKey(text)
        return ByteSearch.find(" ngay", in: key) != nil || key.hasPrefix("ngay ")
    }

    mutating func readDate(cell: SourceLine, index: Int) -> Int {
        var block = cell.block()
        var last = index
        // "Sóc Trăng, ngày the" / "" / "tháng 10 năm 2023" (seed 002): the date runs on.
        var j = index + 1
        while ByteSearch.find("nam ", in: looseKey(block.text)) == nil, j < lines.count, j <= index + 3 {
            let next = lines[j]
            if !next.isBlank && !next.isSeparator {
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
            var place = String(text[..<comma]).trimmedSpaces
            var span = block.span(utf8: 0..<place.utf8.count)
            // "Bình" / "Dương, ngày …": a place name broken over two lines by the extraction.
            if let previous = placeHead(before: index) {
                place = previous.text + " " + place
                span = previous.span.union(span)
            }
            if !place.isEmpty, !looseKey(place).hasPrefix("ngay") {
                header.place = Located(place, span: span)
            }
        }
        if let parsed = VietnameseDateParser.firstDate(in: text) {
            header.issueDate = DateField(
                raw: parsed.raw, date: parsed.date, problem: parsed.problem,
                leadingZeroIssues: parsed.leadingZeroIssues, wordTypos: parsed.wordTypos,
                span: block.span(utf8: parsed.range))
        } else if let ngay = text.range(of: "ngày", options: .caseInsensitive) {
            let from = text.utf8.distance(from: text.utf8.startIndex, to: ngay.lowerBound)
            let raw = String(text[ngay.lowerBound...])
            header.issueDate = DateField(
                raw: raw, date: nil, problem: .unreadable, leadingZeroIssues: [],
                span: block.span(utf8: from..<text.utf8.count))
        }
        return last + 1
    }

    /// A line of one or two title-case words right above the date line, that is no component.
    private func placeHead(before index: Int) -> SourceLine? {
        guard index > 0 else { return nil }
        let line = lines[index - 1]
        guard !line.isBlank, line.cells.count == 1, let cell = line.cells.first else { return nil }
        let words = cell.text.split(separator: " ")
        guard (1...2).contains(words.count), !cell.isUpperCase,
            words.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) })
        else { return nil }
        return cell
    }
}
