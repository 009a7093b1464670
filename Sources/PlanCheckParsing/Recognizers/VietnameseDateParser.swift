import PlanCheckCore

/// A date found in text, with what was wrong with it.
public struct ParsedDate: Sendable, Hashable {
    /// UTF-8 byte offsets in the searched text; includes the word "ngày" when printed.
    public var range: Range<Int>
    public var raw: String
    /// Nil when unreadable or impossible: a date is never guessed.
    public var date: CalendarDate?
    public var problem: DateProblem?
    /// NĐ 30/2020 leading-zero slips in the "ngày D tháng M năm Y" form ("ngày 5 → ngày 05").
    public var leadingZeroIssues: [String]
    /// A date word misspelt but readable ("nấm 2021" for "năm 2021"), as printed.
    public var wordTypos: [String]

    public init(
        range: Range<Int>, raw: String, date: CalendarDate?, problem: DateProblem?,
        leadingZeroIssues: [String], wordTypos: [String] = []
    ) {
        self.range = range
        self.raw = raw
        self.date = date
        self.problem = problem
        self.leadingZeroIssues = leadingZeroIssues
        self.wordTypos = wordTypos
    }
}

/// Reads Vietnamese dates: "ngày 07 tháng 9 năm 2015", "ngày 29/01/2024", "19/10/2016".
public enum VietnameseDateParser {
    public static func firstDate(in text: String) -> ParsedDate? {
        let t = ScanText(text)
        return scan(t, from: 0, stopAtFirst: true).first
    }

    public static func allDates(in text: String) -> [ParsedDate] {
        scan(ScanText(text), from: 0, stopAtFirst: false)
    }

