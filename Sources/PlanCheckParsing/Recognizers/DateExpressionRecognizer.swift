import PlanCheckCore

/// A time phrase of a task or duty, with UTF-8 byte offsets into the searched text.
public struct DateExpressionMatch: Sendable, Hashable {
    public var range: Range<Int>
    public var kind: DateExpressionKind
    public var raw: String
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// "yearly", "quarterly", "monthly", "every-N-months", "weekly".
    public var recurrence: String?
    /// "trước ngày 30 tháng 11": day and month without a year; the year is never guessed.
    public var missingYear: Bool
    public var day: Int?
    public var month: Int?

    public init(
        range: Range<Int>, kind: DateExpressionKind, raw: String, start: CalendarDate? = nil,
        end: CalendarDate? = nil, recurrence: String? = nil, missingYear: Bool = false,
        day: Int? = nil, month: Int? = nil
    ) {
        self.range = range
        self.kind = kind
        self.raw = raw
        self.start = start
        self.end = end
        self.recurrence = recurrence
        self.missingYear = missingYear
        self.day = day
        self.month = month
    }
}

/// Finds deadlines, intervals and recurrences (DOMAIN.md §3). Anchored on keyword bytes at word
/// starts; overlapping readings keep the longest ("ngày 12 tháng 10 năm 2023" hides its
/// "tháng 10 năm 2023" and "năm 2023").
public enum DateExpressionRecognizer {
    public static func find(in text: String) -> [DateExpressionMatch] {
        let t = ScanText(text)
        var found: [DateExpressionMatch] = []
        var i = 0
        let lower = t.lower
        while i < lower.count {
            let b = lower[i]
            let isAnchorByte =
                b == 0x74 || b == 0x6E || b == 0x71 || b == 0x67 || b == 0x68 || b == 0xC4 || b == 0x6B
                || (b >= 0x30 && b <= 0x39)
            if isAnchorByte, t.isWordStart(i), let m = DateExpressionReader.read(at: i, in: t) {
                found.append(m)
            }
            i += 1
        }
        return longestWithoutOverlap(found)
    }

    static func longestWithoutOverlap(_ found: [DateExpressionMatch]) -> [DateExpressionMatch] {
        let sorted = found.sorted {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
        }
        var out: [DateExpressionMatch] = []
        var covered = 0
        for m in sorted where m.range.lowerBound >= covered {
            out.append(m)
            covered = m.range.upperBound
        }
        return out
    }
}
