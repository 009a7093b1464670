import Foundation
import PlanCheckCore

/// Dates as officials write them (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4): days
/// below 10 and the months 1 and 2 take a leading zero, the months 3 to 12 take none.
public enum OfficialDate {
    /// "ngày 02 tháng 12 năm 2026".
    public static func long(_ date: CalendarDate) -> String {
        "ngày \(day(date.day)) tháng \(month(date.month)) năm \(date.year)"
    }

    /// "05/3/2024", the form used inside sentences and summaries.
    public static func short(_ date: CalendarDate) -> String {
        "\(day(date.day))/\(month(date.month))/\(date.year)"
    }

    static func day(_ d: Int) -> String { d < 10 ? "0\(d)" : "\(d)" }
    static func month(_ m: Int) -> String { m < 3 ? "0\(m)" : "\(m)" }

    /// The day `days` after `date` in the Gregorian calendar.
    public static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate {
        from(dayNumber: date.dayNumber + days)
    }

    /// The inverse of `CalendarDate.dayNumber` (days since 0001-01-01).
    static func from(dayNumber n: Int) -> CalendarDate {
        // Civil-from-days over 400-year eras, shifted so that March starts the year.
        let z = n + 306
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = era * 400 + yoe + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The calendar day in Việt Nam (UTC+7, no daylight saving) at `instant`: a letter is dated
    /// where it is signed, whatever zone the server runs in.
    public static func inVietnam(_ instant: Date) -> CalendarDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        // 1970-01-01 is day 719162 counted from 0001-01-01.
        return from(dayNumber: days + CalendarDate(year: 1970, month: 1, day: 1).dayNumber)
    }

    /// The instant a run is dated: SOURCE_DATE_EPOCH (reproducible-builds.org) when set, so that
    /// two runs give the same bytes; else now.
    public static func instant(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let raw = environment["SOURCE_DATE_EPOCH"],
            let seconds = TimeInterval(raw.trimmingCharacters(in: .whitespaces))
        {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