    static func scan(_ t: ScanText, from: Int, stopAtFirst: Bool) -> [ParsedDate] {
        var out: [ParsedDate] = []
        var i = from
        while i < t.count {
            let b = t.lower[i]
            if b == 0x6E || (b >= 0x30 && b <= 0x39), let found = parse(at: i, in: t) {
                out.append(found)
                if stopAtFirst { break }
                i = found.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// A full date (or an unreadable/impossible one) starting exactly at `i`.
    static func parse(at i: Int, in t: ScanText) -> ParsedDate? {
        guard let s = DateScanner.scan(at: i, in: t), s.year != nil || s.unreadable else { return nil }
        return s.parsedDate(in: t)
    }
}

/// One slot of a date as printed: a number with its digit count, or unreadable text (OCR "the").
enum DateSlot: Equatable {
    case number(Int, digits: Int)
    case unreadable

    var value: Int? {
        if case .number(let v, _) = self { return v }
        return nil
    }
}

/// The shape of a date starting at a position; shared with `DateExpressionRecognizer`, which also
/// needs the year-less "ngày 30 tháng 11" that real deadlines use.
struct DateScanner {
    var range: Range<Int>
    var day: DateSlot
    var month: DateSlot
    var year: DateSlot?
    var wordForm: Bool
    /// The year word as misprinted ("nấm"), when it was not "năm".
    var yearWordTypo: String?

    var unreadable: Bool { day == .unreadable || month == .unreadable || year == .unreadable }

    static let ngay = "ngày".scanBytes
    static let thang = "tháng".scanBytes
    static let nam = "năm".scanBytes
    /// Slips seen in real dates for "năm": another tone on the same letters. Only these: "nam"
    /// (no tone) is also "Nam" of a name, so it is never read as the year word.
    static let namTypos = ["nấm", "nắm", "nằm", "nẵm", "nẳm", "nặm", "nầm", "nẫm"].map(\.scanBytes)

    static func scan(at i: Int, in t: ScanText) -> DateScanner? {
        if t.matches(ngay, at: i) {
            guard !t.isWordByte(before: i), !t.isWordByte(at: i + ngay.count) else { return nil }
            let j = t.skipGap(i + ngay.count)
            if var s = numeric(at: j, in: t, afterNgay: true) ?? wordForm(at: j, in: t) {
                s.range = i..<s.range.upperBound
                return s
            }
            return nil
        }
        guard t.isDigit(i), !t.isDigit(i - 1), t[i - 1] != 0x2F, !t.isWordByte(before: i) else { return nil }
        return numeric(at: i, in: t, afterNgay: false)
    }

    /// "29/01/2024"; "15/12" and "15-12-2023" only after "ngày", where nothing else can be meant.
    static func numeric(at i: Int, in t: ScanText, afterNgay: Bool) -> DateScanner? {
        guard let d = t.readNumber(at: i, maxDigits: 2) else { return nil }
        let sep = t[d.end]
        guard sep == 0x2F || (afterNgay && (sep == 0x2D || sep == 0x2E)) else { return nil }
        guard let m = t.readNumber(at: d.end + 1, maxDigits: 2) else { return nil }
        let day = DateSlot.number(d.value, digits: d.end - i)
        let month = DateSlot.number(m.value, digits: m.end - d.end - 1)
        if t[m.end] == sep, let y = t.readNumber(at: m.end + 1, maxDigits: 4), y.end - m.end - 1 == 4,
            t[y.end] != 0x2F
        {
            return DateScanner(
                range: i..<y.end, day: day, month: month, year: .number(y.value, digits: 4),
                wordForm: false)
        }
        guard afterNgay, !t.isDigit(m.end), t[m.end] != sep else { return nil }
        return DateScanner(range: i..<m.end, day: day, month: month, year: nil, wordForm: false)
    }

    /// "07 tháng 9 năm 2015", "the tháng 10 năm 2023", "30 tháng 11" (the year is optional here).
    static func wordForm(at i: Int, in t: ScanText) -> DateScanner? {
        guard let (day, dayEnd) = slot(at: i, in: t, maxDigits: 2, required: false) else { return nil }
        let th = t.skipGap(dayEnd)
        guard t.matches(thang, at: th), !t.isWordByte(at: th + thang.count) else { return nil }
        guard
            let (month, monthEnd) = slot(
                at: t.skipGap(th + thang.count), in: t, maxDigits: 2, required: false)
        else { return nil }
        var s = DateScanner(range: i..<monthEnd, day: day, month: month, year: nil, wordForm: true)
        let n = t.skipGap(monthEnd)
        let word = t.matches(nam, at: n) ? nam : namTypos.first { t.matches($0, at: n) }
        if let word, !t.isWordByte(at: n + word.count),
            let (year, yearEnd) = slot(at: t.skipGap(n + word.count), in: t, maxDigits: 4, required: true)
        {
            s.year = year
            s.range = i..<yearEnd
            if word != nam { s.yearWordTypo = t.string(n..<(n + word.count)) }
        }
        return s
    }

    /// A number, or one short non-numeric token read as unreadable. A year token must contain a
    /// digit ("2O23"), so "năm nay" or "năm tròn" is not mistaken for a broken year.
    static func slot(at i: Int, in t: ScanText, maxDigits: Int, required: Bool) -> (DateSlot, Int)? {
        var j = i
        var digits = 0
        while j < t.count, !t.isGap(j), j - i <= 8 {
            let b = t.raw[j]
            if b == 0x2C || b == 0x3B || b == 0x2E || b == 0x29 || b == 0x2F { break }
            if t.isDigit(j) { digits += 1 }
            j += 1
        }
        guard j > i, j - i <= 8 else { return nil }
        if digits == j - i {
            if digits > maxDigits || (required && digits != maxDigits) { return (.unreadable, j) }
            return (.number(Int(t.string(i..<j)) ?? 0, digits: digits), j)
        }
        if required && digits == 0 { return nil }
        return (.unreadable, j)
    }

    func parsedDate(in t: ScanText) -> ParsedDate {
        var date: CalendarDate?
        var problem: DateProblem?
        if unreadable {
            problem = .unreadable
        } else if let d = day.value, let m = month.value, let y = year?.value {
            let c = CalendarDate(year: y, month: m, day: d)
            if c.isValid { date = c } else { problem = .impossible }
        }
        return ParsedDate(
            range: range, raw: t.string(range), date: date, problem: problem,
            leadingZeroIssues: wordForm ? leadingZeroIssues() : [], wordTypos: yearWordTypo.map { [$0] } ?? []
        )
    }

    /// NĐ 30/2020, Phụ lục I: days below 10 and months 1–2 take a leading zero, months 3–12 none.
    func leadingZeroIssues() -> [String] {
        var issues: [String] = []
        if case .number(let d, let digits) = day, d < 10, digits == 1 {
            issues.append("ngày \(d) → ngày 0\(d)")
        }
        if case .number(let m, let digits) = month {
            if m <= 2 && digits == 1 { issues.append("tháng \(m) → tháng 0\(m)") }
            if m >= 3 && digits == 2 && m < 10 { issues.append("tháng 0\(m) → tháng \(m)") }
        }
        return issues
    }
}
