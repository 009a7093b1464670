import Foundation

/// Dates, times and numbers as Vietnamese officials write them, for everything a person reads
/// (reports, tables, the terminal); machine formats (JSON, SARIF, the store) keep ISO 8601.
public enum OfficialFormat {
    /// "26/01/2022": days below 10 and the months 1 and 2 take a leading zero, the months 3 to 12
    /// take none (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4). English readers get the
    /// same day-first order with two-digit months ("26/01/2022"), which they read unambiguously.
    public static func date(_ d: CalendarDate, english: Bool = false) -> String {
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        let month = english || d.month < 3 ? String(format: "%02d", d.month) : "\(d.month)"
        return "\(day)/\(month)/\(d.year)"
    }

    /// An ISO 8601 instant ("2024-04-02T09:00:00Z") in local time: "16:00 02/4/2024". The zone
    /// is injected (tests, a server in UTC serving Việt Nam); an unreadable text is kept as is.
    public static func time(iso: String, in zone: TimeZone, english: Bool = false) -> String {
        let parser = ISO8601DateFormatter()
        guard let instant = parser.date(from: iso) else { return iso }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let d = CalendarDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
        return String(format: "%02d:%02d ", c.hour ?? 0, c.minute ?? 0) + date(d, english: english)
    }

    /// "63,5%" in Vietnamese (decimal comma), "63.5%" in English; whole numbers have no decimals.
    public static func percent(_ share: Double, english: Bool = false) -> String {
        decimal((share * 1000).rounded() / 10, english: english) + "%"
    }

    /// One decimal at most, with the decimal comma in Vietnamese.
    public static func decimal(_ value: Double, english: Bool = false) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        let text = String(format: "%.1f", rounded)
        return english ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// The zone dates are shown in: PLANCHECK_TZ when set, else Việt Nam (UTC+7): the reviewers
    /// are there, whatever zone the machine or the CI runner is set to (TZ is not read, so a
    /// runner's setting cannot change a report's bytes).
    public static func zone(environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeZone {
        for key in ["PLANCHECK_TZ"] {
            if let name = environment[key], !name.isEmpty, let z = TimeZone(identifier: name) { return z }
        }
        return TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    }
}
