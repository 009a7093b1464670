import ArgumentParser
import Foundation
import PlanCheckEngine
import PlanCheckServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Chạy trang web tự kiểm tra dự thảo và bảng theo dõi của Sở.",
        discussion: """
            Mặc định chỉ nghe trên 127.0.0.1: đặt máy chủ sau một reverse proxy (nginx, Caddy) để có \
            HTTPS. Dừng bằng Ctrl-C hoặc SIGTERM: các yêu cầu đang chạy được làm xong rồi mới thoát.
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Địa chỉ nghe (mặc định 127.0.0.1, chỉ máy này).") var host = "127.0.0.1"
    @Option(help: "Cổng nghe.") var port = 8080
    @OptionGroup var rules: RuleOptions
    @Option(help: "Dung lượng tối đa một lần tải lên, tính bằng MB.") var maxUploadMb = 20

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard (1...512).contains(maxUploadMb) else { throw ValidationError("--max-upload-mb must be 1…512") }
    }

    func run() throws {
        let server = WebServer(
            ServerConfiguration(
                host: host, port: port, environment: try rules.environment(), store: try database.open(),
                tool: ToolInfo.tool, maxUploadBytes: maxUploadMb * 1024 * 1024,
                // Each upload is checked first in a child of this very binary (WorkerIsolation):
                // a trap on one hostile file ends the child, not the server.
                isolation: WorkerIsolation(executable: WorkerIsolation.currentExecutable, timeoutSeconds: 60))
        )
        // ArgumentParser's root command is synchronous here; the server runs on the concurrency
        // pool while this thread waits for it to stop.
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw InputFailure(message: "serve: \(error)") }
    }
}

/// The error the server stopped with, handed from its task to the waiting thread.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
