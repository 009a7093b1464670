import PlanCheckCore

/// A plain task (no field lines) can still name its lead and deadline in its prose: "Giao Sở Tư
/// pháp chủ trì, …", "Sở Nội vụ chủ trì, phối hợp …", "… hoàn thành trước ngày 25/5/2022". A
/// reviewer reads those as the task's lead and time, so the parser does too.
enum InlineTaskFields {
    static let rướcLower = Array("rước".utf8)
    static let rướcUpper = Array("RƯỚC".utf8)

    /// Longest agency list accepted before "chủ trì" (UTF-8 bytes): longer runs are prose.
    static let maxNameBytes = 220

    /// Lead agencies named in a sentence of `block` that starts with "Giao <agency>" or
    /// "<agency> chủ trì".
    static func lead(in block: TextBlock) -> [AgencyRef] {
        let text = block.text
        // Every " chủ trì" of the paragraph, found once for all its sentences.
        var chuTri: [Int] = []
        var from = 0
        while let at = ByteSearch.find(chuTriBytes, in: text, from: from) {
            chuTri.append(at)
            from = at + 1
        }
        // Without " chủ trì", only a "Giao …" sentence can name a lead: no "giao" in any case, no lead.
        if chuTri.isEmpty, !containsGiao(text) { return [] }
        // Sentence starts increase: one cursor finds the first " chủ trì" at or after each (a
        // search from the paragraph's start for each sentence was quadratic in a long paragraph).
        var next = 0
        for start in sentenceStarts(text) {
            if let agencies = giao(block, at: start), !agencies.isEmpty { return agencies }
            while next < chuTri.count, chuTri[next] < start { next += 1 }
            // The first " chủ trì" after the sentence start, close enough to follow a name.
            guard next < chuTri.count, case let at = chuTri[next], at > start,
                at + chuTriBytes.count <= start + maxNameBytes + 12
            else { continue }
            if let agencies = beforeChuTri(block, at: start, chuTri: at), !agencies.isEmpty {
                return agencies
            }
        }
        return []
    }

    /// The first deadline ("trước ngày …", "(trước ngày 25/5/2022)") written in the prose.
    static func deadline(in block: TextBlock) -> DateExpression? {
        // A deadline reads "trước ngày …": no "rước"/"RƯỚC", no deadline, no recogniser pass.
        guard
            ByteSearch.find(rướcLower, in: block.text) != nil
                || ByteSearch.find(rướcUpper, in: block.text) != nil
        else { return nil }
        return DateExpressions.all(in: block).first { $0.kind == .deadline }
    }

    /// UTF-8 offsets where sentences (or ";"-clauses) start.
    static func sentenceStarts(_ text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var out = [0]
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ";") {
                    var j = i + 1
                    while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                    if j > i + 1, j < bytes.count { out.append(j) }
                }
                i += 1
            }
            return out
        }
    }

    /// "Giao Sở X chủ trì, phối hợp …" / "Giao Sở X tham mưu …" / "(Giao Sở X …)": the agency runs
    /// to the first duty word, as in TỔ CHỨC THỰC HIỆN. "Giao" is the verb without tone marks, in
    /// any case; "Giáo viên …" is not it.
    private static func giao(_ block: TextBlock, at start: Int) -> [AgencyRef]? {
        var text = block.text
        guard let from = text.withUTF8({ giaoObject(in: $0, sentenceStart: start) }) else { return nil }
        let end = AssignmentRecognizer.agencyEnd(text, from: from)
        guard end > from, end - from <= maxNameBytes else { return nil }
        return AgencyList.split(block, from: from, to: end)
    }

    /// Where the words after "Giao" start when the sentence at `start` opens with it (after
    /// brackets, quotes or dashes), or nil.
    static func giaoObject(in b: UnsafeBufferPointer<UInt8>, sentenceStart start: Int) -> Int? {
        var i = start
        while i < b.count, b[i] < 0x80, !ScanText.isASCIIAlnum(b[i]) { i += 1 }
        // Typographic opening quotes “ ‘ (E2 80 9C / E2 80 98).
        if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x98 { i += 3 }
        guard isGiao(b, at: i), i + 4 < b.count, b[i + 4] < 0x80, !ScanText.isASCIIAlnum(b[i + 4]) else {
            return nil
        }
        var from = i + 4
        while from < b.count, b[from] < 0x80, !ScanText.isASCIIAlnum(b[from]) { from += 1 }
        return from < b.count ? from : nil
    }

    /// "giao" in any case at `i`.
    static func isGiao(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 4 <= b.count && b[i] | 0x20 == 0x67 && b[i + 1] | 0x20 == 0x69 && b[i + 2] | 0x20 == 0x61
            && b[i + 3] | 0x20 == 0x6F
    }

    static func containsGiao(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in (0..<b.count).contains { isGiao(b, at: $0) } }
    }

    static let chuTriBytes = Array(" chủ trì".utf8)

    /// "Sở Nội vụ chủ trì, …" at the start of a sentence (`at`: where " chủ trì" starts).
    private static func beforeChuTri(_ block: TextBlock, at start: Int, chuTri at: Int) -> [AgencyRef]? {
        let name = block.substring(utf8: start..<at)
        // "Chủ trì, phối hợp …" has no agency before it; "cơ quan được giao chủ trì" names none.
        guard let first = name.unicodeScalars.first, (LetterCase.of(first) == .upper),
            AgencyList.startsLikeAgency(name), ByteSearch.find(" được ", in: name) == nil,
            !ByteSearch.contains(0x2E, in: name)
        else { return nil }
        return AgencyList.split(block, from: start, to: at)
    }
}
