import PlanCheckCore
import Testing

@Test func decomposedTextBecomesPrecomposed() {
    let decomposed = "Vie\u{0323}\u{0302}t Nam ho\u{0300}a"
    // String == compares canonically, so compare the bytes.
    #expect(Array(VietnameseText.nfc(decomposed).utf8) == Array("Việt Nam hòa".utf8))
    #expect(!VietnameseText.hasCombiningMarks(VietnameseText.nfc(decomposed)))
}

@Test func oldAndNewTonePlacementGiveTheSameKey() {
    #expect(VietnameseText.matchKey("hoà") == VietnameseText.matchKey("hòa"))
    #expect(VietnameseText.matchKey("Thanh Hoá") == VietnameseText.matchKey("thanh hóa"))
    #expect(VietnameseText.matchKey("khoẻ mạnh") == VietnameseText.matchKey("khỏe mạnh"))
    #expect(VietnameseText.matchKey("thuý") == VietnameseText.matchKey("thúy"))
}

@Test func toneMovesOnlyInOpenSyllables() {
    // "hoàn" and "quý" are spelled the same in both placements and must not change.
    #expect(VietnameseText.matchKey("hoàn") == "hoàn")
    #expect(VietnameseText.matchKey("quý") == "quý")
}

@Test func looseKeyRemovesEveryDiacriticFoldsDToDAndDropsPunctuation() {
    #expect(LooseKey.make("Đồng Tháp, Thừa Thiên Huế") == "dong thap thua thien hue")
    #expect(LooseKey.make("MỤC ĐÍCH, YẾU CẦU") == LooseKey.make("Mục đích, yêu cầu"))
    #expect(LooseKey.hasPrefix("Nơi nhận:", "noi nhan"))
}

@Test func calendarDateKnowsImpossibleDays() {
    #expect(!CalendarDate(year: 2023, month: 2, day: 29).isValid)
    #expect(CalendarDate(year: 2024, month: 2, day: 29).isValid)
    #expect(
        CalendarDate(year: 2023, month: 12, day: 31).dayNumber
            - CalendarDate(year: 2023, month: 1, day: 1).dayNumber == 364)
}
