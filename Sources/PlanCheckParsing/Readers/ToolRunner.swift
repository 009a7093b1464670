import Foundation

/// Runs an outside tool (pdftotext, pdftoppm, tesseract) with a time limit. A damaged or hostile PDF
/// can make poppler spin; the limit turns that into an error instead of a hung check.
enum ToolRunner {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
        var timedOut: Bool
        /// The tool wrote more than `maxOutput` bytes and was stopped; `stdout` is cut there.
        var overflowed = false
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
        timeout: TimeInterval = 60, maxOutput: Int = .max
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
                stop(child)
            }
        }
        let (stdout, overflowed) = read(out.fileHandleForReading, max: maxOutput, from: process)
        process.waitUntilExit()
        errorReader.wait()
        return Output(
            status: process.terminationStatus, stdout: stdout,
            stderr: String(decoding: stderr.get(), as: UTF8.self), timedOut: timedOut.get(),
            overflowed: overflowed)
    }

    /// Reads the tool's output in chunks, stopping it once the output passes `max`: a small PDF can
    /// make pdftotext write gigabytes, and all of it would otherwise be held at once.
    private static func read(_ handle: FileHandle, max: Int, from process: Process) -> (Data, Bool) {
        var data = Data()
        while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            guard data.count + chunk.count <= max else {
                stop(process)
                return (data, true)
            }
            data.append(chunk)
        }
        return (data, false)
    }

    /// SIGKILL, not `terminate()`'s SIGTERM: a child inherits its parent's blocked and ignored
    /// signals, and under a test runner that ignores SIGTERM a stopped tool went on running.
    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
    }
}
