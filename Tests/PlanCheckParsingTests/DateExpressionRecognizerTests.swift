import PlanCheckCore
import PlanCheckParsing
import Testing

private func only(_ text: String) throws -> DateExpressionMatch {
    let found = DateExpressionRecognizer.find(in: text)
    try #require(found.count == 1, "\(found)")
    #expect(recognizerSlice(text, found[0].range) == found[0].raw)
    return found[0]
}

@Test func seed001DeadlineWithoutYearIsNotGuessed() throws {
    let line = try seedLine("001", 76)
    let m = try only(line)
    #expect(m.kind == .deadline)
    #expect(m.raw == "trước ngày 30 tháng 11")
    #expect(m.missingYear)
    #expect(m.day == 30)
    #expect(m.month == 11)
    #expect(m.end == nil)
}

@Test func parenthesisedDeadlineHasAnEnd() throws {
    let m = try only("báo cáo UBND tỉnh (trước ngày 25/5/2022).")
    #expect(m.kind == .deadline)
    #expect(m.raw == "trước ngày 25/5/2022")
    #expect(m.end == CalendarDate(year: 2022, month: 5, day: 25))
    #expect(!m.missingYear)
    #expect(try only("Trước ngày 15/12/2023").end == CalendarDate(year: 2023, month: 12, day: 15))
}

@Test func absoluteDateIsOneDay() throws {
    let m = try only("tổ chức ngày 15/12/2023 tại tỉnh")
    #expect(m.kind == .absolute)
    #expect(m.start == CalendarDate(year: 2023, month: 12, day: 15))
    #expect(m.end == m.start)
}

@Test func monthsCoverTheWholeMonth() throws {
    for text in ["tháng 11 năm 2023", "Tháng 11/2023"] {
        let m = try only(text)
        #expect(m.kind == .month)
        #expect(m.start == CalendarDate(year: 2023, month: 11, day: 1))
        #expect(m.end == CalendarDate(year: 2023, month: 11, day: 30))
    }
}

@Test func quartersCoverThreeMonths() throws {
    let line = try seedLine("002", 56)
    let m = try only(line)
    #expect(m.kind == .quarter)
    #expect(m.raw == "Quý IV năm 2023")
    #expect(m.start == CalendarDate(year: 2023, month: 10, day: 1))
    #expect(m.end == CalendarDate(year: 2023, month: 12, day: 31))
    let n = try only("quý 4/2023")
    #expect(n.end == CalendarDate(year: 2023, month: 12, day: 31))
    #expect(try only("Quý I năm 2024").end == CalendarDate(year: 2024, month: 3, day: 31))
}

@Test func yearFieldEndsOnTheLastDayOfTheYear() throws {
    let m = try only(try seedLine("002", 45))
    #expect(m.kind == .year)
    #expect(m.raw == "Trong năm 2023")
    #expect(m.start == CalendarDate(year: 2023, month: 1, day: 1))
    #expect(m.end == CalendarDate(year: 2023, month: 12, day: 31))
    #expect(try only("THỜI GIAN: TRONG NĂM 2024").raw == "TRONG NĂM 2024")
    #expect(try only("TRƯỚC NGÀY 15/12/2023").kind == .deadline)
}

@Test func periodsAcceptTheDashLostInExtraction() throws {
    for text in [
        "giai đoạn 2023 - 2028", "giai đoạn 2021-2025", "giai đoạn 2021 2030", "GIAI ĐOẠN 2021 – 2025",
    ] {
        let m = try only(text)
        #expect(m.kind == .period)
        #expect(m.raw == text)
        #expect(m.start?.month == 1)
        #expect(m.end?.day == 31)
    }
    #expect(try only("giai đoạn 2023 - 2028").end == CalendarDate(year: 2028, month: 12, day: 31))
    #expect(DateExpressionRecognizer.find(in: "trong giai đoạn hiện nay").isEmpty)
}

@Test func recurrencesAreNamed() throws {
    let cases = [
        ("hằng năm", "yearly"), ("Hàng năm", "yearly"), ("hàng quý", "quarterly"), ("hằng quý", "quarterly"),
        ("hàng tháng", "monthly"), ("hằng tháng", "monthly"), ("định kỳ 6 tháng", "every-6-months"),
        ("hàng tuần", "weekly"),
    ]
    for (text, name) in cases {
        let m = try only(text)
        #expect(m.kind == .recurring)
        #expect(m.recurrence == name)
        #expect(m.raw == text)
    }
    #expect(DateExpressionRecognizer.find(in: "dùng hàng Việt Nam; Định kỳ báo cáo").isEmpty)
}

@Test func standingAndFromSigningAreRecognised() throws {
    #expect(try only("- Thời gian thực hiện: thường xuyên.").kind == .standing)
    let m = try only("Thường xuyên, liên tục")
    #expect(m.kind == .standing)
    #expect(m.raw == "Thường xuyên, liên tục")
    #expect(try only("có hiệu lực kể từ ngày ký.").kind == .fromSigning)
}

@Test func datesInsideLongerPhrasesAndNumbersAreNotRepeated() throws {
    let m = try only("Cầu Ngang, ngày 12 tháng 10 năm 2023")
    #expect(m.kind == .absolute)
    #expect(DateExpressionRecognizer.find(in: "Nghị định số 72/2015/NĐ-CP").isEmpty)
    let kinds = DateExpressionRecognizer.find(in: try seedLine("003", 109)).map(\.kind)
    #expect(kinds == [.standing, .recurring])
}
