import Foundation
import PlanCheckTestSupport
import Testing

/// The CI gate on a git repository of plans: a committed baseline of the findings the team knows,
/// a commit that brings a new defect, and one that fixes an old one.
@Suite(.serialized) struct BaselineGateTests {
    static let newDefect = (file: "plans/02-huyen-an-phu.md", old: "Số: 187/KH-UBND", new: "Số: /KH-UBND")
    /// The district plan cites the province plan with a wrong date (CT002); this fixes it.
    static let fix = (
        file: "plans/03-huyen-binh-son.md", old: "215/KH-UBND ngày 05/11/2023",
        new: "215/KH-UBND ngày 06/11/2023"
    )

    /// A repository whose baseline records today's findings, committed.
    static func repoWithBaseline() throws -> (repo: GitRepo, known: Int) {
        let repo = try GitRepo.withPlans()
        let before = try repo.plancheck(["check", "plans", "--format", "json"])
        #expect(before.status == 1, "the plans have known errors: without a baseline the gate fails")
        let known = try JSONReport(before.stdout).findings.count
        #expect(known >= 5)
        let written = try repo.plancheck(["baseline", "write", "plans"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains(".plancheck-baseline.json: \(known) phát hiện của 3 văn bản"))
        try repo.commit("Ghi nhận các phát hiện đã biết")
        return (repo, known)
    }

    @Test func theBaselineRecordsTodaysFindingsByTheirSARIFFingerprintsSortedByFile() throws {
        let (repo, known) = try Self.repoWithBaseline()
        defer { repo.remove() }
        let file = try JSONSerialization.jsonObject(with: Data(repo.read(".plancheck-baseline.json").utf8))
        let object = try #require(file as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1 && object["kind"] as? String == "plancheck-baseline")
        let entries = try #require(object["findings"] as? [[String: String]])
        #expect(entries.count == known)
        let paths = entries.compactMap { $0["path"] }
        #expect(paths == paths.sorted() && paths.allSatisfy { $0.hasPrefix("plans/0") })
        #expect(entries.allSatisfy { $0["message"]?.isEmpty == false && $0["severity"] != nil })
        let sarif = try repo.plancheck(["check", "plans", "--format", "sarif", "--no-baseline"])
        let prints = Set(entries.compactMap { $0["fingerprint"] })
        let published = Set(
            sarif.stdout.split(separator: "\n").filter { $0.contains("\"plancheck/v1\"") }.map {
                $0.split(separator: "\"").last.map(String.init) ?? ""
            })
        #expect(prints == published && prints.count > 1)
        let clean = try repo.plancheck(["check", "plans"])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains("bỏ qua \(known) phát hiện đã biết"))
        #expect(try repo.git("status", "--porcelain").isEmpty, "writing twice changes nothing")
        _ = try repo.plancheck(["baseline", "write", "plans"])
        #expect(try repo.git("status", "--porcelain").isEmpty, "the same findings give the same bytes")
    }

