import Foundation
import PlanCheckTestSupport
import Testing

/// Bad input gets one clear line naming the file and the problem, exit code 2, never a crash,
/// a hang or a silent pass.
@Suite(.serialized) struct BadInputTests {
    func expectRefused(
        _ args: [String], mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let r = try CLIRunner.run(args, timeout: 30)
        #expect(r.status == 2, "exit \(r.status): \(r.stderr)", sourceLocation: sourceLocation)
        for w in words {
            #expect(r.stderr.contains(w), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!r.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = try CLIRunner.tempDirectory()
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func emptyFileIsRefused() throws {
        let path = try file("empty.txt", [])
        try expectRefused(["parse", path], mentioning: [path])
        try expectRefused(["check", path], mentioning: [path])
    }

    @Test func aPNGRenamedTxtIsRefused() throws {
        let path = try file(
            "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
        try expectRefused(["parse", path], mentioning: [path, "PNG"])
    }

    @Test func invalidUTF8IsRefused() throws {
        let path = try file(
            "broken.txt", Array("Kế hoạch số ".utf8) + [0xFF, 0xFE, 0x00, 0x41] + Array(" năm 2024\n".utf8))
        try expectRefused(["parse", path], mentioning: [path])
    }

    @Test func aMissingFileIsRefused() throws {
        try expectRefused(["parse", "/nonexistent/plan.txt"], mentioning: ["/nonexistent/plan.txt"])
        try expectRefused(["check", "/nonexistent/plan.txt"], mentioning: ["/nonexistent/plan.txt"])
    }

    @Test func aDirectoryGivenToParseIsRefused() throws {
        let dir = try CLIRunner.tempDirectory()
        try expectRefused(["parse", dir.path], mentioning: [dir.path])
    }

    @Test func aSingleTenMegabyteLineIsRefusedQuickly() throws {
        let path = try file("one-line.txt", Array(repeating: UInt8(ascii: "a"), count: 10 << 20))
        let start = Date()
        try expectRefused(["parse", path], mentioning: [path])
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        // A sparse 200 MB file: refused by its size, so memory stays flat.
        let dir = try CLIRunner.tempDirectory()
        let url = dir.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: url.path, contents: Data("Kế hoạch\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        try expectRefused(["parse", url.path], mentioning: [url.path])
    }

    @Test func aMissingConfigFileIsAnErrorNotAFallback() throws {
        try expectRefused(
            ["check", "samples/clean", "--config", "/nonexistent/.plancheck.yml"],
            mentioning: [".plancheck.yml"])
    }

    @Test func aBrokenRuleFolderNamesFileAndLine() throws {
        let dir = try CLIRunner.tempDirectory()
        let pack = dir.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "id: ZZ001\nname: broken-rule\nseverity: fatal\n".write(
            to: pack.appendingPathComponent("ZZ001-broken-rule.yaml"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["check", "samples/clean", "--rules", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("ZZ001-broken-rule.yaml:3:"))
    }

    @Test func anUnknownOptionIsAUsageErrorWithExitTwo() throws {
        let r = try CLIRunner.run(["check", "--no-such-option"])
        #expect(r.status == 2)
    }

    @Test func aDocxThatIsNotAZipIsRefused() throws {
        let path = try file("fake.docx", Array("this is not a zip archive at all".utf8))
        try expectRefused(["parse", path], mentioning: [path])
    }
}
