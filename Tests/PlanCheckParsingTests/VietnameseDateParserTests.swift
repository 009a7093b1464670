import PlanCheckCore
import PlanCheckParsing
import Testing

@Test func wordFormIssueDateIsRead() throws {
    let text = "Cầu Ngang, ngày 12 tháng 10 năm 2023"
    let d = try #require(VietnameseDateParser.firstDate(in: text))
    #expect(d.date == CalendarDate(year: 2023, month: 10, day: 12))
    #expect(d.raw == "ngày 12 tháng 10 năm 2023")
    #expect(recognizerSlice(text, d.range) == d.raw)
    #expect(d.problem == nil)
    #expect(d.leadingZeroIssues.isEmpty)
}

@Test func numericDatesAreReadWithAndWithoutNgay() throws {
    let a = try #require(VietnameseDateParser.firstDate(in: "Ngày ban hành 26/01/2022"))
    #expect(a.date == CalendarDate(year: 2022, month: 1, day: 26))
    #expect(a.raw == "26/01/2022")
    let b = try #require(VietnameseDateParser.firstDate(in: "Kế hoạch số 149-KH/TU, ngày 29/01/2024 của"))
    #expect(b.raw == "ngày 29/01/2024")
    #expect(b.date == CalendarDate(year: 2024, month: 1, day: 29))
    let c = try #require(VietnameseDateParser.firstDate(in: "Thông tư 22/2016/TT-BTTTT ngày 19/10/2016"))
    #expect(c.date == CalendarDate(year: 2016, month: 10, day: 19))
}

@Test func upperCaseAndOddSpacingAreRead() throws {
    let d = try #require(VietnameseDateParser.firstDate(in: "KẾT LUẬN SỐ 57-KL/TW, NGÀY 15/6/2023 CỦA"))
    #expect(d.date == CalendarDate(year: 2023, month: 6, day: 15))
    let e = try #require(VietnameseDateParser.firstDate(in: "Hà Nội,  Ngày  06   tháng 4  năm **2021**"))
    #expect(e.date == CalendarDate(year: 2021, month: 4, day: 6))
}

@Test func ocrDayFromSeed002IsUnreadableNotGuessed() throws {
    // Seed 002 lines 7 and 9, joined with a space as the text-block reader does.
    let text = "Sóc Trăng, ngày the tháng 10 năm 2023"
    let d = try #require(VietnameseDateParser.firstDate(in: text))
    #expect(d.date == nil)
    #expect(d.problem == .unreadable)
    #expect(d.raw == "ngày the tháng 10 năm 2023")
    #expect(recognizerSlice(text, d.range) == d.raw)
}

@Test func impossibleDateIsReportedWithoutADate() throws {
    let d = try #require(VietnameseDateParser.firstDate(in: "hạn 30/02/2023"))
    #expect(d.problem == .impossible)
    #expect(d.date == nil)
}

@Test func leadingZeroSlipsFollowDecree30() throws {
    let a = try #require(VietnameseDateParser.firstDate(in: "ngày 5 tháng 1 năm 2024"))
    #expect(a.leadingZeroIssues == ["ngày 5 → ngày 05", "tháng 1 → tháng 01"])
    let b = try #require(VietnameseDateParser.firstDate(in: "ngày 18 tháng 03 năm 2024"))
    #expect(b.leadingZeroIssues == ["tháng 03 → tháng 3"])
    let c = try #require(VietnameseDateParser.firstDate(in: "ngày 07 tháng 9 năm 2015"))
    #expect(c.leadingZeroIssues.isEmpty)
    let numeric = try #require(VietnameseDateParser.firstDate(in: "ngày 5/1/2024"))
    #expect(numeric.leadingZeroIssues.isEmpty)
}

@Test func proseWithoutADateGivesNothing() {
    #expect(VietnameseDateParser.firstDate(in: "những ngày lễ lớn, năm tròn, năm chẵn") == nil)
    #expect(VietnameseDateParser.firstDate(in: "Nghị định số 72/2015/NĐ-CP") == nil)
    #expect(VietnameseDateParser.firstDate(in: "trước ngày 30 tháng 11") == nil)
}

@Test func allDatesOfSeed003Line29AreFoundInOrder() throws {
    let line = try seedLine("003", 29)
    let dates = VietnameseDateParser.allDates(in: line)
    #expect(
        dates.map(\.date) == [
            CalendarDate(year: 2024, month: 1, day: 29), CalendarDate(year: 2023, month: 6, day: 15),
        ])
    for d in dates { #expect(recognizerSlice(line, d.range) == d.raw) }
}
