import Foundation

/// Runs an outside tool (pdftotext, pdftoppm, tesseract) with a time limit. A damaged or hostile PDF
/// can make poppler spin; the limit turns that into an error instead of a hung check.
enum ToolRunner {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
        var timedOut: Bool
    }

    /// The tool's full path, looked up on PATH as a shell would.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Holds what background work hands back; guarded by a lock because the timer and the reader
    /// run on other threads.
    private final class Box<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value
        init(_ value: Value) { self.value = value }
        func get() -> Value { lock.withLock { value } }
        func set(_ new: Value) { lock.withLock { value = new } }
    }

    static func run(
        _ tool: String, _ arguments: [String], environment: [String: String] = [:],
        timeout: TimeInterval = 60
    ) throws(ReaderError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw ReaderError(
                .toolFailed, message: "Không chạy được \(tool).",
                english: "Could not start \(tool): \(error)")
        }
        let stderr = Box(Data())
        let timedOut = Box(false)
        let running = Box(process)
        let errorReader = DispatchGroup()
        DispatchQueue.global().async(group: errorReader) {
            stderr.set(err.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            let child = running.get()
            if child.isRunning {
                timedOut.set(true)
                child.terminate()
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorReader.wait()
        return Output(
            status: process.terminationStatus, stdout: stdout,
            stderr: String(decoding: stderr.get(), as: UTF8.self), timedOut: timedOut.get())
    }
}
