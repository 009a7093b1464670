import PlanCheckCore
import Testing

@testable import PlanCheckParsing

/// Section headings: kinds through synonyms, one-letter typos recorded, and the shortcuts taken
/// for speed (a key of the head of a long title, no typo pass on canonical wording) giving the
/// same answers as the full reading.
@Suite struct SectionSynonymsTests {
    @Test func headingsTakeTheirKindsWithOrWithoutTypos() {
        #expect(SectionSynonyms.match("MỤC ĐÍCH, YÊU CẦU")?.kind == .purposeRequirements)
        #expect(SectionSynonyms.match("MỤC ĐÍCH, YẾU CẦU")?.kind == .purposeRequirements)
        #expect(SectionSynonyms.match("TỔ CHỨC THỰT HIỆN")?.kind == .organisation)
        #expect(SectionSynonyms.match("Nội dung thực hiện")?.kind == .contentTasks)
        #expect(SectionSynonyms.match("Tuyên truyền về chuyển đổi số") == nil)
    }

    @Test func aLongTitleMatchesByItsStartOnly() {
        let long = "NỘI DUNG THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN TỈNH"
        #expect(SectionSynonyms.match(long)?.canonical == "NỘI DUNG THỰC HIỆN")
        #expect(
            SectionSynonyms.match("KINH PHÍ THỰC HIỆN" + String(repeating: " VÀ CÁC NGUỒN KHÁC", count: 5))?
                .kind == .funding)
        #expect(
            SectionSynonyms.match(
                "CÁC HOẠT ĐỘNG TUYÊN TRUYỀN TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024 VÀ CÁC NĂM SAU") == nil)
        // Punctuation-heavy heads fall back to the whole key, so a short key never matches by accident.
        let dotted = String(repeating: ". ", count: 30) + "KINH PHÍ"
        #expect(SectionSynonyms.match(dotted)?.kind == .funding)
    }

    @Test func typosAreTheWordsOneLetterOff() {
        let typos = SectionSynonyms.typos(in: "MỤC ĐÍCH, YẾU CẦU", canonical: "MỤC ĐÍCH, YÊU CẦU")
        #expect(typos.map(\.found) == ["YẾU"])
        #expect(typos.map(\.offset) == [10])
        #expect(SectionSynonyms.typos(in: "Mục đích, yêu cầu", canonical: "MỤC ĐÍCH, YÊU CẦU").isEmpty)
        #expect(SectionSynonyms.typos(in: "TỔ CHỨC THỰC HIỆN", canonical: "TỔ CHỨC THỰC HIỆN").isEmpty)
        // Canonical wording with one more letter glued on is still a typo of the last word.
        #expect(SectionSynonyms.typos(in: "KINH PHÍS", canonical: "KINH PHÍ").map(\.found) == ["PHÍS"])
    }
}
