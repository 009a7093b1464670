import PlanCheckCore

/// Reads what follows a citation's number: date, "của" issuer and "về" title, in either order of
/// date and issuer (seed 000 prints "của Thủ tướng Chính phủ ngày 26 tháng 10 năm 2021").
enum CitationTailReader {
    static let cua = "của".scanBytes
    static let titleKeywords: [(word: [UInt8], keep: Bool)] = [
        ("về việc".scanBytes, false), ("về".scanBytes, false), ("hướng dẫn".scanBytes, true),
        ("phê duyệt".scanBytes, true),
    ]
    /// Words that end an issuer: the title starts, or the sentence goes on with a verb.
    static let issuerStops: [[UInt8]] = [
        "về", "hướng dẫn", "phê duyệt", "ban hành", "thực hiện", "tại", "theo", "đã", "và các",
    ].map(\.scanBytes)

    static func match(_ head: CitationRecognizer.Head, limit: Int, in t: ScanText) -> CitationMatch {
        let numberText = t.string(head.numberRange)
        let number = DocumentNumberParser.parse(numberText)
        var m = CitationMatch(
            range: head.typeRange.lowerBound..<head.numberRange.upperBound, type: head.type,
            typeText: t.string(head.typeRange), number: number, numberRange: head.numberRange,
            date: nil, issuer: nil, title: nil, defects: number.defects)
        if head.type == .congVan, t.string(head.typeRange).lowercased().hasPrefix("v"), number.typeCode != nil
        {
            m.type = .other  // "Văn bản số 12/KH-…" names a typed document, not a Công văn
        }
        if (head.typeRange.upperBound..<head.numberRange.lowerBound).contains(where: { t[$0] == 0x3A }) {
            m.defects.append(CitationDefect(kind: .colonAfterSo, detail: "số: \(numberText)"))
        }
        readTail(into: &m, from: head.numberRange.upperBound, limit: limit, in: t)
        addDefects(to: &m)
        return m
    }

    static func readTail(into m: inout CitationMatch, from: Int, limit: Int, in t: ScanText) {
        var pos = from
        for _ in 0..<3 {
            var q = t.skipGap(pos)
            let comma = t[q] == 0x2C
            if comma { q = t.skipGap(q + 1) }
            guard q < limit else { return }
            if m.date == nil, let d = VietnameseDateParser.parse(at: q, in: t), d.range.upperBound <= limit {
                m.date = d
                // Only straight after the number: "… của Thủ tướng, ngày …" has no number to part.
                // Party style writes the comma ("Chỉ thị số 12-CT/TW, ngày 05/01/2022"): not a slip.
                if comma && m.issuer == nil && m.title == nil && m.number?.isPartyForm != true {
                    m.defects.append(
                        CitationDefect(kind: .commaBeforeDate, detail: "\(m.number?.raw ?? ""), \(d.raw)"))
                }
                pos = d.range.upperBound
            } else if m.issuer == nil, t.matchesWord(cua, at: q),
                let r = issuerRange(from: q + cua.count, limit: limit, in: t)
            {
                m.issuer = t.string(r)
                pos = r.upperBound
            } else if let r = titleRange(at: q, limit: limit, in: t) {
                m.title = t.string(r)
                pos = r.upperBound
                m.range = m.range.lowerBound..<pos
                return
            } else {
                return
            }
            m.range = m.range.lowerBound..<pos
        }
        if let r = titleRange(at: t.skipGap(pos), limit: limit, in: t) {
            m.title = t.string(r)
            m.range = m.range.lowerBound..<r.upperBound
        }
    }

    /// The issuer after "của"; nil when no stop comes within a plausible length (never guess).
    static func issuerRange(from start: Int, limit: Int, in t: ScanText) -> Range<Int>? {
        let s = t.skipGap(start)
        var j = s
        let end = min(limit, s + 180)
        while j < end {
            let b = t.raw[j]
            if isClauseStop(b) || (b == 0x2E && !t.isWordByte(at: j + 1)) { break }
            if !t.isWordByte(before: j), t.isWordByte(at: j), startsIssuerStop(at: j, in: t) { break }
            j += 1
        }
        guard j < end || j == limit else { return nil }
        let r = t.trimmed(s..<j)
        return r.isEmpty ? nil : r
    }

