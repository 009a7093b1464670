import Foundation
import PlanCheckTestSupport
import Testing

/// `--out DIR` with several formats, as a CI job runs it.
@Suite(.serialized) struct ReportFilesTests {
    @Test func outWritesOneFilePerFormatAndPrintsTheSummary() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(
            [
                "check", "samples/chains/quang-an-2024", "--out", dir.path, "--format",
                "sarif,junit,markdown,github,html",
            ],
            environment: ["SOURCE_DATE_EPOCH": "1712000000"])
        #expect(r.status == 1, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["github.txt", "report.html", "report.junit.xml", "report.md", "report.sarif"])
        #expect(r.stdout.hasPrefix("Đã kiểm tra 4 văn bản"))
        #expect(!r.stdout.contains("error: ["), "findings go to the files, not stdout")
        let sarif = try String(contentsOf: dir.appendingPathComponent("report.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"endTimeUtc\": \"2024-04-01T19:33:20Z\""))
        #expect(sarif.contains("\"uri\": \"samples/chains/quang-an-2024/"))
        #expect(sarif.contains("\"id\": \"KH006\""))
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Tiếp nhận nhiệm vụ cấp trên") && html.contains("<mark>"))
    }

    @Test func repeatedFormatOptionsAndTheClockGiveIdenticalFiles() throws {
        let a = try CLIRunner.tempDirectory()
        let b = try CLIRunner.tempDirectory()
        defer { for d in [a, b] { try? FileManager.default.removeItem(at: d) } }
        for d in [a, b] {
            _ = try CLIRunner.run(
                ["check", "samples/real", "--out", d.path, "--format", "sarif", "--format", "junit"],
                environment: ["SOURCE_DATE_EPOCH": "1712000000"])
        }
        for name in ["report.sarif", "report.junit.xml"] {
            let first = try Data(contentsOf: a.appendingPathComponent(name))
            #expect(
                first == (try Data(contentsOf: b.appendingPathComponent(name))),
                "\(name) differs between runs")
        }
    }

    @Test func severalFormatsWithoutOutIsAUsageError() throws {
        let r = try CLIRunner.run(["check", "samples/clean", "--format", "sarif,html"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--out"))
        let unknown = try CLIRunner.run(["check", "samples/clean", "--format", "pdf"])
        #expect(unknown.status == 2)
    }

    @Test func sarifAloneGoesToStdout() throws {
        let r = try CLIRunner.run(["check", "samples/clean", "--format", "sarif"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"version\": \"2.1.0\""))
    }
}
