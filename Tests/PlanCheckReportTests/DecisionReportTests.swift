import Foundation
import PlanCheckCore
import PlanCheckReport
import Testing

/// Each decision means one thing in every format: a confirmed finding is a defect that stays
/// (marked), a dismissed one is a false alarm (suppressed, shown apart, counted nowhere).
struct DecisionReportTests {
    static let confirmedMessage = ReportFixture.confirmed.message
    static let dismissedReason = "Năm đã rõ từ tên kế hoạch"
    static let confirmedReason = "Đã báo huyện sửa"

    /// The part of the output before the first mention of a false alarm: the defects.
    static func defects(_ output: String, apart marker: String) -> String {
        output.components(separatedBy: marker).first ?? output
    }

    @Test(arguments: ReportFormat.allCases)
    func bothDecisionsReadTheSameInEveryFormat(_ format: ReportFormat) throws {
        let out = format.render(ReportFixture.report, english: false)
        let kh009 = "KH009"
        switch format {
        case .sarif:
            let results = try Self.sarifResults(out)
            let dismissed = try #require(results.first { $0["ruleId"] as? String == kh009 })
            let suppression = try #require((dismissed["suppressions"] as? [[String: Any]])?.first)
            #expect((suppression["justification"] as? String)?.hasPrefix(Self.dismissedReason) == true)
            let confirmed = try #require(results.first { $0["ruleId"] as? String == "KH008" })
            #expect(confirmed["suppressions"] == nil)
            #expect((confirmed["properties"] as? [String: Any])?["decision"] as? String == "confirmed")
        case .github:
            #expect(!out.contains(kh009), "a false alarm is no annotation")
            #expect(out.contains("title=[KH008] đã xác nhận lỗi::"))
        case .junit:
            let kh009Case = try #require(
                out.components(separatedBy: "<testcase").first { $0.contains(kh009) })
            #expect(!kh009Case.contains("<failure"), "a false alarm is no failure")
            #expect(kh009Case.contains("<system-out>") && kh009Case.contains(Self.dismissedReason))
            let kh008Case = try #require(
                out.components(separatedBy: "<testcase").first { $0.contains("KH008") })
            #expect(kh008Case.contains("<failure") && kh008Case.contains(Self.confirmedReason))
        case .html:
            let defects = Self.defects(out, apart: "<details class=\"dismissed\">")
            #expect(!defects.contains("data-rule=\"KH009\""))
            #expect(defects.contains("finding sev-error confirmed") && defects.contains(Self.confirmedReason))
            #expect(out.contains("Báo nhầm đã loại (1)") && out.contains("finding sev-warning dismissed"))
        case .markdown:
            let defects = Self.defects(out, apart: "### Báo nhầm đã loại")
            #expect(!defects.contains(kh009) && defects.contains("đã xác nhận lỗi: \(Self.confirmedReason)"))
            #expect(out.contains("### Báo nhầm đã loại (1)") && out.contains(Self.dismissedReason))
            #expect(out.hasPrefix("## PlanCheck: 3 lỗi, 0 cảnh báo"))
        case .json:
            let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            let findings = try #require(root["findings"] as? [[String: Any]])
            func decision(_ id: String) -> String? {
                (findings.first { $0["ruleId"] as? String == id }?["review"] as? [String: Any])?["decision"]
                    as? String
            }
            #expect(decision(kh009) == "dismissed" && decision("KH008") == "confirmed")
            #expect((root["summary"] as? [String: Int])?["warning"] == 0, "a false alarm counts nowhere")
        case .text:
            let defects = Self.defects(out, apart: "đã loại (báo nhầm)")
            #expect(!defects.contains(kh009) && defects.contains("đã xác nhận lỗi: \(Self.confirmedReason)"))
            #expect(out.contains("đã loại (báo nhầm): /work/plans/huyen/ke-hoach 61.md:7: [KH009]"))
        }
    }

    static func sarifResults(_ out: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        return try #require(run["results"] as? [[String: Any]])
    }
}
