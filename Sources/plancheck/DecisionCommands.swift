import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckStore

/// `confirm`, `dismiss` and the deprecated `accept`/`reject` share everything but the decision.
struct DecisionOptions: ParsableArguments {
    @Argument(help: "Dấu vân tay của phát hiện (hoặc phần đầu, ít nhất 6 ký tự).") var finding: String
    @Option(help: "Lý do (bắt buộc).") var reason: String
    @Option(help: "Người quyết định (mặc định $USER).") var by: String?
    @OptionGroup var db: DatabaseOptions

    func record(_ decision: ReviewState.Decision) throws {
        guard finding.count >= 6 else {
            throw ValidationError("finding: give at least 6 characters of the fingerprint")
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason must not be empty")
        }
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        do {
            // Deciding needs the review that stored the finding: a mistyped --db is refused,
            // never answered with a new empty database.
            let store = try db.openExisting()
            let at = StoreClock.now()
            let record = try store.decide(finding, decision, reason: reason, by: who, at: at)
            var line =
                "\(decision.word(english: false)) \(record.fingerprint.prefix(12)) (\(DisplaySafe.escape(who)), \(at))"
            if let before = record.replaced {
                line += "; thay cho quyết định trước: \(before.decision.word(english: false))"
                line += " (\(DisplaySafe.escape(before.reviewer)), \(before.at))"
            }
            print(line)
        } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
    }
}

struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Xác nhận một phát hiện là lỗi có thật (giữ trong mọi báo cáo, đánh dấu đã xác nhận).")
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.confirmed) }
}

struct DismissCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract:
            "Loại một phát hiện là báo nhầm (SARIF ghi suppression kèm lý do; bỏ khỏi chú thích GitHub và lỗi JUnit)."
    )
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.dismissed) }
}

/// Deprecated: `accept` was documented as "lỗi có thật" and `reject` as "báo nhầm", while the
/// reports read them the other way round; they stay one release as aliases of the documented
/// meaning, and say which command replaces them.
struct AcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "(Cũ, sẽ bỏ) tên cũ của confirm.")
    @OptionGroup var options: DecisionOptions
    func run() throws {
        PlanCheck.printError(
            "plancheck accept đã lỗi thời: dùng plancheck confirm (accept is deprecated: use confirm).")
        try options.record(.confirmed)
    }
}

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "(Cũ, sẽ bỏ) tên cũ của dismiss.")
    @OptionGroup var options: DecisionOptions
    func run() throws {
        PlanCheck.printError(
            "plancheck reject đã lỗi thời: dùng plancheck dismiss (reject is deprecated: use dismiss).")
        try options.record(.dismissed)
    }
}
