import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckTestSupport
import Testing

/// The baseline file and its matching: one entry per finding, matched by fingerprint, stale
/// entries only for documents checked or gone, and a file a diff reads well.
struct BaselineTests {
    /// A folder with plan files (their contents do not matter here, only that they exist).
    static func folder(_ files: [String]) throws -> URL {
        let dir = try CLIRunner.tempDirectory()
        for name in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return dir
    }

    static func finding(_ rule: String, _ path: String, _ excerpt: String, line: Int = 3) -> Finding {
        Finding(
            ruleId: rule, severity: .error, message: "\(rule) ở dòng \(line)", path: path,
            span: SourceSpan(line: line, column: 1, endLine: line, endColumn: 5), excerpt: excerpt)
    }

    @Test func theFileIsSortedByPathRuleAndFingerprintWhateverTheFindingOrder() throws {
        let dir = try Self.folder(["b.md", "a.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = BaselinePaths(
            baselineFile: dir.appendingPathComponent(Baseline.fileName), workingDirectory: dir)
        let findings = [
            Self.finding("TT005", "b.md", "Số: /KH-UBND"), Self.finding("KH004", "a.md", "KINH PHÍ"),
            Self.finding("TT001", "a.md", "CỘNG HÒA", line: 1),
        ]
        let one = Baseline.recording(findings, paths: paths).serialized()
        let two = Baseline.recording(findings.reversed(), paths: paths).serialized()
        #expect(one == two)
        let entries = Baseline.recording(findings, paths: paths).entries
        #expect(entries.map(\.path) == ["a.md", "a.md", "b.md"])
        #expect(entries.map(\.ruleId) == ["KH004", "TT001", "TT005"])
        #expect(!one.contains("\"line\""), "line numbers would make every edit above a defect a diff")
        let decoded = try Baseline.decode(Data(one.utf8), file: "x.json")
        #expect(decoded == Baseline.recording(findings, paths: paths))
    }

    @Test func aKnownFindingStaysKnownWhenItsLineMovesAndAnotherIsNew() throws {
        let dir = try Self.folder(["a.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = BaselinePaths(
            baselineFile: dir.appendingPathComponent(Baseline.fileName), workingDirectory: dir)
        let baseline = Baseline.recording([Self.finding("KH004", "a.md", "KINH PHÍ", line: 10)], paths: paths)
        let moved = Self.finding("KH004", "a.md", "KINH PHÍ", line: 14)
        let fresh = Self.finding("TT005", "a.md", "Số: /KH-UBND")
        let split = baseline.compare([moved, fresh], checked: ["a.md"], paths: paths)
        #expect(split.known == [moved])
        #expect(split.new == [fresh])
        #expect(split.stale.isEmpty)
    }

    @Test func aSecondCopyOfAKnownFindingIsNew() throws {
        let dir = try Self.folder(["a.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = BaselinePaths(
            baselineFile: dir.appendingPathComponent(Baseline.fileName), workingDirectory: dir)
        let baseline = Baseline.recording(
            [Self.finding("CC001", "a.md", "Nghị định số 72/NĐ-CP")], paths: paths)
        let twice = [
            Self.finding("CC001", "a.md", "Nghị định số 72/NĐ-CP", line: 5),
            Self.finding("CC001", "a.md", "Nghị định số 72/NĐ-CP", line: 9),
        ]
        let split = baseline.compare(twice, checked: ["a.md"], paths: paths)
        #expect(split.known.count == 1)
        #expect(split.new.map { $0.span?.line } == [9])
    }

    @Test func aFixedFindingIsStaleOnlyWhenItsDocumentWasCheckedOrIsGone() throws {
        let dir = try Self.folder(["a.md", "b.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = BaselinePaths(
            baselineFile: dir.appendingPathComponent(Baseline.fileName), workingDirectory: dir)
        let baseline = Baseline.recording(
            [
                Self.finding("KH004", "a.md", "KINH PHÍ"), Self.finding("KH004", "b.md", "KINH PHÍ"),
                Self.finding("KH004", "gone.md", "KINH PHÍ"),
            ], paths: paths)
        // Only a.md was checked (e.g. --changed-since), and it no longer has the finding.
        let split = baseline.compare([], checked: ["a.md"], paths: paths)
        #expect(split.stale.map(\.path) == ["a.md", "gone.md"])
    }

    @Test func anEntryOfAMovedPlanStandsForItButNeverForAnotherPlanWithTheSameName() throws {
        let dir = try Self.folder(["xa-a/ke-hoach.md", "xa-b/ke-hoach.md", "moi/tinh.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = BaselinePaths(
            baselineFile: dir.appendingPathComponent(Baseline.fileName), workingDirectory: dir)
        let baseline = Baseline.recording(
            [
                Self.finding("KH004", "xa-a/ke-hoach.md", "KINH PHÍ"),
                Self.finding("KH004", "cu/tinh.md", "KINH PHÍ"),
            ],
            paths: paths)
        // xa-a fixed its defect while xa-b, a different commune with the same file name, has it now;
        // cu/tinh.md moved to moi/tinh.md with its defect.
        let other = Self.finding("KH004", "xa-b/ke-hoach.md", "KINH PHÍ")
        let moved = Self.finding("KH004", "moi/tinh.md", "KINH PHÍ")
        let split = baseline.compare(
            [other, moved], checked: ["xa-a/ke-hoach.md", "xa-b/ke-hoach.md", "moi/tinh.md"], paths: paths)
        #expect(split.new == [other])
        #expect(split.known == [moved])
        #expect(split.stale.map(\.path) == ["xa-a/ke-hoach.md"])
    }

    @Test func pathsAreRelativeToTheBaselineFolderFromAnyWorkingDirectory() throws {
        let dir = try Self.folder(["plans/a.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(Baseline.fileName)
        let fromRoot = BaselinePaths(baselineFile: file, workingDirectory: dir)
        let fromPlans = BaselinePaths(
            baselineFile: file, workingDirectory: dir.appendingPathComponent("plans"))
        #expect(fromRoot.key("plans/a.md") == "plans/a.md")
        #expect(fromPlans.key("a.md") == "plans/a.md")
        #expect(fromPlans.key(dir.appendingPathComponent("plans/./a.md").path) == "plans/a.md")
    }

    @Test func rewritingKeepsTheEntriesOfPlansNotCheckedThatStillExist() throws {
        let dir = try Self.folder(["a.md", "b.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = BaselinePaths(
            baselineFile: dir.appendingPathComponent(Baseline.fileName), workingDirectory: dir)
        let old = Baseline.recording(
            [
                Self.finding("KH004", "a.md", "KINH PHÍ"), Self.finding("KH004", "b.md", "KINH PHÍ"),
                Self.finding("KH004", "gone.md", "KINH PHÍ"),
            ], paths: paths)
        let now = Baseline.recording([Self.finding("TT005", "a.md", "Số: /KH-UBND")], paths: paths)
        let (merged, kept) = now.keeping(old, checked: ["a.md"], paths: paths)
        #expect(kept == 1)
        #expect(merged.entries.map { "\($0.path) \($0.ruleId)" } == ["a.md TT005", "b.md KH004"])
    }

    @Test func theBaselineIsFoundByTheConfigBesideItOrFromTheWorkingDirectoryUpward() throws {
        let dir = try Self.folder(["repo/plans/a.md", "repo/ci/known.json", "other/\(Baseline.fileName)"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let repo = dir.appendingPathComponent("repo")
        let plans = repo.appendingPathComponent("plans")
        let rules = [Fixtures.path("rules")]
        // No config: the nearest file upward, none when there is none.
        let bare = try RuleEnvironment.load(ruleFolders: rules, workingDirectory: plans).config
        #expect(try Baseline.locate(explicit: nil, config: bare, workingDirectory: plans) == nil)
        try Data("x".utf8).write(to: repo.appendingPathComponent(Baseline.fileName))
        let upward = try Baseline.locate(explicit: nil, config: bare, workingDirectory: plans)
        #expect(upward?.path == repo.appendingPathComponent(Baseline.fileName).path)
        // A config's `baseline:` is relative to the config's folder and must exist.
        let config = repo.appendingPathComponent(".plancheck.yml")
        try Data("baseline: ci/known.json\n".utf8).write(to: config)
        let named = try RuleEnvironment.load(ruleFolders: rules, workingDirectory: plans).config
        let found = try Baseline.locate(explicit: nil, config: named, workingDirectory: plans)
        #expect(found?.path == repo.appendingPathComponent("ci/known.json").path)
        #expect(Baseline.writeTarget(explicit: nil, config: named, workingDirectory: plans) == found)
        try Data("baseline: ci/missing.json\n".utf8).write(to: config)
        let missing = try RuleEnvironment.load(ruleFolders: rules, workingDirectory: plans).config
        #expect {
            _ = try Baseline.locate(explicit: nil, config: missing, workingDirectory: plans)
        } throws: { "\($0)".contains("ci/missing.json") && "\($0)".contains("plancheck baseline write") }
        // --baseline wins over everything and must exist too.
        #expect {
            _ = try Baseline.locate(explicit: "none.json", config: named, workingDirectory: plans)
        } throws: { "\($0)".hasPrefix("none.json: ") }
    }

    @Test(arguments: [
        ("{\"findings\": []}", "not a PlanCheck baseline"),
        ("[1, 2]", "not a PlanCheck baseline"),
        ("{\"schemaVersion\": 9, \"kind\": \"plancheck-baseline\", \"findings\": []}", "newer PlanCheck"),
        (
            "{\"schemaVersion\": 1, \"kind\": \"plancheck-baseline\", \"findings\": [{\"path\": \"a.md\"}]}",
            "malformed baseline"
        ),
        (
            "{\"schemaVersion\": 1, \"kind\": \"plancheck-baseline\", \"findings\": [{\"path\": \"a.md\", "
                + "\"ruleId\": \"X\", \"severity\": \"fatal\", \"fingerprint\": \"f\", \"message\": \"m\", \"excerpt\": \"\"}]}",
            "malformed baseline"
        ),
    ])
    func aFileThatIsNotABaselineIsRefusedByName(_ text: String, _ message: String) {
        #expect {
            _ = try Baseline.decode(Data(text.utf8), file: "ci/known.json")
        } throws: { error in
            "\(error)".hasPrefix("ci/known.json: ") && "\(error)".contains(message)
        }
    }
}
