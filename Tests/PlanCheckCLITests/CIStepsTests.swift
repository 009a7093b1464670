import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing
import Yams

/// The ready-made CI steps. GitHub cannot run here, so the action's own shell steps are run the
/// way the runner would (inputs through `env:`, GITHUB_PATH/ENV/OUTPUT as files) against a
/// tarball laid out as `make dist` builds it; the pre-commit entries are read for their keys.
@Suite(.serialized) struct CIStepsTests {
    static func yaml(_ name: String) throws -> Any? {
        try Yams.load(
            yaml: String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(name), encoding: .utf8))
    }

    static func action() throws -> (inputs: [String: [String: Any]], steps: [[String: Any]]) {
        let root = try #require(try yaml("action.yml") as? [String: Any])
        let runs = try #require(root["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        #expect(root["name"] as? String == "PlanCheck" && root["description"] is String)
        return (
            try #require(root["inputs"] as? [String: [String: Any]]),
            try #require(runs["steps"] as? [[String: Any]])
        )
    }

    @Test func theActionTakesTheGateInputsAndUploadsSARIF() throws {
        let (inputs, steps) = try Self.action()
        for name in ["version", "tarball", "paths", "baseline", "changed-since", "fail-on", "upload-sarif"] {
            #expect(inputs[name]?["description"] is String, "input \(name)")
        }
        let upload = steps.first {
            ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true
        }
        let with = try #require(upload?["with"] as? [String: Any])
        #expect((with["sarif_file"] as? String)?.hasSuffix("/report.sarif") == true)
        for step in steps where step["run"] != nil {
            #expect(step["shell"] as? String == "bash")
            // Inputs reach the scripts only through env:, never pasted into the script text.
            #expect(!(step["run"] as! String).contains("${{"), "\(step["name"] ?? "")")
        }
    }

    @Test func thePreCommitHooksRunPlancheckCheckWithTheSystemBinary() throws {
        let hooks = try #require(try Self.yaml(".pre-commit-hooks.yaml") as? [[String: Any]])
        #expect(hooks.compactMap { $0["id"] as? String } == ["plancheck", "plancheck-changed"])
        for hook in hooks {
            #expect(hook["language"] as? String == "system")
            #expect((hook["entry"] as? String)?.hasPrefix("plancheck check") == true)
            #expect(hook["name"] is String && hook["files"] is String)
        }
        #expect(hooks[1]["pass_filenames"] as? Bool == false)
        #expect((hooks[1]["entry"] as? String)?.contains("--changed-since HEAD") == true)
    }

    /// plancheck-<version>-linux-x86_64.tar.gz with bin/plancheck and share/plancheck/rules. The
    /// binary is a small script that runs the one just built, so the tarball stays small.
    static func tarball(in dir: URL) throws -> URL {
        let stage = dir.appendingPathComponent("stage")
        let bin = stage.appendingPathComponent("bin")
        let share = stage.appendingPathComponent("share/plancheck")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("rules"),
            to: share.appendingPathComponent("rules"))
        let script = bin.appendingPathComponent("plancheck")
        try "#!/bin/sh\nexec '\(CLIRunner.binary)' \"$@\"\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let tarball = dir.appendingPathComponent("plancheck-\(ToolVersion.current)-linux-x86_64.tar.gz")
        let r = try Shell.run("tar -czf '\(tarball.path)' -C '\(stage.path)' bin share", cwd: dir, env: [:])
        #expect(r.status == 0)
        return tarball
    }

    @Test func theActionInstallsTheTarballChecksAndFailsOnlyOnANewFinding() throws {
        let (inputs, steps) = try Self.action()
        let (repo, _) = try BaselineGateTests.repoWithBaseline()
        defer { repo.remove() }
        try repo.edit(
            BaselineGateTests.newDefect.file, replacing: BaselineGateTests.newDefect.old,
            with: BaselineGateTests.newDefect.new)
        try repo.commit("Kế hoạch huyện An Phú, bản sửa")
        let runner = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: runner) }
        let tarball = try Self.tarball(in: runner)
        let sha = SHA256.hex(bytes: Array(try Data(contentsOf: tarball)))
        var run = ActionRun(inputs: inputs, runner: runner, workspace: repo.root)
        run.given = ["tarball": tarball.path, "sha256": sha, "paths": "plans", "changed-since": "HEAD~1"]
        let install = try run.step(named: "Install PlanCheck", in: steps)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(try run.file("path").hasSuffix("/bin\n"))
        #expect(
            try run.file("env").contains(
                "PLANCHECK_RULES=\(runner.path)/plancheck/unpacked/share/plancheck/rules"))
        let check = try run.step(named: "Check plans", in: steps)
        #expect(check.status == 0, "the check step records the code; the gate step fails")
        #expect(check.stdout.contains("::error file=plans/02-huyen-an-phu.md,line=7"))
        #expect(check.stderr.contains("--changed-since HEAD~1: 1/3"))
        #expect(try run.file("output") == "exit-code=1\n")
        #expect(try run.file("summary").hasPrefix("## PlanCheck: 1 lỗi"))
        #expect(FileManager.default.fileExists(atPath: repo.url("plancheck-reports/report.sarif").path))
        let gate = try run.step(named: "Gate on new findings", in: steps)
        #expect(gate.status == 1)
        run.given["sha256"] = String(repeating: "0", count: 64)
        #expect(
            try run.step(named: "Install PlanCheck", in: steps).status != 0,
            "a wrong checksum stops the install")
    }
}

