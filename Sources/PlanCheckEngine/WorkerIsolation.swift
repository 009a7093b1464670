import Foundation
import PlanCheckParsing

/// Runs a document through `plancheck check` in a child process before this process reads it.
///
/// A Swift runtime check that fails (an index out of range, a reversed range) traps with SIGILL
/// and takes the whole process with it; no `catch` can stop it. The fuzzer has found and fixed
/// every trap it could reach, but one it has not found would still end a batch, or the web
/// server for every user. With isolation, a document is read, parsed and checked against its
/// parents in a child first: only when the child ends on its own (any exit code: findings and
/// refusals are this process's to report) is the document read here. A child ended by a signal
/// or by the time limit makes that document's one error line, and the run goes on. Traps are
/// deterministic in the input, so a document that passed its child passes here too.
public struct WorkerIsolation: Sendable {
    /// The plancheck binary the child runs (this process's own, for the CLI).
    public var executable: String
    /// A child still running after this long is killed and its document reported.
    public var timeoutSeconds: Double
    /// Added to the child's environment (tests inject a trap with it).
    public var environment: [String: String]

    public init(executable: String, timeoutSeconds: Double = 120, environment: [String: String] = [:]) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
        self.environment = environment
    }

    /// This process's own executable, for front ends that isolate with themselves.
    public static var currentExecutable: String {
        Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// nil when the child ended on its own; the document's error when it was killed.
    func probe(_ source: DocumentSource, parents: [DocumentSource], ruleFolders: [URL]) -> InputError? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-worker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            var arguments = ["check", "--format", "json", "--no-baseline", "--jobs", "1"]
            for folder in ruleFolders { arguments += ["--rules", folder.path] }
            for (index, parent) in parents.enumerated() {
                arguments += ["--parent", try Self.file(for: parent, in: scratch, tag: "p\(index)")]
            }
            arguments.append(try Self.file(for: source, in: scratch, tag: "d"))
            return try run(arguments, in: scratch, path: source.path)
        } catch {
            return InputError(
                path: source.path, reason: .crashed,
                message: "không chạy được tiến trình con để kiểm tra riêng tệp này: \(error)",
                englishMessage: "could not start the worker process that checks this file apart: \(error)")
        }
    }

    /// A file the child can read: the document's own, or its bytes written to the scratch folder
    /// under its own name (the extension chooses the reader).
    static func file(for source: DocumentSource, in scratch: URL, tag: String) throws -> String {
        let name = tag + "-" + URL(fileURLWithPath: source.path).lastPathComponent
        let target = scratch.appendingPathComponent(name)
        switch source {
        case .file(let path): return URL(fileURLWithPath: path).path
        case .text(let text, _, _): try Data(text.utf8).write(to: target)
        case .bytes(let bytes, _): try Data(bytes).write(to: target)
        }
        return target.path
    }

    private func run(_ arguments: [String], in folder: URL, path: String) throws -> InputError? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Its own folder: no .plancheck.yml or baseline of the caller's is picked up there.
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            process.terminate()
            if done.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            return InputError(
                path: path, reason: .crashed,
                message:
                    "kiểm tra tệp này quá \(Int(timeoutSeconds)) giây nên bị dừng; tệp được bỏ qua, các tệp khác vẫn được kiểm tra",
                englishMessage:
                    "checking this file took longer than \(Int(timeoutSeconds)) s and was stopped; the file is skipped, the others are checked"
            )
        }
        guard process.terminationReason == .uncaughtSignal else { return nil }
        let signal = process.terminationStatus
        let name = Self.signalNames[signal].map { " (\($0))" } ?? ""
        return InputError(
            path: path, reason: .crashed,
            message:
                "PlanCheck gặp lỗi nội bộ khi kiểm tra tệp này (tiến trình con dừng bởi tín hiệu \(signal)\(name)); tệp được bỏ qua, các tệp khác vẫn được kiểm tra — xin gửi tệp cho nhóm phát triển",
            englishMessage:
                "PlanCheck crashed on this file (its worker process was killed by signal \(signal)\(name)); the file is skipped, the others are checked — please report it"
        )
    }

    static let signalNames: [Int32: String] = [
        SIGILL: "SIGILL", SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
        SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP",
    ]
}
