import PlanCheckCore

/// The issuing body and the Quốc hiệu, Tiêu ngữ: the two columns of the header's first rows.
extension HeaderRecognizer {
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

    /// Line `i` when the motto block starts there: it holds the national name or the motto, or it
    /// is the first part of a national name an extraction broke over two lines ("CỘNG" / "HÒA XÃ
    /// HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
    func mottoStart(at i: Int) -> Int? {
        if lines[i].cells.contains(where: { isMotto($0.text) }) { return i }
        return splitNationalName(at: i) != nil ? i : nil
    }

    /// The two cells of a national name split over line `i` and the next non-blank line.
    func splitNationalName(at i: Int) -> (SourceLine, SourceLine)? {
        let full = "cong hoa xa hoi chu nghia viet nam"
        guard let head = lines[i].cells.last, case let headKey = LooseKey.make(head.text, maxScalars: 40),
            headKey.hasPrefix("cong"), headKey.count < full.count, full.hasPrefix(headKey),
            let j = nextNonBlank(after: i, within: 2), let tail = lines[j].cells.first
        else { return nil }
        let joined = LooseKey.make(head.text + " " + tail.text, maxScalars: 60)
        return joined.hasPrefix("cong hoa xa hoi chu nghia viet nam") ? (head, tail) : nil
    }

    func nextNonBlank(after i: Int, within n: Int) -> Int? {
        var j = i + 1
        while j < lines.count, j <= i + n + 1 {
            if !lines[j].isBlank && !lines[j].isSeparator { return j }
            j += 1
        }
        return nil
    }

    mutating func readIssuer(before anchor: Int, sameLineAsMotto motto: Int?) -> Int {
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
                    splitNationalName(at: row) == nil, numberText(lines[row]) == nil
                else { break }
                collected.append(cells[0])
                row += 1
            }
        }
        var first = anchor
        var i = anchor - 1
        while i >= 0, collected.count < 5 {
            let line = lines[i]
            // Rules under the issuer ("-------") and pipe rows of a flattened table ("|") stand
            // between its lines and the national name; they hold no cell and are passed over.
            if line.isBlank || line.isSeparator || isMottoRule(line) {
                i -= 1
                continue
            }
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

    /// A second issuer line that an extraction put below the national name ("TỈNH LẠNG SƠN").
    func isIssuerContinuation(_ line: SourceLine) -> Bool {
        guard let cell = line.cells.first, cell.isUpperCase, cell.text.split(separator: " ").count <= 6 else {
            return false
        }
        let key = LooseKey.make(cell.text, maxScalars: 16)
        return ["tinh ", "huyen ", "xa ", "phuong ", "thanh pho ", "quan ", "thi xa ", "dac khu ", "so "]
            .contains { key.hasPrefix($0) }
    }

    mutating func appendToIssuer(_ cell: SourceLine) {
        guard var issuer = header.issuer else { return }
        issuer.lines.append(cell.text)
        issuer.span = issuer.span.union(cell.span)
        header.issuer = issuer
    }

    static let mottoStarts = ["Độc lập", "ĐỘC LẬP", "độc lập"].map { Array($0.utf8) }

    mutating func readMotto(from index: Int) -> Int {
        var national: Located<String>?
        var motto: Located<String>?
        var i = index
        // Where the block ends: after the line that closed it, or at the first line not looked at
        // when the window or the file ran out (a file that stops after its national name).
        var closedAt: Int?
        if let (head, tail) = splitNationalName(at: index) {
            national = Located(head.text + " " + tail.text, span: head.span.union(tail.span))
            i = tail.number  // the line after the tail (numbers are 1-based)
        }
        while i < lines.count, i <= index + 4 {
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
            if motto != nil {
                closedAt = i
                break
            }
            // A national name with no motto under it ends the block on its own line.
            if national != nil && !lines[i].isBlank && !lines[i].isSeparator
                && !lines[i].cells.contains(where: { isMotto($0.text) }) && i > index
            {
                closedAt = i - 1
                break
            }
            i += 1
        }
        header.motto = MottoBlock(nationalName: national, motto: motto)
        return closedAt.map { $0 + 1 } ?? min(i, lines.count)
    }

    /// "-------" and "---------------" under the issuer and the motto, or a pipe row.
    func isMottoRule(_ line: SourceLine) -> Bool {
        line.text.unicodeScalars.allSatisfy { "-–—_=*|".unicodeScalars.contains($0) || $0 == " " }
    }
}
