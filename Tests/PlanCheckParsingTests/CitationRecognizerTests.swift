import PlanCheckCore
import PlanCheckParsing
import Testing

@Test func seed002Line21GivesBothDecisionsWithTheMissingHyphen() throws {
    let line = try seedLine("002", 21)
    let found = CitationRecognizer.find(in: line)
    try #require(found.count == 2)
    let first = found[0]
    #expect(first.type == .quyetDinh)
    #expect(first.typeText == "Quyết định")
    #expect(first.number?.normalized == "2246/QĐ-UBND")
    #expect(first.date?.date == CalendarDate(year: 2023, month: 9, day: 8))
    #expect(first.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng")
    #expect(first.defects.isEmpty)
    let second = found[1]
    #expect(second.number?.raw == "1079/QĐTTg")
    #expect(second.number?.normalized == "1079/QĐ-TTg")
    #expect(second.defects.map(\.kind) == [.missingHyphen])
    #expect(second.date?.date == CalendarDate(year: 2022, month: 9, day: 14))
    #expect(second.issuer == "Thủ tướng Chính phủ")
    let numberRange = try #require(second.numberRange)
    #expect(recognizerSlice(line, numberRange) == "1079/QĐTTg")
    #expect(
        recognizerSlice(line, first.range).hasPrefix("Quyết định số 2246/QĐ-UBND ngày 08 tháng 9 năm 2023"))
}

@Test func seed001Line10GivesTheProvincialDecision() throws {
    let line = try seedLine("001", 10)
    let found = CitationRecognizer.find(in: line)
    try #require(found.count == 1)
    let c = found[0]
    #expect(c.number?.normalized == "1466/QĐ-UBND")
    #expect(c.date?.date == CalendarDate(year: 2023, month: 9, day: 29))
    #expect(c.date?.raw == "ngày 29/9/2023")
    #expect(c.issuer == "Ủy ban nhân dân tỉnh Trà Vinh")
    #expect(c.title == "ban hành Kế hoạch công tác thông tin đối ngoại tỉnh Trà Vinh năm 2024")
    #expect(
        recognizerSlice(line, c.range)
            == "Quyết định số 1466/QĐ-UBND ngày 29/9/2023 của Ủy ban nhân dân tỉnh Trà Vinh về việc ban hành Kế hoạch công tác thông tin đối ngoại tỉnh Trà Vinh năm 2024"
    )
}

@Test func seed003Line29GivesPartyPlanAndConclusionWithCommaBeforeDate() throws {
    let line = try seedLine("003", 29)
    let found = CitationRecognizer.find(in: line)
    try #require(found.count == 2)
    #expect(found[0].type == .keHoach)
    #expect(found[0].number?.normalized == "149-KH/TU")
    #expect(found[0].number?.isPartyForm == true)
    #expect(found[0].date?.date == CalendarDate(year: 2024, month: 1, day: 29))
    #expect(found[0].issuer == "Ban Thường vụ Tỉnh ủy")
    #expect(found[1].type == .ketLuan)
    #expect(found[1].number?.normalized == "57-KL/TW")
    #expect(found[1].date?.date == CalendarDate(year: 2023, month: 6, day: 15))
    #expect(found[1].issuer == "Bộ Chính trị")
    #expect(
        found[1].title
            == "tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới")
    #expect(found.allSatisfy { $0.defects.isEmpty })
}

@Test func upperCaseTitleOfSeed003IsRead() throws {
    let line = try seedLine("003", 27)
    let found = CitationRecognizer.find(in: line)
    try #require(found.count == 2)
    #expect(found[0].typeText == "KẾ HOẠCH")
    #expect(found[0].number?.normalized == "149-KH/TU")
    #expect(found[0].date?.date == CalendarDate(year: 2024, month: 1, day: 29))
    #expect(found[0].issuer == "BAN THƯỜNG VỤ TỈNH ỦY")
    #expect(found[1].number?.normalized == "57-KL/TW")
    #expect(found[1].issuer == "BỘ CHÍNH TRỊ")
}

@Test func seed002Line19StraySpaceIsRepairedAndRecorded() throws {
    let line = try seedLine("002", 19)
    let c = try #require(CitationRecognizer.find(in: line).first)
    #expect(c.number?.raw == "3334/QĐ- UBND")
    #expect(c.number?.normalized == "3334/QĐ-UBND")
    #expect(c.defects.map(\.kind) == [.strayWhitespace])
    #expect(c.date?.date == CalendarDate(year: 2022, month: 12, day: 9))
    #expect(recognizerSlice(line, try #require(c.numberRange)) == "3334/QĐ- UBND")
}

