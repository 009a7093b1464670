import Foundation
import PlanCheckTestSupport

/// A throwaway git repository of plans, committed to by the test as a team would, offline.
struct GitRepo {
    let root: URL

    /// Plans of the Quảng An chain: the province plan and two district plans citing it.
    static let province = "01-tinh-ke-hoach.md"
    static let districts = ["02-huyen-an-phu.md", "03-huyen-binh-son.md"]

    /// `plans/` holds the three plans; `manifest` makes it a chain folder in which every plan,
    /// the province's too, is a submission. Without it the districts are linked by citation.
    static func withPlans(manifest: Bool = true) throws -> GitRepo {
        let repo = try GitRepo(root: CLIRunner.tempDirectory())
        let plans = repo.root.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        for name in [province] + districts {
            try FileManager.default.copyItem(
                at: Fixtures.repositoryRoot.appendingPathComponent("samples/chains/quang-an-2024/\(name)"),
                to: plans.appendingPathComponent(name))
        }
        if manifest {
            try repo.write(
                "plans/plancheck.yml",
                """
                levels: [tinh, huyen]
                plans:
                  - file: \(province)
                    level: tinh
                  - files: "0[23]-huyen-*.md"
                    level: huyen
                    parent: \(province)
                submissions: "*.md"

                """)
        }
        try repo.git("init", "-q", "-b", "main")
        try repo.git("config", "user.name", "Chuyên viên Sở")
        try repo.git("config", "user.email", "chuyenvien@example.invalid")
        try repo.git("config", "commit.gpgsign", "false")
        try repo.commit("Kế hoạch năm 2024")
        return repo
    }

    init(root: URL) throws { self.root = root }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: url(path), atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// Replaces `old` with `new` in a file; a test whose edit changes nothing is a broken test.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        precondition(text.contains(old), "\(path) does not contain \(old)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func commit(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        // No user or system configuration leaks in (hooks, signing, templates).
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitFailure(arguments: arguments, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct GitFailure: Error {
        var arguments: [String]
        var status: Int32
    }

    /// Runs the built plancheck in the repository.
    func plancheck(_ arguments: [String], cwd: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, cwd: cwd ?? root.path, environment: ["SOURCE_DATE_EPOCH": "1712000000"])
    }
}

/// Reading the JSON report of a run.
struct JSONReport {
    let object: [String: Any]

    init(_ text: String) throws {
        object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    var findings: [[String: Any]] { object["findings"] as? [[String: Any]] ?? [] }
    var rules: [String] { findings.compactMap { $0["ruleId"] as? String } }
    var documents: [String] {
        (object["documents"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }.map {
            URL(fileURLWithPath: $0).lastPathComponent
        }
    }
    var baseline: [String: Any]? { object["baseline"] as? [String: Any] }
    var known: Int? { baseline?["known"] as? Int }
    var stale: [[String: Any]] { baseline?["stale"] as? [[String: Any]] ?? [] }
}
