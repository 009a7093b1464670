import Foundation
import PlanCheckReport
import Testing

/// Opens the HTML report in headless Chromium, as a reviewer's browser would. Skipped when Chromium
/// is not installed (.ci/run installs it).
struct HTMLBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "chromium is not installed"), .timeLimit(.minutes(2)))
    func theReportLoadsWithoutErrorsShowsTheFindingsAndIsNotBlank() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html")
        try Data(HTMLReporter.render(ReportFixture.report).utf8).write(to: page)

        let dump = try Self.run(
            ["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString], in: dir)
        #expect(dump.stdout.contains("<html lang=\"vi\" class=\"js\">"), "the inline script ran")
        for f in ReportFixture.findings where !f.message.contains("<") {
            #expect(dump.stdout.contains(f.message), "\(f.ruleId) in the DOM")
        }
        #expect(dump.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let consoleLines = dump.stderr.split(separator: "\n").filter {
            $0.contains("Uncaught") || $0.contains(":CONSOLE")
        }
        #expect(consoleLines.isEmpty, "console: \(consoleLines)")

        let shot = dir.appendingPathComponent("report.png")
        let blank = dir.appendingPathComponent("blank.png")
        _ = try Self.run(["--screenshot=\(shot.path)", page.absoluteString], in: dir)
        _ = try Self.run(["--screenshot=\(blank.path)", "about:blank"], in: dir)
        let size = try #require(try? Data(contentsOf: shot)).count
        let blankSize = try #require(try? Data(contentsOf: blank)).count
        // A white page compresses to almost nothing; text, colours and the chart do not.
        #expect(size > 20_000 && size > blankSize * 3, "screenshot \(size) bytes, blank \(blankSize)")
    }

    static func run(_ arguments: [String], in dir: URL) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments =
            [
                "--headless=new", "--disable-gpu", "--no-sandbox", "--no-first-run",
                "--window-size=1200,2000",
                "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
            ] + arguments
        process.currentDirectoryURL = dir
        let out = dir.appendingPathComponent("out-\(UUID().uuidString)")
        let err = dir.appendingPathComponent("err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        // Files, not pipes: the DOM dump is large and Chromium's helpers may keep a pipe open.
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return (try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}
