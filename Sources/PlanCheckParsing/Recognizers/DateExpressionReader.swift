import PlanCheckCore

/// Reads one date expression starting at a word start; nil when none starts there.
enum DateExpressionReader {
    static let truoc = "trước".scanBytes
    static let trong = "trong".scanBytes
    static let thang = "tháng".scanBytes
    static let nam = "năm".scanBytes
    static let quy = "quý".scanBytes
    static let giaiDoan = "giai đoạn".scanBytes
    static let thuongXuyen = "thường xuyên".scanBytes
    static let lienTuc = "liên tục".scanBytes
    static let dinhKy = "định kỳ".scanBytes
    static let keTuNgayKy = "kể từ ngày ký".scanBytes
    static let hang: [[UInt8]] = ["hằng".scanBytes, "hàng".scanBytes]
    static let periods: [([UInt8], String)] = [
        ("năm".scanBytes, "yearly"), ("quý".scanBytes, "quarterly"), ("tháng".scanBytes, "monthly"),
        ("tuần".scanBytes, "weekly"),
    ]

    static func read(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        switch t.lower[i] {
        case 0x74:
            // "trước"/"trong" or "tháng"/"thường": the second byte picks the readers worth trying.
            let second = i + 1 < t.count ? t.lower[i + 1] : 0
            if second == 0x72 { return deadline(at: i, in: t) ?? year(at: i, in: t) }
            if second == 0x68 { return month(at: i, in: t) ?? standing(at: i, in: t) }
            return nil
        case 0x6E: return absolute(at: i, in: t) ?? year(at: i, in: t)
        case 0x71: return quarter(at: i, in: t)
        case 0x67: return period(at: i, in: t)
        case 0x68: return recurring(at: i, in: t)
        case 0xC4: return everyNMonths(at: i, in: t)
        case 0x6B:
            guard t.matchesWord(keTuNgayKy, at: i) else { return nil }
            return make(i..<(i + keTuNgayKy.count), .fromSigning, t)
        default: return absolute(at: i, in: t)
        }
    }

    static func make(_ r: Range<Int>, _ kind: DateExpressionKind, _ t: ScanText) -> DateExpressionMatch {
        DateExpressionMatch(range: r, kind: kind, raw: t.string(r))
    }

    /// The keyword as a whole word, then the position after the gap that follows it.
    static func after(_ kw: [UInt8], at i: Int, in t: ScanText) -> Int? {
        t.matchesWord(kw, at: i) ? t.skipGap(i + kw.count) : nil
    }

    /// Exactly four digits not followed by another digit.
    static func fourDigitYear(at i: Int, in t: ScanText) -> (Int, Int)? {
        guard let y = t.readNumber(at: i, maxDigits: 4), y.end - i == 4 else { return nil }
        return (y.value, y.end)
    }

    /// " năm 2023" or "/2023" after a month or quarter.
    static func yearSuffix(at i: Int, in t: ScanText) -> (Int, Int)? {
        if t[i] == 0x2F { return fourDigitYear(at: i + 1, in: t) }
        guard let y = after(nam, at: t.skipGap(i), in: t) else { return nil }
        return fourDigitYear(at: y, in: t)
    }

    static func deadline(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let n = after(truoc, at: i, in: t), let s = DateScanner.scan(at: n, in: t), t.lower[n] == 0x6E
        else { return nil }
        var m = make(i..<s.range.upperBound, .deadline, t)
        if s.year == nil, let d = s.day.value, let mo = s.month.value {
            m.missingYear = true
            m.day = d
            m.month = mo
        } else {
            m.end = s.parsedDate(in: t).date
        }
        return m
    }

    static func absolute(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let s = DateScanner.scan(at: i, in: t), s.year != nil else { return nil }
        var m = make(s.range, .absolute, t)
        m.start = s.parsedDate(in: t).date
        m.end = m.start
        return m
    }

