import Foundation
import PlanCheckTestSupport
import Testing

/// `review --out` writes the report files of the batch, and reviewers' decisions are carried into
/// them: a dismissed false alarm is a SARIF suppression with the reason, a confirmed defect stays.
@Suite(.serialized) struct ReviewReportTests {
    @Test func aDismissedFindingIsSuppressedAndAConfirmedOneStaysInTheReviewsReports() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("review.sqlite").path
        let chain = "samples/chains/quang-an-2024"
        let first = try CLIRunner.run(["review", chain, "--db", db])
        #expect(first.status == 1)
        // The CT006 line of Bình Sơn: "<fingerprint> warning [CT006] dòng 52: …".
        let line = try #require(first.stdout.split(separator: "\n").first { $0.contains("[CT006]") })
        let fingerprint = String(line.split(separator: " ").first ?? "")
        let dismiss = try CLIRunner.run([
            "dismiss", fingerprint, "--reason", "đủ với điều kiện của huyện", "--by", "chuyen-vien-A", "--db",
            db,
        ])
        #expect(dismiss.status == 0, "\(dismiss.stderr)")
        #expect(dismiss.stdout.hasPrefix("đã loại (báo nhầm) \(fingerprint)"))
        let ct010 = try #require(first.stdout.split(separator: "\n").first { $0.contains("[CT010]") })
        let defect = String(ct010.split(separator: " ").first ?? "")
        let confirm = try CLIRunner.run(["confirm", defect, "--reason", "đã báo huyện", "--db", db])
        #expect(confirm.status == 0, "\(confirm.stderr)")
        let out = dir.appendingPathComponent("out").path
        let second = try CLIRunner.run(["review", chain, "--db", db, "--out", out, "--format", "sarif,html"])
        #expect(second.status == 1)
        let sarif = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: out + "/report.sarif")))
        let runs = try #require((sarif as? [String: Any])?["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["ruleId"] as? String == "CT006")
        let confirmed = results.filter {
            ($0["properties"] as? [String: Any])?["decision"] as? String == "confirmed"
        }
        #expect(confirmed.map { $0["ruleId"] as? String } == ["CT010"])
        // One identity: the id the reviewer accepted is the one CI tools see in SARIF.
        let published = (suppressed.first?["partialFingerprints"] as? [String: String])?["plancheck/v1"] ?? ""
        #expect(published.hasPrefix(fingerprint))
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("chuyen-vien-A"))
        #expect(html.contains("đủ với điều kiện của huyện") && html.contains("Báo nhầm đã loại (1)"))
        #expect(html.contains("Đã xác nhận lỗi: đã báo huyện"))
    }

    @Test func anUnknownFormatIsRefusedBeforeTheReviewRuns() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("review.sqlite").path
        let r = try CLIRunner.run([
            "review", "samples/chains/quang-an-2024", "--db", db, "--out",
            dir.appendingPathComponent("out").path,
            "--format", "bogus",
        ])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown --format 'bogus'"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
