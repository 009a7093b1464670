import Foundation
import PlanCheckTestSupport
import Testing

/// The real binary, run as a child process: exit codes and messages are a contract for CI.
@Suite(.serialized) struct CLITests {
    @Test func checkingTheSeedsReportsFindingsAndExitsOne() throws {
        let r = try CLIRunner.run(["check", "samples/real"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("samples/real/002_ba7950973bf1c86d.txt:5:5: error: [TT005]"))
        #expect(r.stdout.contains("Đã kiểm tra 5 văn bản"))
        // The folder's README and EXPECTED are named as not checked, never as documents.
        let mentions = r.stdout.split(separator: "\n").filter {
            $0.contains("README.md") || $0.contains("EXPECTED.md")
        }
        #expect(mentions.count == 2)
        #expect(
            mentions.allSatisfy { $0.hasPrefix("không kiểm tra (tệp mô tả thư mục, không phải văn bản): ") })
    }

    @Test func aCleanPlanExitsZero() throws {
        let r = try CLIRunner.run(["check", "samples/clean"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("0 lỗi, 0 cảnh báo, 0 thông tin"))
    }

    @Test func failOnWarningTurnsWarningsIntoExitOne() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: Fixtures.path("samples/clean/ke-hoach-mau.md"), encoding: .utf8)
        // A deadline without a year is a warning (KH009), nothing more.
        let plan = text.replacingOccurrences(
            of: "- Thời gian: Quý II năm 2024.", with: "- Thời gian: trước ngày 30 tháng 6.")
        try #require(plan != text)
        try plan.write(to: dir.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        let lenient = try CLIRunner.run(["check", dir.appendingPathComponent("plan.md").path])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        let strict = try CLIRunner.run([
            "check", dir.appendingPathComponent("plan.md").path, "--fail-on", "warning",
        ])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("[KH009]"))
    }

    @Test func jsonOutputFollowsTheSchema() throws {
        let r = try CLIRunner.run(["check", "samples/real/002_ba7950973bf1c86d.txt", "--format", "json"])
        #expect(r.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["ruleId"] as? String == "CC006" && $0["line"] as? Int == 21 })
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["issueDate"] is NSNull)
    }

    @Test func englishMessagesOnRequest() throws {
        let r = try CLIRunner.run(["check", "samples/real/002_ba7950973bf1c86d.txt", "--lang", "en"])
        #expect(r.stdout.contains("document(s) checked"))
    }

    @Test func parseJSONIsTheDocumentedContract() throws {
        let r = try CLIRunner.run(["parse", "samples/real/001_96e476ef786eba14.txt", "--format", "json"])
        #expect(r.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in [
            "schemaVersion", "source", "header", "bases", "citations", "sections", "tasks", "assignments",
            "dateExpressions", "recipients", "diagnostics",
        ] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        let header = try #require(object["header"] as? [String: Any])
        #expect(header["number"] as? String == "99/KH-UBND")
        #expect(header["issueDate"] as? String == "2023-10-12")
    }

    @Test func aChainFolderIsCheckedAgainstItsParents() throws {
        let r = try CLIRunner.run(["check", "samples/chains/quang-an-2024", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let coverage = try #require(object["coverage"] as? [[String: Any]])
        #expect(!coverage.isEmpty)
        #expect(
            coverage.allSatisfy {
                ["covered", "partial", "missing", "not-applicable"].contains($0["outcome"] as? String ?? "")
            })
    }

    @Test func aPlanCitingAnotherPlanInTheFolderIsLinkedToIt() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["01-tinh-ke-hoach.md", "02-huyen-an-phu.md"] {
            try FileManager.default.copyItem(
                atPath: Fixtures.path("samples/chains/quang-an-2024/\(name)"),
                toPath: dir.appendingPathComponent(name).path)
        }
        let r = try CLIRunner.run(["check", dir.path])
        #expect(
            r.stdout.contains(
                "nối theo viện dẫn: \(dir.path)/02-huyen-an-phu.md → \(dir.path)/01-tinh-ke-hoach.md"))
        #expect(r.stdout.contains("Tiếp nhận nhiệm vụ của"))
    }
}
