import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckReport

/// An uploaded document: what it is and its bytes. Its file name is only shown, never used.
struct Upload: Sendable {
    var kind: UploadKind
    var displayName: String
    var bytes: [UInt8]
}

/// A self-check: the uploads go to a new folder with a random name, as `du-thao.<ext>` and
/// `cap-tren.<ext>`, are checked by the engine exactly as `check` checks files, and the folder is
/// removed before the answer leaves. Nothing is stored.
struct SelfCheck: Sendable {
    var checker: PlanChecker
    var tool: CheckReport.Tool
    var clock: @Sendable () -> String

    struct Outcome: Sendable {
        var report: CheckReport
        /// The temporary folder's path, to take out of every rendered text.
        var folder: String
    }

    func run(plan: Upload, parent: Upload?, parentPaths: [String] = []) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plancheck-upload-\(UUID().uuidString.lowercased())", isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let planPath = try write(plan, as: "du-thao", in: folder)
        let parentPath = try parent.map { try write($0, as: "cap-tren", in: folder) }
        let parents = parentPath.map { [$0] } ?? parentPaths
        let job = CheckJob(source: .file(planPath), parents: parents.map { .file($0) })
        let run = checker.check(JobPlan(jobs: [job]))
        let report = run.report(
            environment: checker.environment, tool: tool, generatedAt: clock(), pathBase: folder.path)
        return Outcome(report: report, folder: folder.path)
    }

    private func write(_ upload: Upload, as name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("\(name).\(upload.kind.fileExtension)")
        try Data(upload.bytes).write(to: url, options: .withoutOverwriting)
        return url.path
    }
}

extension SelfCheck.Outcome {
    /// `text` with the temporary folder taken out, so paths read `du-thao.docx` as in a CLI run
    /// on a file of that name, and no server path leaks to the client.
    func clean(_ text: String) -> String {
        text.replacingOccurrences(of: folder + "/", with: "").replacingOccurrences(of: folder, with: "")
    }
}
