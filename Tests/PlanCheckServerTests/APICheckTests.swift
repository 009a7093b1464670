import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

@Suite struct APICheckTests {
    /// The API answers exactly what `check --format json` prints for a file of the same name.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func apiCheckEqualsTheCLIJSON(seed: String) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = ServerFixture.file(Fixtures.seed(seed))
        try Data(bytes).write(to: dir.appendingPathComponent("du-thao.txt"))
        let epoch = ISO8601DateFormatter().date(from: ServerFixture.fixedTime)!.timeIntervalSince1970
        let cli = try CLIRunner.run(
            ["check", "--format", "json", "du-thao.txt"], cwd: dir.path,
            environment: ["SOURCE_DATE_EPOCH": String(Int(epoch))])
        #expect(cli.status == 1 || cli.status == 0)
        let (headers, body) = ServerFixture.multipart([.init(field: "file", filename: "x.txt", bytes: bytes)])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(ServerFixture.text(response) == cli.stdout)
            }
        }
    }

    @Test func englishMessagesOnRequest() async throws {
        let (headers, body) = ServerFixture.multipart([
            .init(field: "file", filename: "x.txt", bytes: ServerFixture.file(Fixtures.seed("002")))
        ])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/check?lang=en", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .ok)
                let json =
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let findings = json?["findings"] as? [[String: Any]] ?? []
                #expect(!findings.isEmpty)
            }
        }
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var filename: String
        var bytes: [UInt8]
        var status: HTTPResponse.Status
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        .init(
            name: "Word 97 .doc", filename: "a.doc", bytes: [0xD0, 0xCF, 0x11, 0xE0, 1, 2],
            status: .unsupportedMediaType),
        .init(
            name: "no extension", filename: "plan", bytes: Array("KẾ HOẠCH".utf8),
            status: .unsupportedMediaType),
        .init(
            name: "text named .docx", filename: "a.docx", bytes: Array("KẾ HOẠCH".utf8),
            status: .unsupportedMediaType),
        .init(
            name: "program named .txt", filename: "a.txt", bytes: [0x4D, 0x5A, 0x90, 0],
            status: .unsupportedMediaType),
        .init(
            name: "zip named .pdf", filename: "a.pdf", bytes: [0x50, 0x4B, 3, 4, 0],
            status: .unsupportedMediaType),
        .init(name: "empty file", filename: "a.txt", bytes: [], status: .badRequest),
        .init(
            name: "broken docx", filename: "a.docx",
            bytes: [0x50, 0x4B, 3, 4] + Array(repeating: 7, count: 300), status: .unprocessableContent),
        .init(
            name: "broken pdf", filename: "a.pdf", bytes: Array("%PDF-1.4\ngarbage".utf8),
            status: .unprocessableContent),
    ]

    @Test(arguments: refusals)
    func hostileUploadsGetAClearRefusal(_ refusal: Refusal) async throws {
        let (headers, body) = ServerFixture.multipart([
            .init(field: "file", filename: refusal.filename, bytes: refusal.bytes)
        ])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == refusal.status)
                let json =
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let error = json?["error"] as? [String: Any]
                #expect(error?["status"] as? Int == Int(refusal.status.code))
                #expect((error?["message"] as? String)?.isEmpty == false)
                #expect(!ServerFixture.text(response).contains("plancheck-upload-"))
            }
            // The server still answers after a refusal.
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func oversizedUploadIs413OnThePageAndTheAPI() async throws {
        let big = Array(repeating: UInt8(ascii: "a"), count: 1_200_000)
        let (headers, body) = ServerFixture.multipart([.init(field: "file", filename: "a.txt", bytes: big)])
        try await ServerFixture.app(maxUploadBytes: 1024 * 1024).test(.router) { client in
            for uri in ["/api/check", "/check"] {
                try await client.execute(uri: uri, method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .contentTooLarge)
                    #expect(ServerFixture.text(response).contains("1 MB"))
                }
            }
        }
    }

    @Test func requestsWithoutAFormOrAFileAre400() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{}")
            ) { #expect($0.status == .badRequest) }
            let (headers, body) = ServerFixture.multipart([
                .init(field: "other", filename: "a.txt", bytes: [65])
            ])
            try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.text(response).contains("Chưa chọn tệp dự thảo"))
            }
        }
    }
}
