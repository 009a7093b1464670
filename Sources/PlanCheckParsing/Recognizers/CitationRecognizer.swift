import PlanCheckCore

/// One mention of another document: type word, number, and what follows it.
public struct CitationMatch: Sendable, Hashable {
    /// UTF-8 byte offsets from the type word to the end of the last part read.
    public var range: Range<Int>
    public var type: CitationType
    /// The type word as printed ("Quyết định", "KẾ HOẠCH").
    public var typeText: String
    public var number: ParsedNumber?
    public var numberRange: Range<Int>?
    public var date: ParsedDate?
    public var issuer: String?
    public var title: String?
    public var defects: [CitationDefect]

    public init(
        range: Range<Int>, type: CitationType, typeText: String, number: ParsedNumber?,
        numberRange: Range<Int>?, date: ParsedDate?, issuer: String?, title: String?,
        defects: [CitationDefect]
    ) {
        self.range = range
        self.type = type
        self.typeText = typeText
        self.number = number
        self.numberRange = numberRange
        self.date = date
        self.issuer = issuer
        self.title = title
        self.defects = defects
    }
}

/// Finds "<Type> [số] <number> [,] [ngày <date>] [của <issuer>] [về … <title>]".
/// Anchored on the number, because a type word without a number ("Kế hoạch này", "Luật Biên
/// phòng Việt Nam") names no particular document.
public enum CitationRecognizer {
    /// Lower-case type words, longest first so "thông tư liên tịch" wins over "thông tư".
    static let typeWords: [(word: [UInt8], type: CitationType)] = typeNames.map { ($0.0.scanBytes, $0.1) }
    private static let typeNames: [(String, CitationType)] = [
        ("thông tư liên tịch", .thongTu), ("bộ luật", .luat), ("luật", .luat),
        ("nghị định", .nghiDinh), ("thông tư", .thongTu), ("quyết định", .quyetDinh),
        ("chỉ thị", .chiThi), ("kết luận", .ketLuan), ("nghị quyết", .nghiQuyet),
        ("kế hoạch", .keHoach), ("công văn", .congVan), ("văn bản", .congVan),
        ("hướng dẫn", .huongDan), ("chương trình", .chuongTrinh), ("thông báo", .thongBao),
        ("đề án", .deAn), ("quy chế", .quyChe), ("quy định", .other),
        // A basis also names the submissions a decision answers ("Theo đề nghị … tại Tờ trình số
        // 72/TTr-STTTT"), and those too must not be dated after the decision.
        ("tờ trình", .toTrinh), ("báo cáo thẩm định", .baoCao), ("báo cáo", .baoCao),
        ("kế hoạch hành động", .keHoach), ("chương trình hành động", .chuongTrinh), ("phương án", .other),
    ]

    struct Head {
        var typeRange: Range<Int>
        var type: CitationType
        var numberRange: Range<Int>
    }

    public static func find(in text: String) -> [CitationMatch] {
        guard mayHoldNumber(text) else { return [] }
        let t = ScanText(text)
        let heads = findHeads(in: t)
        var out: [CitationMatch] = []
        out.reserveCapacity(heads.count)
        for (k, head) in heads.enumerated() {
            let limit = k + 1 < heads.count ? heads[k + 1].typeRange.lowerBound : t.count
            out.append(CitationTailReader.match(head, limit: limit, in: t))
        }
        return out
    }

    /// False only when no "/" or "-" in `text` can anchor a document number (see
    /// `DocumentNumberLocator.number(at:in:)`): a serial's digit (or "số") before it, and an
    /// upper-case letter (or, after "/", a four-digit year and "/") after it. Dates ("31/12/2024")
    /// fail it, so their paragraphs are not folded and scanned.
    static func mayHoldNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var from = 0
            while from < b.count {
                guard let i = (from..<b.count).first(where: { b[$0] == 0x2F || b[$0] == 0x2D }) else {
                    return false
                }
                from = i + 1
                let digitBefore = isDigit(b, i - 1) || (i >= 2 && b[i - 1] == 0x20 && isDigit(b, i - 2))
                guard digitBefore || (b[i] == 0x2F && soBefore(b, i)) else { continue }
                let q = i + 1 < b.count && b[i + 1] == 0x20 ? i + 2 : i + 1
                guard q < b.count else { continue }
                if (b[q] >= 0x41 && b[q] <= 0x5A) || b[q] >= 0xC0 { return true }
                if b[i] == 0x2F, q + 4 < b.count, (q..<(q + 4)).allSatisfy({ isDigit(b, $0) }),
                    b[q + 4] == 0x2F
                {
                    return true
                }
            }
            return false
        }
    }

    /// "số /KH-UBND", "Số:   /KH-UBND": after the gaps and an optional ":" before `i` (as
    /// `ScanText.skipGapBack` reads them) stands "ố" or "Ố" (E1 BB 91 / E1 BB 90).
    private static func soBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i
        while j > 0 {
            let c = b[j - 1]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2A {
                j -= 1
            } else if j >= 2, b[j - 2] == 0xC2, c == 0xA0 {
                j -= 2
            } else {
                break
            }
        }
        if j > 0, b[j - 1] == 0x3A { j -= 1 }
        return j >= 3 && b[j - 3] == 0xE1 && b[j - 2] == 0xBB && (b[j - 1] == 0x91 || b[j - 1] == 0x90)
    }

    private static func isDigit(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 0 && i < b.count && b[i] &- 0x30 < 10
    }

    static func findHeads(in t: ScanText) -> [Head] {
        var heads: [Head] = []
        var i = 0
        let raw = t.raw
        while i < raw.count {
            let b = raw[i]
            guard b == 0x2F || b == 0x2D, let number = DocumentNumberLocator.number(at: i, in: t) else {
                i += 1
                continue
            }
            if let (typeRange, type) = typeWord(before: number.lowerBound, in: t) {
                heads.append(Head(typeRange: typeRange, type: type, numberRange: number))
            }
            i = max(i + 1, number.upperBound)
        }
        return heads
    }

    /// The type word right before the number, over an optional "số" / "số:".
    static func typeWord(before start: Int, in t: ScanText) -> (Range<Int>, CitationType)? {
        var p = t.skipGapBack(start)
        if t[p - 1] == 0x3A { p = t.skipGapBack(p - 1) }
        let so = DocumentNumberLocator.so
        if t.matches(so, at: p - so.count), !t.isWordByte(before: p - so.count) {
            p = t.skipGapBack(p - so.count)
        }
        for (word, type) in typeWords {
            let s = p - word.count
            if t.matches(word, at: s), !t.isWordByte(before: s) { return (s..<p, type) }
        }
        return nil
    }
}
