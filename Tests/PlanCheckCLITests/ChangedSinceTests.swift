import Foundation
import PlanCheckTestSupport
import Testing

/// `check --changed-since REV` on a git repository: a province plan with two district plans
/// below it. Touching the parent checks all three, touching one child checks only it.
@Suite(.serialized) struct ChangedSinceTests {
    static let note = "\n- Cập nhật kết quả thực hiện hằng quý.\n"

    static func checked(_ repo: GitRepo, since revision: String) throws -> (JSONReport, CLIRunner.Result) {
        let r = try repo.plancheck([
            "check", "plans", "--changed-since", revision, "--format", "json", "--no-baseline",
        ])
        return (try JSONReport(r.stdout), r)
    }

    @Test(arguments: [true, false])
    func touchingTheParentChecksAllThreeAndTouchingOneChildChecksOnlyIt(manifest: Bool) throws {
        let repo = try GitRepo.withPlans(manifest: manifest)
        defer { repo.remove() }
        let parent = "plans/\(GitRepo.province)"
        try repo.write(parent, try repo.read(parent) + Self.note)
        try repo.commit("Tỉnh bổ sung nhiệm vụ")
        let (all, r1) = try Self.checked(repo, since: "HEAD~1")
        #expect(all.documents == [GitRepo.province] + GitRepo.districts, "\(r1.stderr)")
        #expect(r1.stderr.contains("--changed-since HEAD~1: 3/3 kế hoạch"))
        let child = "plans/\(GitRepo.districts[1])"
        try repo.write(child, try repo.read(child) + Self.note)
        try repo.commit("Huyện Bình Sơn bổ sung")
        let (one, r2) = try Self.checked(repo, since: "HEAD~1")
        #expect(one.documents == [GitRepo.districts[1]])
        #expect(r2.status == 1, "the child's own errors still fail the gate")
        // Its findings against the parent are still there: the parent is read, only not checked.
        #expect(one.rules.contains("CT002"))
        let (both, _) = try Self.checked(repo, since: "HEAD~2")
        #expect(both.documents.count == 3)
    }

    @Test func uncommittedEditsAndNewDraftsCountAndDeletedPlansAreGone() throws {
        let repo = try GitRepo.withPlans(manifest: false)
        defer { repo.remove() }
        let (none, r0) = try Self.checked(repo, since: "HEAD")
        #expect(r0.status == 0 && none.documents.isEmpty, "nothing changed: a clean pass, not an error")
        #expect(r0.stderr.contains("0/3"))
        try repo.write("plans/04-xa-moi.md", try repo.read("plans/\(GitRepo.districts[0])"))
        try FileManager.default.removeItem(at: repo.url("plans/\(GitRepo.districts[1])"))
        let (changed, r1) = try Self.checked(repo, since: "HEAD")
        #expect(changed.documents == ["04-xa-moi.md"], "\(r1.stderr)")
        try repo.commit("Thêm xã mới, bỏ huyện Bình Sơn")
        try repo.git("mv", "plans/04-xa-moi.md", "plans/05-xa-doi-ten.md")
        let (renamed, _) = try Self.checked(repo, since: "HEAD")
        #expect(renamed.documents == ["05-xa-doi-ten.md"])
    }

    @Test func aPullRequestIsComparedWithWhereItBranchedOff() throws {
        let repo = try GitRepo.withPlans()
        defer { repo.remove() }
        try repo.git("checkout", "-q", "-b", "huyen-an-phu")
        let child = "plans/\(GitRepo.districts[0])"
        try repo.write(child, try repo.read(child) + Self.note)
        try repo.commit("An Phú bổ sung")
        // Meanwhile the main branch changed the province plan; that is not this branch's change.
        try repo.git("checkout", "-q", "main")
        let parent = "plans/\(GitRepo.province)"
        try repo.write(parent, try repo.read(parent) + Self.note)
        try repo.commit("Tỉnh bổ sung")
        try repo.git("checkout", "-q", "huyen-an-phu")
        let (report, r) = try Self.checked(repo, since: "main")
        #expect(report.documents == [GitRepo.districts[0]], "\(r.stderr)")
    }

    @Test func aChangedRuleConfigChecksEveryPlan() throws {
        let repo = try GitRepo.withPlans()
        defer { repo.remove() }
        try repo.write(".plancheck.yml", "rules:\n  KH009: off\n")
        let (report, r) = try Self.checked(repo, since: "HEAD")
        #expect(report.documents.count == 3)
        #expect(r.stderr.contains("cấu hình đã đổi"))
        #expect(!report.rules.contains("KH009"))
    }

    @Test func outsideAGitRepositoryOrWithAnUnknownRevisionItIsOneLineAndExitTwo() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("samples/clean"),
            to: dir.appendingPathComponent("plans"))
        let outside = try CLIRunner.run(["check", "plans", "--changed-since", "HEAD"], cwd: dir.path)
        #expect(outside.status == 2)
        #expect(outside.stderr == "--changed-since: thư mục hiện tại không nằm trong một kho git.\n")
        let repo = try GitRepo.withPlans()
        defer { repo.remove() }
        for revision in ["khong-co", "--all"] {
            let r = try repo.plancheck(["check", "plans", "--changed-since=\(revision)", "--lang", "en"])
            #expect(r.status == 2, "\(revision)")
            #expect(r.stderr.hasPrefix("--changed-since: unknown git revision '\(revision)'"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let empty = try repo.plancheck(["check", "plans", "--changed-since="])
        #expect(empty.status == 2 && empty.stderr.contains("--changed-since"))
    }
}
