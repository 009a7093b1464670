import PlanCheckCore
import Testing

/// The lookups the registry rules rely on: one pass for many names, documents by number key,
/// and an index that follows every change of the registry.
struct RegistryIndexTests {
    @Test(arguments: [
        "ushers", "she said his hers", "không có tên nào", "Sở Thông tin và Truyền thông tỉnh", "hehehe", "",
    ])
    func automatonFindsExactlyThePatternsASubstringSearchFinds(_ text: String) {
        let patterns = ["he", "she", "his", "hers", "sở thông tin", "thông tin và truyền thông", "e", "hehe"]
        let automaton = AhoCorasick(patterns.map { Array($0.utf8) })
        let expected = patterns.indices.filter { VietnameseText.matchKey(text).contains(patterns[$0]) }
        #expect(automaton.occurring(in: VietnameseText.matchKey(text).utf8) == expected)
    }

    @Test func documentsAreFoundByNumberKeyWithSpacesAndCaseIgnored() {
        let registry = Registry(documents: [
            LegalDocument(
                number: "72/2015/NĐ-CP", type: "nghi-dinh", issuer: "Chính phủ", date: nil, subject: "a"),
            LegalDocument(
                number: "22/2016/TT-BTTTT", type: "thong-tu", issuer: "Bộ", date: nil, subject: "b"),
        ])
        #expect(registry.document(number: "22/2016/tt- BTTTT")?.subject == "b")
        #expect(registry.document(number: "72/NĐ-CP") == nil)
    }

    @Test func indexFollowsAChangedRegistry() {
        var registry = Registry()
        #expect(registry.document(number: "5406/BTTTT-TTĐN") == nil)
        registry.documents.append(
            LegalDocument(number: "5406/BTTTT-TTĐN", type: "cong-van", issuer: "Bộ", date: nil, subject: "c"))
        registry.agencies = [Agency(id: "stttt", name: "Sở Thông tin và Truyền thông", level: "tinh")]
        #expect(registry.document(number: "5406/BTTTT-TTĐN")?.subject == "c")
        #expect(registry.index.names.map(\.key) == ["sở thông tin và truyền thông"])
        #expect(registry == Registry(documents: registry.documents, agencies: registry.agencies))
    }

    @Test func planYearIsTheLastYearNamedInTheTitle() {
        #expect(PlanYear.of(title: "KẾ HOẠCH Thông tin đối ngoại năm 2024") == 2024)
        #expect(PlanYear.of(title: "Kế hoạch thực hiện Kết luận năm 2023 trong năm  2026") == 2026)
        #expect(PlanYear.of(title: "Kế hoạch giai đoạn 2021 - 2025") == nil)
    }
}
