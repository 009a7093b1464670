import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanCheckEngine
import PlanCheckReport
@testable import PlanCheckServer
import PlanCheckTestSupport

/// The bundled rules loaded once for every server test, and helpers to build multipart bodies.
enum ServerFixture {
    static let environment: RuleEnvironment = {
        do { return try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")]) } catch {
            fatalError("bundled rules do not load: \(error)")
        }
    }()

    static let fixedTime = "2026-01-02T03:04:05Z"

    static func server(maxUploadBytes: Int = 20 * 1024 * 1024) -> WebServer {
        WebServer(
            ServerConfiguration(
                environment: environment, tool: .init(name: "plancheck", version: "0.1.0"),
                maxUploadBytes: maxUploadBytes, clock: { fixedTime }))
    }

    static func app(maxUploadBytes: Int = 20 * 1024 * 1024) -> some ApplicationProtocol {
        server(maxUploadBytes: maxUploadBytes).makeApplication()
    }

    struct FilePart {
        var field: String
        var filename: String
        var bytes: [UInt8]
    }

    static let boundary = "----plancheck-test-boundary"

    /// A multipart body of plain `fields` (a CSRF token) and the files.
    static func multipart(_ parts: [FilePart], fields: [(String, String)] = []) -> (HTTPFields, ByteBuffer) {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8)
            body += Array("\(value)\r\n".utf8)
        }
        for p in parts {
            body += Array("--\(boundary)\r\n".utf8)
            body += Array(
                "Content-Disposition: form-data; name=\"\(p.field)\"; filename=\"\(p.filename)\"\r\n".utf8)
            body += Array("Content-Type: application/octet-stream\r\n\r\n".utf8)
            body += p.bytes
            body += Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        return (headers, ByteBuffer(bytes: body))
    }

    static func file(_ path: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: path) ?? Data())
    }

    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }
}