/// One run of the action's shell steps as the GitHub runner performs them.
struct ActionRun {
    let inputs: [String: [String: Any]]
    let runner: URL
    let workspace: URL
    var given: [String: String] = [:]

    init(inputs: [String: [String: Any]], runner: URL, workspace: URL) {
        self.inputs = inputs
        self.runner = runner
        self.workspace = workspace
        for name in ["path", "env", "output", "summary"] {
            FileManager.default.createFile(atPath: runner.appendingPathComponent(name).path, contents: nil)
        }
    }

    func file(_ name: String) throws -> String {
        try String(contentsOf: runner.appendingPathComponent(name), encoding: .utf8)
    }

    /// `${{ inputs.x }}` and `${{ steps.check.outputs.exit-code }}` as the runner expands them.
    func expand(_ value: String) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("${{"), trimmed.hasSuffix("}}") else { return value }
        let expr = trimmed.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces)
        if expr.hasPrefix("inputs.") {
            let name = String(expr.dropFirst("inputs.".count))
            return given[name] ?? "\(inputs[name]?["default"] ?? "")"
        }
        if expr == "steps.check.outputs.exit-code" {
            return try file("output").split(separator: "\n").last?.split(separator: "=").last.map(String.init)
                ?? ""
        }
        Issue.record("unexpected expression \(expr)")
        return ""
    }

    func step(named name: String, in steps: [[String: Any]]) throws -> Shell.Result {
        let step = try #require(steps.first { $0["name"] as? String == name })
        var env: [String: String] = [
            "RUNNER_TEMP": runner.path, "GITHUB_PATH": runner.appendingPathComponent("path").path,
            "GITHUB_ENV": runner.appendingPathComponent("env").path,
            "GITHUB_OUTPUT": runner.appendingPathComponent("output").path,
            "GITHUB_STEP_SUMMARY": runner.appendingPathComponent("summary").path,
        ]
        // What earlier steps added to PATH and to the environment, as the runner carries them on.
        let paths = try file("path").split(separator: "\n").map(String.init)
        env["PATH"] = (paths + [ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]).joined(
            separator: ":")
        for line in try file("env").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { env[parts[0]] = parts[1] }
        }
        for (key, value) in step["env"] as? [String: Any] ?? [:] { env[key] = try expand("\(value)") }
        return try Shell.run(try #require(step["run"] as? String), cwd: workspace, env: env)
    }
}

enum Shell {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// As the runner runs a `shell: bash` step: `bash --noprofile --norc -eo pipefail`.
    static func run(_ script: String, cwd: URL, env: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--noprofile", "--norc", "-eo", "pipefail", "-c", script]
        process.currentDirectoryURL = cwd
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // The action must find its rules itself, through PLANCHECK_RULES from the install step.
        environment["PLANCHECK_RULES"] = nil
        environment.merge(env) { $1 }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = LockedBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.get(), as: UTF8.self))
    }
}

final class LockedBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

enum ToolVersion {
    /// The version the built binary reports, as a release tarball would be named after it.
    static var current: String {
        (try? CLIRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "0.0.0"
    }
}
