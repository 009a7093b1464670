import Foundation
import PlanCheckTestSupport
import Testing

/// An installed binary finds its rules from any folder, and `init` writes a config it can read.
struct InstallTests {
    /// Runs a copy of the built binary with no PLANCHECK_RULES, as a user's shell would.
    static func run(_ binary: String, _ arguments: [String], cwd: URL, environment: [String: String] = [:])
        throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.currentDirectoryURL = cwd
        var env = ProcessInfo.processInfo.environment
        env["PLANCHECK_RULES"] = nil
        env["NO_COLOR"] = "1"
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// PREFIX/bin/plancheck with PREFIX/share/plancheck/rules, as `make install` lays it out.
    static func installed() throws -> (prefix: URL, binary: String) {
        let prefix = try CLIRunner.tempDirectory()
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/plancheck")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CLIRunner.binary, toPath: bin.appendingPathComponent("plancheck").path)
        try FileManager.default.copyItem(
            atPath: Fixtures.path("rules"), toPath: share.appendingPathComponent("rules").path)
        return (prefix, bin.appendingPathComponent("plancheck").path)
    }

    @Test func anInstalledBinaryFindsItsRulesFromAnotherFolderAndThroughPath() throws {
        let (prefix, binary) = try Self.installed()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let elsewhere = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let seed = Fixtures.path("samples/real/000_481931eabe76bbbc.txt")
        let direct = try Self.run(binary, ["check", seed], cwd: elsewhere)
        #expect(direct.status != 2, "\(direct.stderr)")
        #expect(direct.stdout.contains("Đã kiểm tra 1 văn bản"))
        // Called by name, found on PATH: argv[0] is "plancheck".
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "plancheck rules list > out.txt"]
        p.currentDirectoryURL = elsewhere
        p.environment = ["PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let list = try String(contentsOf: elsewhere.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(list.contains("TT001"))
    }

    @Test func withoutRulesAnywhereTheErrorNamesWhereItLookedAndTheVariable() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("plancheck").path
        try FileManager.default.copyItem(atPath: CLIRunner.binary, toPath: binary)
        let r = try Self.run(binary, ["rules", "list"], cwd: dir)
        #expect(r.status == 2)
        #expect(
            r.stderr.contains("PLANCHECK_RULES") && r.stderr.contains("share/plancheck/rules"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        let set = try Self.run(
            binary, ["rules", "list"], cwd: dir, environment: ["PLANCHECK_RULES": Fixtures.path("rules")])
        #expect(set.status == 0)
    }

    @Test func initWritesACommentedConfigThatLoadsAndNeverOverwrites() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["init"], cwd: dir.path)
        #expect(first.status == 0)
        let path = dir.appendingPathComponent(".plancheck.yml").path
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("# rules:") && written.contains("# letter:"))
        let seed = Fixtures.path("samples/real/000_481931eabe76bbbc.txt")
        let check = try CLIRunner.run(["check", seed], cwd: dir.path)
        #expect(check.status != 2, "the written config loads: \(check.stderr)")
        try "rules:\n  TT001: off\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try CLIRunner.run(["init"], cwd: dir.path)
        #expect(again.status == 2 && again.stderr.contains("không ghi đè"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "rules:\n  TT001: off\n")
    }

    @Test func shellCompletionsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLIRunner.run(["--generate-completion-script", shell])
            #expect(r.status == 0 && r.stdout.contains("confirm") && r.stdout.contains("dismiss"), "\(shell)")
        }
    }
}
