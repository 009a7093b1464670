import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanCheckEngine
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

/// Uploads checked in a child of the built binary, as `plancheck serve` runs them: a trap on one
/// file (the CLI's PLANCHECK_TEST_TRAP_ON hook, obeyed by the child) is that upload's 422, and
/// the same server answers the next upload.
@Suite struct IsolationRouteTests {
    static func app(trapOn name: String?) -> some ApplicationProtocol {
        var environment = ["SWIFT_BACKTRACE": "enable=no"]
        if let name { environment["PLANCHECK_TEST_TRAP_ON"] = name }
        return WebServer(
            ServerConfiguration(
                environment: ServerFixture.environment, tool: .init(name: "plancheck", version: "0.1.0"),
                clock: { ServerFixture.fixedTime },
                isolation: WorkerIsolation(executable: CLIRunner.binary, environment: environment))
        ).makeApplication()
    }

    static func upload(_ filename: String) -> (HTTPFields, ByteBuffer) {
        ServerFixture.multipart([
            .init(field: "file", filename: filename, bytes: ServerFixture.file(Fixtures.seed("002")))
        ])
    }

    @Test func aTrapInOneUploadIsItsOwnErrorAndTheServerAnswersTheNext() async throws {
        try await Self.app(trapOn: "du-thao.md").test(.router) { client in
            let (h1, b1) = Self.upload("ke-hoach.md")
            let crashed = try await client.execute(uri: "/api/check", method: .post, headers: h1, body: b1)
            #expect(crashed.status == .unprocessableContent)
            let text = ServerFixture.text(crashed)
            #expect(text.contains("lỗi nội bộ") && text.contains("SIGILL"), "\(text)")
            #expect(!text.contains("plancheck-upload-"), "no server path")
            let (h2, b2) = Self.upload("ke-hoach.txt")
            let next = try await client.execute(uri: "/api/check", method: .post, headers: h2, body: b2)
            #expect(next.status == .ok)
            let page = try await client.execute(uri: "/check", method: .post, headers: h1, body: b1)
            #expect(page.status == .unprocessableContent)
            #expect(ServerFixture.text(page).contains("Không kiểm tra được"))
        }
    }

    @Test func anIsolatedCheckAnswersWhatTheInProcessCheckAnswers() async throws {
        let (headers, body) = Self.upload("ke-hoach.txt")
        let isolated = try await Self.app(trapOn: nil).test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body)
        }
        let inProcess = try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body)
        }
        #expect(isolated.status == .ok)
        #expect(ServerFixture.text(isolated) == ServerFixture.text(inProcess))
    }
}
