import PlanCheckCore
import PlanCheckParsing
import Testing

/// Plain tasks that name their lead or deadline in the prose (DOMAIN.md §3).
struct InlineTaskFieldsTests {
    static func tasks(_ body: [String]) -> [PlanTask] {
        let lines = ["I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao hiệu quả.", "", "II. NỘI DUNG", ""] + body
        let text = lines.joined(separator: "\n")
        return PlanParser.parse(
            text: text, source: SourceInfo(path: "t.txt", format: "txt", encoding: "utf-8")
        ).tasks
    }

    @Test func giaoAgencyInAPlainTaskIsItsLead() {
        let tasks = Self.tasks([
            "1. Quản lý phóng viên nước ngoài. Giao Sở Ngoại vụ chủ trì, phối hợp với Công an tỉnh thực hiện."
        ])
        #expect(tasks.first?.lead.map(\.name) == ["Sở Ngoại vụ"])
    }

    @Test func giaoInBracketsOrOddCaseIsStillTheVerbButGiaoVienIsNot() {
        let tasks = Self.tasks([
            "1. Tập huấn cho cán bộ. (Giao Sở Tài chính chủ trì, phối hợp các đơn vị)", "",
            "2. Rà soát hồ sơ. GIao Sở Nội vụ thực hiện trong năm.", "",
            "3. Bồi dưỡng đội ngũ. Giáo viên và Sở Nội vụ thực hiện.", "",
            "4. Kiểm tra định kỳ. Giao: Thanh tra tỉnh tham mưu.",
        ])
        #expect(
            tasks.map { $0.lead.map(\.name) } == [["Sở Tài chính"], ["Sở Nội vụ"], [], ["Thanh tra tỉnh"]])
    }

    @Test func agencyBeforeChuTriInABulletIsItsLead() {
        let tasks = Self.tasks([
            "- Sở Văn hóa, Thể thao và Du lịch chủ trì quảng bá hình ảnh tỉnh, hoàn thành trước ngày 31/12/2024.",
            "",
            "- Chủ trì, phối hợp với các cơ quan được giao chủ trì tổng hợp dư luận.",
        ])
        #expect(tasks.map { $0.lead.map(\.name) } == [["Sở Văn hóa, Thể thao và Du lịch"], []])
        #expect(tasks.first?.time?.kind == .deadline)
        #expect(tasks.last?.time == nil)
    }

    @Test func longBulletTaskGetsItsFirstSentenceAsTitle() {
        let long = String(repeating: "tuyên truyền biển đảo ", count: 12)
        let tasks = Self.tasks(["- Tiếp tục thông tin. Câu thứ hai.", "", "- Bám sát \(long)cuối."])
        #expect(tasks.first?.title == "Tiếp tục thông tin.")
        #expect((tasks.last?.title.unicodeScalars.count ?? 0) <= 161)
        #expect(tasks.last?.title.hasSuffix("…") == true)
    }
}
