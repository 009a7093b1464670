public enum DateExpressionKind: String, Sendable, Hashable, Codable {
    /// "ngày 15/12/2023".
    case absolute
    /// "trước ngày 30 tháng 11", "(trước ngày 25/5/2022)".
    case deadline
    /// "tháng 11 năm 2023".
    case month
    /// "Quý IV năm 2023".
    case quarter
    /// "Trong năm 2023", "năm 2024".
    case year
    /// "giai đoạn 2023 - 2028".
    case period
    /// "hằng năm", "hàng quý", "hàng tháng", "định kỳ 6 tháng".
    case recurring
    /// "thường xuyên", "thường xuyên, liên tục".
    case standing
    /// "kể từ ngày ký".
    case fromSigning = "from-signing"
}

/// A time phrase of a task or duty, as an interval or a recurrence, with its raw text.
public struct DateExpression: Sendable, Hashable, Codable {
    public var kind: DateExpressionKind
    public var raw: String
    public var span: SourceSpan
    /// The interval the phrase covers; a deadline has only `end`.
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// "yearly", "quarterly", "monthly", "every-N-months", "weekly".
    public var recurrence: String?
    /// A day and month were written without a year ("trước ngày 30 tháng 11").
    public var missingYear: Bool
    /// Day and month as written when the year is missing.
    public var day: Int?
    public var month: Int?

    public init(
        kind: DateExpressionKind, raw: String, span: SourceSpan, start: CalendarDate? = nil,
        end: CalendarDate? = nil, recurrence: String? = nil, missingYear: Bool = false,
        day: Int? = nil, month: Int? = nil
    ) {
        self.kind = kind
        self.raw = raw
        self.span = span
        self.start = start
        self.end = end
        self.recurrence = recurrence
        self.missingYear = missingYear
        self.day = day
        self.month = month
    }
}
