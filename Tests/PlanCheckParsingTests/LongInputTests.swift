import PlanCheckCore
import PlanCheckParsing
import Testing

/// The long inputs of tools/bench-hostile.sh in miniature: the paths that walk them with one
/// cursor must still hand every clause and sentence what is its own. (Speed is the benchmark's
/// business, never a timed test's.)
struct LongInputTests {
    static func parse(_ lines: [String]) -> PlanDocument {
        PlanParser.parse(
            text: lines.joined(separator: "\n"),
            source: SourceInfo(path: "t.txt", format: "txt", encoding: "utf-8"))
    }

    @Test func everyClauseOfALongOpeningKeepsItsOwnCitation() {
        let clauses = (0..<1500).map { i in
            "Căn cứ Quyết định số \(i + 10)/QĐ-UBND ngày 01/02/2023 của Ủy ban nhân dân tỉnh;"
        }
        let doc = Self.parse(
            ["KẾ HOẠCH", "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI", ""] + clauses
                + [
                    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU", "",
                    "Nâng cao.",
                ])
        #expect(doc.bases.count == 1500)
        let numbers = doc.bases.map { basis in basis.citationIDs.map { doc.citations[$0].number ?? "" } }
        #expect(numbers == (0..<1500).map { ["\($0 + 10)/QĐ-UBND"] })
        #expect(doc.bases.allSatisfy { $0.keyword == "Căn cứ" })
    }

    @Test func aClauseWithTwoCitationsKeepsBothAndTheNextClauseNone() {
        let doc = Self.parse([
            "KẾ HOẠCH", "",
            "Căn cứ Nghị định số 72/2015/NĐ-CP và Thông tư số 22/2016/TT-BTTTT; Thực hiện chỉ đạo của tỉnh; "
                + "Căn cứ Kế hoạch số 61/KH-UBND;",
            "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao.",
        ])
        #expect(doc.bases.map(\.citationIDs.count) == [2, 0, 1])
        #expect(doc.bases.map(\.keyword) == ["Căn cứ", "Thực hiện", "Căn cứ"])
    }

    @Test func theLeadOfALongParagraphIsFoundInALateSentence() {
        // Many sentences hold " chủ trì" after a lower-case start (no agency); only the last one
        // opens with an agency's name.
        let filler = (0..<800).map { i in "việc chủ trì hội nghị thứ \(i) do các đơn vị thống nhất." }
        let text =
            "- Tổ chức tuyên truyền. " + filler.joined(separator: " ")
            + " Sở Nội vụ chủ trì, phối hợp với Công an tỉnh thực hiện."
        let doc = Self.parse(["I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao.", "", "II. NỘI DUNG", "", text])
        #expect(doc.tasks.first?.lead.map(\.name) == ["Sở Nội vụ"])
    }
}
