import Foundation
import PlanCheckTestSupport
import Testing

/// `--isolate`: a document that makes PlanCheck trap ends only its worker process; the batch
/// reports it as its exit-2 line and checks the others. The trap is injected with the binary's
/// test hook (PLANCHECK_TEST_TRAP_ON), which a process that is not isolating obeys.
@Suite(.serialized) struct IsolationTests {
    /// Three real plans in a folder; the second is the one that "crashes".
    func batch() throws -> (dir: URL, crashing: String, others: [String]) {
        let dir = try CLIRunner.tempDirectory()
        var names: [String] = []
        for (index, seed) in ["000", "001", "002"].enumerated() {
            let name = "ke-hoach-\(index + 1).txt"
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: Fixtures.seed(seed)), to: dir.appendingPathComponent(name))
            names.append(name)
        }
        return (dir, names[1], [names[0], names[2]])
    }

    @Test func aCrashingDocumentIsItsOwnErrorLineAndTheBatchGoesOn() throws {
        let (dir, crashing, others) = try batch()
        let env = ["PLANCHECK_TEST_TRAP_ON": crashing, "SWIFT_BACKTRACE": "enable=no"]
        let r = try CLIRunner.run(["check", "--isolate", "--format", "json", dir.path], environment: env)
        #expect(r.status == 2, "exit \(r.status): \(r.stderr)")
        let errorLines = r.stderr.split(separator: "\n").filter { $0.contains(crashing) }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("tín hiệu 4 (SIGILL)") == true, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        let paths = documents.compactMap { $0["path"] as? String }
        for name in others { #expect(paths.contains { $0.hasSuffix(name) }, "\(paths)") }
        #expect(!paths.contains { $0.hasSuffix(crashing) })

        let english = try CLIRunner.run(["check", "--isolate", "--lang", "en", dir.path], environment: env)
        #expect(english.stderr.contains("killed by signal 4 (SIGILL)"), "\(english.stderr)")
    }

    /// The hook is a real trap: without `--isolate` it ends the whole batch with SIGILL and no
    /// report, which is what the isolated runs above survive.
    @Test func withoutIsolationTheTrapEndsTheWholeBatch() throws {
        let (dir, crashing, _) = try batch()
        let r = try CLIRunner.run(
            ["check", "--format", "json", dir.path, dir.appendingPathComponent(crashing).path],
            environment: ["PLANCHECK_TEST_TRAP_ON": crashing, "SWIFT_BACKTRACE": "enable=no"])
        #expect(r.status == 4, "exit \(r.status): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func isolatedResultsEqualTheInProcessOnes() throws {
        let (dir, _, _) = try batch()
        let plain = try CLIRunner.run(["check", "--format", "json", dir.path])
        let isolated = try CLIRunner.run(["check", "--isolate", "--format", "json", dir.path])
        #expect(plain.status == 1 && isolated.status == 1)
        #expect(Self.withoutClock(plain.stdout) == Self.withoutClock(isolated.stdout))
    }

    @Test func aReviewStoresTheOthersAndNamesTheCrashingOne() throws {
        let (dir, crashing, others) = try batch()
        let db = dir.appendingPathComponent("review.sqlite").path
        let r = try CLIRunner.run(
            ["review", "--isolate", dir.path, "--db", db],
            environment: ["PLANCHECK_TEST_TRAP_ON": crashing, "SWIFT_BACKTRACE": "enable=no"])
        #expect(r.status == 2, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(crashing) && r.stderr.contains("SIGILL"))
        let history = try CLIRunner.run(["history", "--db", db])
        for name in others { #expect(history.stdout.contains(name), "\(history.stdout)") }
    }

    /// The JSON report carries the time it was made; everything else must match.
    static func withoutClock(_ json: String) -> String {
        json.split(separator: "\n").filter { !$0.contains("\"generatedAt\"") }.joined(separator: "\n")
    }
}