    static func year(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        var n = i
        if let afterTrong = after(trong, at: i, in: t) { n = afterTrong }
        guard let y0 = after(nam, at: n, in: t), let (y, end) = fourDigitYear(at: y0, in: t) else {
            return nil
        }
        var m = make(i..<end, .year, t)
        m.start = CalendarDate(year: y, month: 1, day: 1)
        m.end = CalendarDate(year: y, month: 12, day: 31)
        return m
    }

    static func month(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let n = after(thang, at: i, in: t), let mo = t.readNumber(at: n, maxDigits: 2),
            (1...12).contains(mo.value), let (y, end) = yearSuffix(at: mo.end, in: t)
        else { return nil }
        var m = make(i..<end, .month, t)
        m.start = CalendarDate(year: y, month: mo.value, day: 1)
        m.end = CalendarDate.endOf(month: mo.value, year: y)
        return m
    }

    static func quarter(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let n = after(quy, at: i, in: t), let (q, qEnd) = quarterNumber(at: n, in: t),
            let (y, end) = yearSuffix(at: qEnd, in: t)
        else { return nil }
        var m = make(i..<end, .quarter, t)
        m.start = CalendarDate(year: y, month: q * 3 - 2, day: 1)
        m.end = CalendarDate.endOf(month: q * 3, year: y)
        return m
    }

    static func quarterNumber(at i: Int, in t: ScanText) -> (Int, Int)? {
        for (text, q) in [("iv", 4), ("iii", 3), ("ii", 2), ("i", 1), ("1", 1), ("2", 2), ("3", 3), ("4", 4)]
        {
            let kw = text.scanBytes
            if t.matches(kw, at: i), !t.isWordByte(at: i + kw.count) { return (q, i + kw.count) }
        }
        return nil
    }

    /// "giai đoạn 2023 - 2028", "2021-2025", and "2021 2030" where extraction lost the dash.
    static func period(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let n = after(giaiDoan, at: i, in: t), let (y1, e1) = fourDigitYear(at: n, in: t) else {
            return nil
        }
        var j = t.skipGap(e1)
        if t[j] == 0x2D {
            j = t.skipGap(j + 1)
        } else if t[j] == 0xE2, t[j + 1] == 0x80, t[j + 2] == 0x93 || t[j + 2] == 0x94 {
            j = t.skipGap(j + 3)
        }
        guard let (y2, e2) = fourDigitYear(at: j, in: t), y2 > y1, y2 - y1 <= 50 else { return nil }
        var m = make(i..<e2, .period, t)
        m.start = CalendarDate(year: y1, month: 1, day: 1)
        m.end = CalendarDate(year: y2, month: 12, day: 31)
        return m
    }

    static func recurring(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let h = hang.first(where: { t.matchesWord($0, at: i) }) else { return nil }
        let n = t.skipGap(i + h.count)
        guard let (word, name) = periods.first(where: { t.matchesWord($0.0, at: n) }) else { return nil }
        var m = make(i..<(n + word.count), .recurring, t)
        m.recurrence = name
        return m
    }

    static func everyNMonths(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard let n = after(dinhKy, at: i, in: t), let k = t.readNumber(at: n, maxDigits: 2),
            let e = after(thang, at: t.skipGap(k.end), in: t)
        else { return nil }
        _ = e
        let end = t.skipGap(k.end) + thang.count
        var m = make(i..<end, .recurring, t)
        m.recurrence = "every-\(k.value)-months"
        return m
    }

    /// "thường xuyên", extended over ", liên tục" when it follows.
    static func standing(at i: Int, in t: ScanText) -> DateExpressionMatch? {
        guard t.matchesWord(thuongXuyen, at: i) else { return nil }
        var end = i + thuongXuyen.count
        var j = t.skipGap(end)
        if t[j] == 0x2C { j = t.skipGap(j + 1) }
        if t.matchesWord(lienTuc, at: j) { end = j + lienTuc.count }
        return make(i..<end, .standing, t)
    }
}
