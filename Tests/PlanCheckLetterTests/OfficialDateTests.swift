import Foundation
import PlanCheckCore
import PlanCheckLetter
import Testing

/// Dates as NĐ 30/2020 writes them, day arithmetic across month, year and leap-day boundaries,
/// and the calendar day in Việt Nam whatever the server's zone.
struct OfficialDateTests {
    @Test(arguments: [
        (CalendarDate(year: 2026, month: 12, day: 2), "ngày 02 tháng 12 năm 2026", "02/12/2026"),
        (CalendarDate(year: 2024, month: 2, day: 29), "ngày 29 tháng 02 năm 2024", "29/02/2024"),
        (CalendarDate(year: 2025, month: 1, day: 10), "ngày 10 tháng 01 năm 2025", "10/01/2025"),
        (CalendarDate(year: 2023, month: 3, day: 5), "ngày 05 tháng 3 năm 2023", "05/3/2023"),
    ])
    func daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero(date: CalendarDate, long: String, short: String) {
        #expect(OfficialDate.long(date) == long)
        #expect(OfficialDate.short(date) == short)
    }

    @Test func addingDaysIsTheInverseOfTheDayNumberOverFourCenturies() {
        var date = CalendarDate(year: 1899, month: 12, day: 25)
        for step in [1, 7, 10, 31, 59, 366, 1461] {
            for _ in 0..<150 {
                let next = OfficialDate.adding(step, to: date)
                #expect(next.isValid, "\(next)")
                #expect(next.dayNumber - date.dayNumber == step, "\(date) + \(step) = \(next)")
                date = next
            }
        }
        #expect(date.year > 2200)
    }

    @Test func tenDaysAfterTheTwentySecondOfFebruaryInALeapYearIsTheThirdOfMarch() {
        #expect(
            OfficialDate.adding(10, to: CalendarDate(year: 2024, month: 2, day: 22))
                == CalendarDate(year: 2024, month: 3, day: 3))
        #expect(
            OfficialDate.adding(10, to: CalendarDate(year: 2026, month: 12, day: 25))
                == CalendarDate(year: 2027, month: 1, day: 4))
    }

    @Test func theLetterIsDatedByTheClockInVietNam() {
        // 2026-12-01 16:59:59 UTC is 23:59:59 in Việt Nam; a second later it is 2 December there.
        let before = Date(timeIntervalSince1970: 1_796_169_600 - 7 * 3600 - 1)
        #expect(OfficialDate.inVietnam(before) == CalendarDate(year: 2026, month: 12, day: 1))
        #expect(
            OfficialDate.inVietnam(before.addingTimeInterval(1))
                == CalendarDate(year: 2026, month: 12, day: 2))
        #expect(
            OfficialDate.inVietnam(Date(timeIntervalSince1970: 0))
                == CalendarDate(year: 1970, month: 1, day: 1))
    }

    @Test func sourceDateEpochFixesTheInstant() {
        #expect(
            OfficialDate.instant(environment: ["SOURCE_DATE_EPOCH": "1796169600"]).timeIntervalSince1970
                == 1_796_169_600)
        let now = Date().timeIntervalSince1970
        #expect(abs(OfficialDate.instant(environment: [:]).timeIntervalSince1970 - now) < 60)
    }
}
