import Foundation

/// Runs the built `plancheck` binary as a child process, as a user or CI job would.
public enum CLIRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The binary next to the test bundle (`.build/<triple>/debug/plancheck`).
    public static var binary: String {
        let root = Fixtures.repositoryRoot.appendingPathComponent(".build")
        for candidate in [
            "debug/plancheck", "x86_64-unknown-linux-gnu/debug/plancheck",
            "aarch64-unknown-linux-gnu/debug/plancheck",
        ] {
            let path = root.appendingPathComponent(candidate).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return root.appendingPathComponent("debug/plancheck").path
    }

    /// Runs with the repository as working directory unless `cwd` is given; NO_COLOR set so
    /// output is plain; a time limit so a hang fails the test instead of the run.
    public static func run(
        _ arguments: [String], cwd: String? = nil, timeout: TimeInterval = 60,
        environment: [String: String] = [:], stdin: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cwd ?? Fixtures.repositoryRoot.path)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["PLANCHECK_RULES"] = Fixtures.path("rules")
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read while running so a large output never blocks the child on a full pipe.
        let outData = LockedData()
        let errData = LockedData()
        let group = DispatchGroup()
        for (pipe, sink) in [(out, outData), (err, errData)] {
            group.enter()
            DispatchQueue.global().async {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData.get(), as: UTF8.self),
            stderr: String(decoding: errData.get(), as: UTF8.self))
    }

    /// Starts the binary without waiting, output to files in `logDirectory`, for tests that
    /// act on a running command (kill it, read the database beside it).
    public static func start(
        _ arguments: [String], logDirectory: URL, environment extra: [String: String] = [:]
    ) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["PLANCHECK_RULES"] = Fixtures.path("rules")
        env.merge(extra) { $1 }
        process.environment = env
        for (name, set) in [
            ("stdout", { process.standardOutput = $0 }), ("stderr", { process.standardError = $0 }),
        ] as [(String, (FileHandle) -> Void)] {
            let url = logDirectory.appendingPathComponent("\(name).log")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            set(try FileHandle(forWritingTo: url))
        }
        try process.run()
        return process
    }

    /// A fresh temporary directory for a test's files.
    public static func tempDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
