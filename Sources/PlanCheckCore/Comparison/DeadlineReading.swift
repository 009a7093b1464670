import Foundation

/// Which of the time phrases in a duty is its deadline (DOMAIN.md §3). A duty often carries dates
/// that are not when the work is due: the cut-off of the figures it reports ("số liệu tính đến ngày
/// 15/11/2026"), the start of a period ("từ ngày 01/12/2025"). Only the date the work or report is
/// due may be compared across levels; "trước ngày …" always is one.
public enum DeadlineReading {
    /// Words just before a bare date that make it a reference date, not a due date. Matched on the
    /// clause that leads up to the date (from the last "(", ",", ";" or ":"), folded by `matchKey`.
    static let referenceMarkers = ["tính đến", "tính tới", "tính từ", "số liệu", "kỳ báo cáo", "kể từ"]
    /// A clause ending in one of these words opens a period ("từ ngày 01/12/2025 đến ngày …").
    static let periodOpeners: Set<String> = ["từ"]

    /// Kinds that name a day; a quarter or a month is compared by its last day, but only when the
    /// duty names no day (`due(in:lines:)`).
    public static let dayKinds: Set<DateExpressionKind> = [.deadline, .absolute]
    public static let coarseKinds: Set<DateExpressionKind> = [.quarter, .month]

    /// The due date of a duty: its first "trước ngày …", else its first bare date that is not a
    /// reference date, else its first quarter or month. `lines` are the document's lines, to read
    /// the words before each date.
    public static func due(in dates: [DateExpression], lines: [String]) -> DateExpression? {
        dues(in: dates, lines: lines).first
    }

    /// Every due date of a duty, of the most precise kind it names: a duty may ask for a report at
    /// six months and one at the year's end ("trước ngày 15/6 …; trước ngày 30/11 …").
    public static func dues(in dates: [DateExpression], lines: [String]) -> [DateExpression] {
        let usable = dates.filter { $0.end != nil && !isReference($0, lines: lines) }
        for group in [usable.filter { $0.kind == .deadline }, usable.filter { $0.kind == .absolute }] {
            if !group.isEmpty { return group }
        }
        return usable.filter { coarseKinds.contains($0.kind) }
    }

    /// The parent deadline a child date answers: the nearest one (on a tie, the later), so a
    /// year-end report is not held to the six-month deadline of the same duty.
    public static func nearest(to child: DateExpression, among parents: [DateExpression]) -> DateExpression? {
        guard let c = child.end?.dayNumber else { return nil }
        return parents.filter { $0.end != nil }.min { a, b in
            let da = abs(a.end!.dayNumber - c)
            let db = abs(b.end!.dayNumber - c)
            return da != db ? da < db : a.end! > b.end!
        }
    }

    /// The dates of a child item that can be compared with a parent's deadline: its due dates, or
    /// its quarters and months when it names no day ("Quý III năm 2026" against "Quý II năm 2026").
    public static func comparable(_ dates: [DateExpression], lines: [String]) -> [DateExpression] {
        let usable = dates.filter { $0.end != nil && !isReference($0, lines: lines) }
        let days = usable.filter { dayKinds.contains($0.kind) }
        return days.isEmpty ? usable.filter { coarseKinds.contains($0.kind) } : days
    }

    /// True for a bare date the words before it mark as a cut-off or the start of a period.
    public static func isReference(_ date: DateExpression, lines: [String]) -> Bool {
        guard date.kind == .absolute, date.span.line >= 1, date.span.line <= lines.count else { return false }
        let clause = VietnameseText.matchKey(clauseBefore(date.span.column, in: lines[date.span.line - 1]))
        if referenceMarkers.contains(where: { clause.contains($0) }) { return true }
        let lastWord = clause.split(separator: " ").last.map(String.init) ?? ""
        return periodOpeners.contains(lastWord)
    }

    /// The text from the last clause boundary before `column` (1-based, in Unicode scalars) up to it.
    static func clauseBefore(_ column: Int, in line: String) -> String {
        let scalars = Array(line.unicodeScalars.prefix(max(column - 1, 0)))
        let start = scalars.lastIndex { "(,;:".unicodeScalars.contains($0) }.map { $0 + 1 } ?? 0
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...])
        return String(view).trimmingCharacters(in: .whitespaces)
    }
}
