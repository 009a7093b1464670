import Foundation
import Hummingbird
import Logging
import PlanCheckEngine
import PlanCheckLetter
import PlanCheckReport
import PlanCheckStore

/// What `plancheck serve` runs with; everything a test wants to vary is injected here.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var environment: RuleEnvironment
    public var store: PlanCheckStore?
    public var tool: CheckReport.Tool
    /// Bytes of one request at most: the draft and its parent together.
    public var maxUploadBytes: Int
    public var clock: @Sendable () -> String
    /// Where campaign submissions are kept (default: `<db>.uploads` beside the database).
    public var uploadsDirectory: URL?
    /// Every uploaded document is read, parsed and checked first in a child `plancheck check`
    /// process: a Swift trap (SIGILL) on one hostile file then ends that child, the upload gets
    /// its 422, and the server goes on serving everyone else. `plancheck serve` always sets it
    /// to its own binary. nil checks in this process, which only tests and embedders that have
    /// no `plancheck` binary to run should choose: a trap there ends the server.
    public var isolation: WorkerIsolation?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, environment: RuleEnvironment,
        store: PlanCheckStore? = nil,
        tool: CheckReport.Tool, maxUploadBytes: Int = 20 * 1024 * 1024,
        clock: @escaping @Sendable () -> String = WebServer.now, uploadsDirectory: URL? = nil,
        isolation: WorkerIsolation? = nil
    ) {
        self.uploadsDirectory = uploadsDirectory
        self.isolation = isolation
        self.host = host
        self.port = port
        self.environment = environment
        self.store = store
        self.tool = tool
        self.maxUploadBytes = maxUploadBytes
        self.clock = clock
    }
}

/// The web front end: builds the router over the engine and the store and runs it until SIGINT or
/// SIGTERM, when Hummingbird's service group stops taking connections and lets open requests end.
public struct WebServer: Sendable {
    public let configuration: ServerConfiguration

    public init(_ configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    public func makeApplication() -> some ApplicationProtocol {
        var logger = Logger(label: "plancheck.serve")
        logger.logLevel = .info
        return Application(
            router: makeRouter(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "PlanCheck"),
            logger: logger)
    }

    public func run() async throws {
        try await makeApplication().runService()
    }

    func makeRouter() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: WebMiddleware())
        let routes = SelfCheckRoutes(configuration: configuration)
        routes.register(on: router)
        if let store = configuration.store {
            let uploads =
                configuration.uploadsDirectory
                ?? URL(
                    fileURLWithPath: store.path == ":memory:"
                        ? NSTemporaryDirectory() : store.path + ".uploads")
            let environment = configuration.environment
            let downloads = SubmissionDownloads(
                checker: routes.vietnamese.checker, tool: configuration.tool,
                letters: try? LetterSetup.composer(
                    config: environment.config, ruleFolders: environment.folders, ruleSet: environment.ruleSet
                ),
                clock: configuration.clock)
            let desk = CampaignDesk(
                store: store, checker: routes.vietnamese.checker, toolVersion: configuration.tool.version,
                uploads: uploads, clock: configuration.clock, downloads: downloads, slots: routes.slots)
            CampaignRoutes(
                store: store, desk: desk, sessions: Sessions(), maxUploadBytes: configuration.maxUploadBytes
            ).register(on: router)
        }
        router.get("/static/plancheck.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Pages.stylesheet)))
        }
        return router
    }

    @Sendable public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}

typealias WebContext = BasicRequestContext

extension Response {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A file to save, never to show in the page: its type, and an ASCII name to save it under.
    static func download(_ file: SubmissionDownloads.File) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: file.kind.contentType,
                .contentDisposition: "attachment; filename=\"\(file.name)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
