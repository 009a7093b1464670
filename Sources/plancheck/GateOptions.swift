import ArgumentParser
import Foundation
import PlanCheckEngine
import PlanCheckReport
import PlanCheckRules

/// What makes `check` a CI gate on a repository of plans: a committed baseline of known findings
/// and checking only what a change touched. Both are decided in the engine; this is wiring.
struct GateOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Tệp baseline: chỉ báo các phát hiện chưa có trong tệp (mặc định: baseline: trong .plancheck.yml, "
                + "hoặc .plancheck-baseline.json cạnh tệp cấu hình / từ thư mục hiện tại trở lên).",
            valueName: "file"))
    var baseline: String?
    @Flag(help: "Không dùng tệp baseline nào, kể cả tệp tìm thấy tự động.") var noBaseline = false
    @Option(
        help: ArgumentHelp(
            "Chỉ kiểm tra kế hoạch đã đổi kể từ phiên bản git này (và kế hoạch có văn bản cấp trên đã đổi).",
            valueName: "rev"))
    var changedSince: String?

    func validate() throws {
        if noBaseline && baseline != nil {
            throw ValidationError("--baseline and --no-baseline exclude each other")
        }
    }

    /// The run: every job, or with `--changed-since` only those the change affects. `empty` is
    /// true when the change touched no plan at all: a clean pass, not "no plan files found".
    func check(_ plan: JobPlan, with checker: PlanChecker, english: Bool) throws -> (
        run: CheckRun, empty: Bool
    ) {
        guard let revision = changedSince else { return (checker.check(plan), false) }
        let changes = try GitChanges.since(
            revision, english: english, in: FileManager.default.currentDirectoryPath)
        let selected = checker.check(plan, affectedBy: changes)
        let n = selected.run.results.count
        let line: String
        if selected.rulesChanged {
            line =
                english
                ? "--changed-since \(revision): the rules or the config changed, so all \(n) plan(s) are checked."
                : "--changed-since \(revision): quy tắc hoặc cấu hình đã đổi nên kiểm tra cả \(n) kế hoạch."
        } else {
            line =
                english
                ? "--changed-since \(revision): \(n) of \(selected.total) plan(s) changed or have a changed parent."
                : "--changed-since \(revision): \(n)/\(selected.total) kế hoạch đã đổi hoặc có văn bản cấp trên đã đổi."
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
        return (selected.run, selected.total > 0 && n == 0)
    }

    /// The report with the baseline applied, when there is one.
    func apply(to report: CheckReport, config: PlanCheckConfig) throws -> CheckReport {
        guard !noBaseline else { return report }
        do {
            guard let file = try Baseline.locate(explicit: baseline, config: config) else { return report }
            return report.applying(try Baseline.load(file), file: file)
        } catch { throw InputFailure(message: error.description) }
    }
}
