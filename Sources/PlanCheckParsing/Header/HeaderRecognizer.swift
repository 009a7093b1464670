import Foundation
import PlanCheckCore

/// Finds where the document proper starts and reads the components above the body: issuer, motto,
/// number, place and date, type name, title. Listing or web-page text before the issuer is chrome.
///
/// Real headers arrive in any order (DOMAIN.md §6): a two-column table flattened to "A | B |" rows,
/// "Số:" above the motto, the motto split over two lines, the number on the line after "Số:", the
/// type name lost in extraction. So the components are read wherever they stand in the header zone
/// (from the first anchor to the type name or the first line of the body), each once.
struct HeaderRecognizer {
    let lines: [SourceLine]
    var header = DocumentHeader()
    /// Index of the first line of the document proper.
    var start = 0
    /// Index of the first line after the title (where the opening starts).
    var end = 0
    /// Lines of the header zone that belong to no component.
    var unplaced: [Int] = []
    /// The header came as rows of a flattened table ("ỦY BAN NHÂN DÂN | CỘNG HÒA … |"): listing
    /// sites that render it so drop the type name and the title (DOMAIN.md §7).
    var flattened = false

    init(lines: [SourceLine]) { self.lines = lines }

    /// How far below its first anchor a header may run.
    static let zoneLines = 24

    mutating func parse() {
        let window = 0..<min(lines.count, 120)
        let mottoIndex = window.first { mottoStart(at: $0) != nil }
        let numberIndex = window.first { numberText(lines[$0]) != nil }
        // Without a motto or a number, a place-and-date line under an issuer in capitals still
        // makes a header (one that lacks both, which TT021 reports once).
        let dateIndex = mottoIndex == nil && numberIndex == nil ? issuedDateLine(in: window) : nil
        guard let anchor = [mottoIndex, numberIndex, dateIndex].compactMap({ $0 }).min() else {
            start = lines.firstIndex { !$0.isBlank } ?? 0
            end = start
            return
        }
        start = readIssuer(before: anchor, sameLineAsMotto: mottoIndex)
        flattened = lines[anchor].cells.count > 1
        var zoneUnplaced: [Int] = []
        var i = anchor
        let limit = min(lines.count, anchor + Self.zoneLines)
        while i < limit {
            let line = lines[i]
            if line.isBlank || line.isSeparator || isMottoRule(line) {
                i += 1
                continue
            }
            if isTypeNameLine(line) || startsBody(line) || isTitleLike(line) { break }
            if let next = readComponent(at: i) {
                i = next
            } else {
                zoneUnplaced.append(i)
                i += 1
            }
        }
        let typed = readTypeAndTitle(from: i)
        end = typed.end
        // Lines left over between the components and a type name belong to no part: shown, not
        // dropped. Without a type name they may be the body itself, so they are left alone.
        let placeLines = header.place.map { $0.span.line...$0.span.endLine }
        if typed.foundTypeName { unplaced = zoneUnplaced.filter { !(placeLines?.contains($0 + 1) ?? false) } }
    }

    /// "Cầu Kè, ngày 05 tháng 3 năm 2024" with an issuer in capitals above it.
    private func issuedDateLine(in window: Range<Int>) -> Int? {
        for i in window.prefix(40) where !lines[i].isBlank {
            guard let comma = lines[i].text.firstIndex(of: ","), hasDateWord(lines[i].text),
                LooseKey.make(String(lines[i].text[comma...]), maxScalars: 8).hasPrefix("ngay")
            else { continue }
            let above = (0..<i).reversed().first { !lines[$0].isBlank && !lines[$0].isSeparator }
            return above.map { lines[$0].isUpperCase } == true ? i : nil
        }
        return nil
    }

    /// Reads the component that starts at line `i`, if any, and returns the line after it.
    private mutating func readComponent(at i: Int) -> Int? {
        let line = lines[i]
        if header.motto == nil, let m = mottoStart(at: i) { return readMotto(from: m) }
        if header.number == nil, numberText(line) != nil {
            let next = readNumber(from: i)
            // The date may share the number's row ("Số: 61/KH-UBND | Lạng Sơn, ngày …").
            if header.issueDate == nil,
                let cell = line.cells.dropFirst().first(where: { hasDateWord($0.text) })
            {
                return max(next, readDate(cell: cell, index: i))
            }
            if header.issueDate == nil, let cell = placeAndDateAfterNumber(line) {
                return max(next, readDate(cell: cell, index: i))
            }
            return next
        }
        if header.issueDate == nil, let cell = line.cells.first(where: { hasDateWord($0.text) }) {
            return readDate(cell: cell, index: i)
        }
        if header.title == nil, isSummaryLine(line) { return readSummary(from: i) }
        if isDraftMark(line) { return i + 1 }
        if header.number == nil, header.issuer != nil, isIssuerContinuation(line) {
            appendToIssuer(line.cells[0])
            return i + 1
        }
        return nil
    }
}