    static func startsIssuerStop(at j: Int, in t: ScanText) -> Bool {
        if issuerStops.contains(where: { t.matchesWord($0, at: j) }) { return true }
        return t.lower[j] == 0x6E && VietnameseDateParser.parse(at: j, in: t) != nil
    }

    static func isClauseStop(_ b: UInt8) -> Bool {
        b == 0x3B || b == 0x2C || b == 0x28 || b == 0x29 || b == 0x3A || b == 0x2A || b == 0x22
    }

    /// The subject after "về"/"về việc" (or starting with "hướng dẫn"/"phê duyệt") to the end of
    /// the clause.
    static func titleRange(at q: Int, limit: Int, in t: ScanText) -> Range<Int>? {
        guard let kw = titleKeywords.first(where: { t.matchesWord($0.word, at: q) }) else { return nil }
        let s = kw.keep ? q : t.skipGap(q + kw.word.count)
        var j = s
        while j < limit {
            let b = t.raw[j]
            if b == 0x3B || b == 0x2A { break }
            if b == 0x2E, j + 1 >= t.count || t.isGap(j + 1) || t[j + 1] == 0x2F { break }
            if b == 0x2C, endsClauseAtComma(j, in: t) { break }
            j += 1
        }
        let r = trimTitleEnd(t.trimmed(s..<j), in: t)
        return r.isEmpty ? nil : r
    }

    static let va = "và".scanBytes

    /// Drops a dangling "," or "và" left where the next citation was cut off ("… mới và Kế hoạch …").
    static func trimTitleEnd(_ range: Range<Int>, in t: ScanText) -> Range<Int> {
        var r = range
        while !r.isEmpty {
            let last = t.raw[r.upperBound - 1]
            if last == 0x2C || last == 0x3A {
                r = t.trimmed(r.lowerBound..<(r.upperBound - 1))
            } else if r.count > va.count, t.matchesWord(va, at: r.upperBound - va.count) {
                r = t.trimmed(r.lowerBound..<(r.upperBound - va.count))
            } else {
                break
            }
        }
        return r
    }

    /// ", Ủy ban nhân dân tỉnh ban hành …" starts the main clause; ", HIỆU QUẢ …" in an upper-case
    /// title does not.
    static func endsClauseAtComma(_ j: Int, in t: ScanText) -> Bool {
        let k = t.skipGap(j + 1)
        guard DocumentNumberLocator.isUpper(k, in: t) else { return false }
        let w1End = wordEnd(k, in: t)
        let w2Start = t.skipGap(w1End)
        return hasLowercase(k..<w1End, in: t) || hasLowercase(w2Start..<wordEnd(w2Start, in: t), in: t)
    }

    static func wordEnd(_ i: Int, in t: ScanText) -> Int {
        var j = i
        while j < t.count, t.isWordByte(at: j) { j += 1 }
        return j
    }

    static func hasLowercase(_ r: Range<Int>, in t: ScanText) -> Bool {
        for j in r where t.raw[j] == t.lower[j] {
            let b = t.raw[j]
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x80 && b & 0xC0 == 0x80 && j + 1 == r.upperBound) {
                return true
            }
            if b >= 0x80, b & 0xC0 == 0x80, j + 1 < r.upperBound, t.raw[j + 1] & 0xC0 != 0x80 { return true }
        }
        return false
    }

    static func addDefects(to m: inout CitationMatch) {
        if let n = m.number, m.type.isLegalNormative, n.year == nil, !n.isPartyForm, !n.isBlank {
            m.defects.append(CitationDefect(kind: .missingYear, detail: "\(n.raw): no year"))
        }
        if let d = m.date, let problem = d.problem {
            m.defects.append(CitationDefect(kind: .invalidDate, detail: "\(d.raw): \(problem.rawValue)"))
        }
        for typo in m.date?.wordTypos ?? [] {
            m.defects.append(CitationDefect(kind: .dateWordMisspelled, detail: "\(typo) → năm"))
        }
    }
}
