import ArgumentParser
import Foundation
import PlanCheckEngine

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Tệp baseline: các phát hiện đã biết, để CI chỉ báo lỗi mới (docs/baseline.md).",
        subcommands: [BaselineWriteCommand.self])
}

struct BaselineWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Ghi mọi phát hiện hiện có vào tệp baseline (JSON sắp xếp, dễ xem trong diff).",
        discussion: """
            Mục của các văn bản không kiểm tra lần này được giữ lại nếu tệp của chúng còn tồn tại, nên \
            `baseline write a.md` chỉ cập nhật các mục của a.md. Văn bản không đọc được thì không ghi gì \
            (mã 2).
            """)

    @Argument(help: "Tệp hoặc thư mục kế hoạch (mặc định: thư mục hiện tại).") var files: [String] = []
    @Option(name: .customLong("parent"), help: "Văn bản cấp trên (lặp lại được, thứ tự tùy ý).") var parents:
        [String] = []
    @Option(
        help: ArgumentHelp(
            "Tệp ghi ra (mặc định: tệp mà check sẽ đọc: baseline: trong .plancheck.yml, hoặc "
                + ".plancheck-baseline.json cạnh tệp cấu hình / ở thư mục hiện tại).",
            valueName: "file"))
    var out: String?
    @OptionGroup var rules: RuleOptions
    @OptionGroup var checking: CheckingOptions

    func validate() throws { try checking.validate() }

    func run() throws {
        let english = checking.english
        let checker = PlanChecker(environment: try rules.environment(), options: checking.options())
        let run = checker.check(try checking.plan(inputs: files.isEmpty ? ["."] : files, parents: parents))
        ReportOutput.printSkipped(run.skipped, english: english)
        for message in run.inputErrors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        // A baseline without an unreadable plan's findings would let them all through later.
        if !run.inputErrors.isEmpty {
            throw InputFailure(
                message: english
                    ? "baseline not written: some files could not be read."
                    : "không ghi tệp baseline: có tệp không đọc được.")
        }
        let checked = run.checked.map(\.path)
        if checked.isEmpty {
            throw InputFailure(
                message: english
                    ? "no plan files found in the given paths."
                    : "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho.")
        }
        let target = Baseline.writeTarget(explicit: out, config: checker.environment.config)
        let paths = BaselinePaths(baselineFile: target)
        var baseline = Baseline.recording(run.findings, paths: paths)
        var kept = 0
        do {
            // Never overwrite a file that is not a baseline (a mistyped --out naming another file).
            if FileManager.default.fileExists(atPath: target.path) {
                (baseline, kept) = baseline.keeping(try Baseline.load(target), checked: checked, paths: paths)
            }
            try baseline.write(to: target)
        } catch { throw InputFailure(message: error.description) }
        let shown = FilePath.shown(target)
        let recorded = baseline.entries.count - kept
        print(
            english
                ? "written: \(shown): \(recorded) finding(s) of \(checked.count) document(s)"
                    + (kept > 0 ? "; \(kept) entry(ies) of plans not checked this time kept" : "")
                : "đã ghi: \(shown): \(recorded) phát hiện của \(checked.count) văn bản"
                    + (kept > 0 ? "; giữ \(kept) mục của các văn bản không kiểm tra lần này" : ""))
    }
}
