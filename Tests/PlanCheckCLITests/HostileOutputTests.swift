import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import PlanCheckTestSupport
import Testing

/// A plan under a file name that forges a GitHub workflow command (Linux allows a newline in a
/// name), with terminal escapes and a bidi override in one of its tasks, through the real binary:
/// no stream and no report file may carry a raw control character or a line starting with "::".
@Suite(.serialized) struct HostileOutputTests {
    static let attack = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}gpj.exe\u{2066}"
    static let name = "x\n::error file=a.md::forged\u{1B}[31m.txt"

    /// A folder with one seed plan saved under `name`, the attack written into a task title that
    /// KH007 quotes in its message and excerpt.
    static func hostileFolder() throws -> URL {
        let dir = try CLIRunner.tempDirectory().appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: Fixtures.seed("002"), encoding: .utf8)
        let task = "Các hình thức triển khai khác"
        try #require(seed.contains(task))
        let text = seed.replacingOccurrences(of: task, with: "Các hình thức \(attack) triển khai khác")
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return dir
    }

    static func expectSafe(
        _ text: String, _ what: String, allowingCommands: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        // JSON and SARIF keep the exact text: JSON escaping covers C0, and bidi controls are data.
        let machine = what.hasSuffix(".json") || what.hasSuffix(".sarif")
        for byte: UInt8 in [0x00, 0x07, 0x1B] {
            #expect(!text.utf8.contains(byte), "\(what): raw byte \(byte)", sourceLocation: sourceLocation)
        }
        #expect(
            machine || (!text.contains("\u{202E}") && !text.contains("\u{2066}")),
            "\(what): raw bidi control",
            sourceLocation: sourceLocation)
        for line in text.split(separator: "\n") where line.hasPrefix("::") {
            // github.txt is made of workflow commands; each must be one of ours, for one finding.
            let ours = ["::error file=", "::warning file=", "::notice file=", "::notice title=plancheck::"]
            #expect(
                allowingCommands && ours.contains { line.hasPrefix($0) }, "\(what): forged line \(line)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func checkPrintsTheNameAndThePlanTextEscaped() throws {
        let dir = try Self.hostileFolder()
        let result = try CLIRunner.run(["check", dir.path])
        #expect(result.status == 1, "\(result.stderr)")
        Self.expectSafe(result.stdout, "stdout")
        Self.expectSafe(result.stderr, "stderr")
        #expect(result.stdout.contains("x\\x0A::error file=a.md::forged\\x1B[31m.txt:105:1: info: [KH007]"))
        #expect(result.stdout.contains("Các hình thức \\x1B]0;pwned\\x07\\x1B[2J\\u202Egpj.exe\\u2066"))
    }

    @Test func everyReportFileIsSafeAndTheMachineFormatsStayValid() throws {
        let dir = try Self.hostileFolder()
        let out = dir.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try CLIRunner.run(["check", dir.path, "--out", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        Self.expectSafe(result.stdout, "stdout")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.count == 7)
        for file in files {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            Self.expectSafe(text, file, allowingCommands: file == "github.txt")
        }
        let github = try String(contentsOf: out.appendingPathComponent("github.txt"), encoding: .utf8)
        #expect(github.contains("/plans/x%0A%3A%3Aerror file=a.md%3A%3Aforged\\x1B[31m.txt,"))
        let xml = try Data(contentsOf: out.appendingPathComponent("report.junit.xml"))
        #expect(XMLParser(data: xml).parse())
        for file in ["report.json", "report.sarif"] {
            let data = try Data(contentsOf: out.appendingPathComponent(file))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) is JSON")
            #expect(String(decoding: data, as: UTF8.self).contains("\\u001b]0;pwned\\u0007"), "\(file)")
        }
    }

    @Test func theReviewTableAndHistoryKeepOneSubmissionPerLine() throws {
        let dir = try Self.hostileFolder()
        let db = dir.deletingLastPathComponent().appendingPathComponent("r.sqlite").path
        let out = dir.deletingLastPathComponent().appendingPathComponent("review-reports")
        let review = try CLIRunner.run(["review", dir.path, "--db", db, "--out", out.path])
        #expect(review.status == 1, "\(review.stderr)")
        Self.expectSafe(review.stdout, "review")
        Self.expectSafe(review.stderr, "review stderr")
        #expect(review.stdout.contains("\nx\\x0A::error file=a.md::forged\\x1B[31m.txt\t"))
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            Self.expectSafe(text, "review " + file, allowingCommands: file == "github.txt")
        }
        let history = try CLIRunner.run(["history", "--db", db])
        #expect(history.status == 0, "\(history.stderr)")
        Self.expectSafe(history.stdout, "history")
        let rows = history.stdout.split(separator: "\n").dropFirst().filter { $0.contains("\t") }
        #expect(rows.count == 1)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 8 })
    }

    @Test func aDatabaseErrorNamingAHostilePathIsOneEscapedLine() throws {
        let dir = try CLIRunner.tempDirectory()
        let path = dir.appendingPathComponent("d\n::error::x\u{1B}[2J.sqlite").path
        try "ghi chú".write(toFile: path, atomically: true, encoding: .utf8)
        for command in ["history", "review"] {
            let args =
                command == "review"
                ? [command, Fixtures.seed("002"), "--db", path] : [command, "--db", path]
            let result = try CLIRunner.run(args)
            #expect(result.status == 2)
            Self.expectSafe(result.stderr, "\(command) stderr")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(
                result.stderr.contains("d\\x0A::error::x\\x1B[2J.sqlite: không phải cơ sở dữ liệu PlanCheck"))
        }
    }

    /// `check` and `parse` print input errors built in PlanCheckParsing and CheckCommand, outside
    /// this branch's files: the lead applies `DisplaySafe` there. Recorded as a known issue so the
    /// test says so when it is fixed.
    @Test func anUnreadableFileWithAHostileNameGivesASafeErrorLine() throws {
        let dir = try CLIRunner.tempDirectory()
        let path = dir.appendingPathComponent("y\n::error::z\u{1B}[2J.txt").path
        try Data().write(to: URL(fileURLWithPath: path))
        for command in ["check", "parse"] {
            let result = try CLIRunner.run([command, path])
            #expect(result.status == 2)
            Self.expectSafe(result.stderr, "\(command) stderr")
        }
    }
}