@Test func seed000IssuerBeforeDateIsRead() throws {
    let line = try seedLine("000", 63)
    let c = try #require(CitationRecognizer.find(in: line).first)
    #expect(c.type == .chiThi)
    #expect(c.number?.normalized == "28/CT-TTg")
    #expect(c.issuer == "Thủ tướng Chính phủ")
    #expect(c.date?.date == CalendarDate(year: 2021, month: 10, day: 26))
    #expect(c.title?.hasPrefix("tăng cường thực hiện cuộc vận động") == true)
    #expect(c.defects.isEmpty)
}

@Test func seed000Line39DecreeAndCircularCarryTheirYears() throws {
    let found = CitationRecognizer.find(in: try seedLine("000", 39))
    try #require(found.count == 2)
    #expect(found[0].type == .nghiDinh)
    #expect(found[0].number?.year == 2015)
    #expect(found[0].issuer == "Chính phủ")
    #expect(found[0].title == "quản lý hoạt động thông tin đối ngoại")
    #expect(found[1].type == .thongTu)
    #expect(found[1].date?.date == CalendarDate(year: 2016, month: 10, day: 19))
    #expect(found[1].issuer == "Bộ Thông tin và Truyền thông")
}

@Test func decreeWithoutYearIsMissingYearButDecisionIsNot() throws {
    let decree = try #require(
        CitationRecognizer.find(in: "Căn cứ Nghị định số 72/NĐ-CP của Chính phủ;").first)
    #expect(decree.defects.map(\.kind) == [.missingYear])
    #expect(decree.issuer == "Chính phủ")
    let decision = try #require(CitationRecognizer.find(in: "Quyết định số 1191/QĐ-TTg").first)
    #expect(decision.defects.isEmpty)
    let party = try #require(CitationRecognizer.find(in: "Chỉ thị số 12-CT/TW").first)
    #expect(party.defects.isEmpty)
}

@Test func runTogetherCircularNumberIsSplitInACitation() throws {
    let c = try #require(CitationRecognizer.find(in: "Thông tư số 222016/TT-BTTTT ngày 19/10/2016").first)
    #expect(c.number?.normalized == "22/2016/TT-BTTTT")
    #expect(c.defects.map(\.kind) == [.digitsRunTogether])
}

@Test func unreadableCitationDateIsAnInvalidDate() throws {
    let c = try #require(
        CitationRecognizer.find(in: "Kế hoạch số 12/KH-UBND ngày the tháng 10 năm 2023").first)
    #expect(c.date?.problem == .unreadable)
    #expect(c.defects.map(\.kind) == [.invalidDate])
}

@Test func mentionsWithoutANumberAreNotCitations() {
    let text = "Kế hoạch này; Luật Biên phòng Việt Nam và Kế hoạch hoạt động năm 2024. Số: 61/KH-UBND"
    #expect(CitationRecognizer.find(in: text).isEmpty)
}

@Test func boldMarkersAroundACitationAreSkipped() throws {
    let text = "Thực hiện **Kế hoạch số 99 /KH-UBND** ngày 12 tháng 10 năm 2023"
    let c = try #require(CitationRecognizer.find(in: text).first)
    #expect(c.number?.normalized == "99/KH-UBND")
    #expect(c.date?.date == CalendarDate(year: 2023, month: 10, day: 12))
    #expect(recognizerSlice(text, c.range).hasPrefix("Kế hoạch số 99 /KH-UBND"))
}

@Test func seedsConcatenatedTwentyTimesGiveTwentyTimesTheMatches() throws {
    let all = try ["000", "001", "002", "003", "004"].map(seedText).joined(separator: "\n")
    let citations = CitationRecognizer.find(in: all)
    let expressions = DateExpressionRecognizer.find(in: all)
    #expect(citations.count >= 30)
    let big = Array(repeating: all, count: 20).joined(separator: "\n")
    let bigCitations = CitationRecognizer.find(in: big)
    let bigExpressions = DateExpressionRecognizer.find(in: big)
    #expect(bigCitations.count == 20 * citations.count)
    #expect(bigExpressions.count == 20 * expressions.count)
    let stride = all.utf8.count + 1
    #expect(
        bigCitations.last?.range
            == (citations.last?.range).map { ($0.lowerBound + 19 * stride)..<($0.upperBound + 19 * stride) })
    #expect(bigCitations.last?.number == citations.last?.number)
}