    @Test func aNewDefectInOneCommitFailsTheGateWithOnlyThatFindingInEveryFormat() throws {
        let (repo, known) = try Self.repoWithBaseline()
        defer { repo.remove() }
        try repo.edit(Self.newDefect.file, replacing: Self.newDefect.old, with: Self.newDefect.new)
        try repo.commit("Kế hoạch huyện An Phú, bản sửa")
        let json = try repo.plancheck(["check", "plans", "--format", "json"])
        #expect(json.status == 1)
        let report = try JSONReport(json.stdout)
        #expect(report.rules == ["TT005"])
        #expect(report.findings.first?["path"] as? String == Self.newDefect.file)
        #expect(report.known == known && report.stale.isEmpty)
        let out = repo.url("reports")
        let files = try repo.plancheck(["check", "plans", "--out", out.path])
        #expect(files.status == 1)
        #expect(
            files.stdout.contains("1 lỗi, 0 cảnh báo, 0 thông tin")
                && files.stdout.contains("bỏ qua \(known)"))
        var text: [String: String] = [:]
        for name in [
            "report.sarif", "report.junit.xml", "github.txt", "report.md", "report.html", "report.txt",
        ] {
            text[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        func count(_ name: String, _ piece: String) -> Int {
            (text[name] ?? "").components(separatedBy: piece).count - 1
        }
        #expect(count("report.sarif", "\"ruleId\":") == 1)
        #expect(count("report.sarif", "\"baselineState\": \"new\"") == 1)
        #expect(count("report.junit.xml", "failures=\"1\" errors=\"0\"") == 2, "the run and the plan's suite")
        #expect(count("report.junit.xml", "<failure ") == 1)
        let annotations = (text["github.txt"] ?? "").split(separator: "\n")
        #expect(annotations.filter { !$0.hasPrefix("::notice title=plancheck baseline") }.count == 1)
        #expect(annotations.first?.hasPrefix("::error file=plans/02-huyen-an-phu.md,line=7") == true)
        #expect(count("report.md", "**TT005**") == 1 && count("report.md", "CT002") == 0)
        #expect(count("report.html", "<article class=\"finding") == 1)
        #expect(count("report.txt", ": error: [") == 1)
        let all = try repo.plancheck(["check", "plans", "--format", "json", "--no-baseline"])
        #expect(try JSONReport(all.stdout).findings.count == known + 1)
    }

    @Test func aFixedDefectIsAStaleEntryUntilTheBaselineIsWrittenAgain() throws {
        let (repo, known) = try Self.repoWithBaseline()
        defer { repo.remove() }
        try repo.edit(Self.fix.file, replacing: Self.fix.old, with: Self.fix.new)
        try repo.commit("Sửa ngày viện dẫn kế hoạch tỉnh")
        let json = try repo.plancheck(["check", "plans", "--format", "json"])
        #expect(json.status == 0)
        let report = try JSONReport(json.stdout)
        #expect(report.findings.isEmpty && report.known == known - 1)
        #expect(report.stale.map { $0["ruleId"] as? String } == ["CT002"])
        #expect(report.stale.first?["path"] as? String == Self.fix.file)
        let text = try repo.plancheck(["check", "plans"])
        #expect(text.stdout.contains("không còn xuất hiện: plans/03-huyen-binh-son.md: [CT002]"))
        #expect(text.stdout.contains("1 mục không còn xuất hiện"))
        _ = try repo.plancheck(["baseline", "write", "plans"])
        let diff = try repo.git("diff", "--unified=0", ".plancheck-baseline.json")
        #expect(diff.contains("-      \"ruleId\": \"CT002\"") && !diff.contains("\n+ "))
        let after = try JSONReport(try repo.plancheck(["check", "plans", "--format", "json"]).stdout)
        #expect(after.stale.isEmpty && after.known == known - 1)
    }

    @Test func theConfigNamesTheBaselineAndNoBaselineTurnsItOff() throws {
        let (repo, known) = try Self.repoWithBaseline()
        defer { repo.remove() }
        try FileManager.default.createDirectory(at: repo.url("ci"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: repo.url(".plancheck-baseline.json"), to: repo.url("ci/known.json"))
        let lost = try repo.plancheck(["check", "plans"])
        #expect(lost.status == 1, "a baseline that moved is not found by its old name")
        try repo.write(".plancheck.yml", "baseline: ci/known.json\n")
        // From a subfolder: the config is found upward, and the baseline beside it by its key.
        let found = try repo.plancheck(["check", "."], cwd: repo.url("plans").path)
        #expect(found.status == 0, "\(found.stdout)\(found.stderr)")
        #expect(found.stdout.contains("/ci/known.json: bỏ qua \(known) phát hiện đã biết"))
        let off = try repo.plancheck(["check", "plans", "--no-baseline"])
        #expect(off.status == 1 && !off.stdout.contains("baseline"))
        try repo.write(".plancheck.yml", "baseline: ci/missing.json\n")
        let missing = try repo.plancheck(["check", "plans"])
        #expect(missing.status == 2 && missing.stderr.contains("ci/missing.json"))
        #expect(missing.stderr.contains("plancheck baseline write"))
        try repo.write(".plancheck.yml", "rules: {}\nbaseline: [ci/known.json]\n")
        let bad = try repo.plancheck(["check", "plans"])
        #expect(
            bad.status == 2 && bad.stderr.contains(".plancheck.yml:2: 'baseline' must be the path of a file"))
    }

    @Test func aBaselineFileThatIsNotOneIsRefusedAndNeverOverwritten() throws {
        let repo = try GitRepo.withPlans()
        defer { repo.remove() }
        try repo.write("package.json", "{\"name\": \"ke-hoach\"}\n")
        let check = try repo.plancheck(["check", "plans", "--baseline", "package.json"])
        #expect(check.status == 2 && check.stderr.contains("package.json: không phải tệp baseline"))
        let write = try repo.plancheck(["baseline", "write", "plans", "--out", "package.json"])
        #expect(write.status == 2)
        #expect(try repo.read("package.json") == "{\"name\": \"ke-hoach\"}\n")
        let absent = try repo.plancheck(["check", "plans", "--baseline", "none.json", "--lang", "en"])
        #expect(
            absent.status == 2 && absent.stderr.contains("none.json: ") && absent.stderr.contains("not found")
        )
        let both = try repo.plancheck(["check", "plans", "--baseline", "x.json", "--no-baseline"])
        #expect(both.status == 2)
        try FileManager.default.createDirectory(at: repo.url("nop"), withIntermediateDirectories: true)
        try repo.write("nop/04-hong.docx", "không phải docx")
        let broken = try repo.plancheck(["baseline", "write", "plans", "nop"])
        #expect(broken.status == 2 && broken.stderr.contains("không ghi tệp baseline"))
        #expect(!FileManager.default.fileExists(atPath: repo.url(".plancheck-baseline.json").path))
    }
}
