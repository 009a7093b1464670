import Testing

@testable import PlanCheckRules

struct ExampleMarkersTests {
    @Test func lineMarkersExpectEachIdOnTheirLine() {
        let text = "Số: /KH-UBND <!-- expect: TT001, TT002 -->\nKẾ HOẠCH\n- Lưu: VT <!-- expect: TT010 -->"
        let expected = ExampleMarkers.expected(in: text)
        #expect(expected.map(\.line) == [1, 1, 3])
        #expect(expected.map(\.ruleId) == ["TT001", "TT002", "TT010"])
    }

    @Test func documentMarkersHaveNoLine() {
        let expected = ExampleMarkers.expected(in: "text\n<!-- expect-document: KH001 -->\n")
        #expect(expected.count == 1)
        #expect(expected.first?.line == nil)
        #expect(expected.first?.ruleId == "KH001")
    }

    @Test func otherCommentsAreNotMarkers() {
        #expect(ExampleMarkers.expected(in: "<!-- note: TT001 --> <!-- expected TT002 -->").isEmpty)
        #expect(ExampleMarkers.expected(in: "plain text").isEmpty)
    }
}
