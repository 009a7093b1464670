import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanCheckEngine
import PlanCheckStore
import PlanCheckTestSupport

@testable import PlanCheckServer

/// A store in a temporary folder with one reviewer and a campaign of two units against the
/// Trà Vinh 2024 provincial plan, and the server over it.
struct CampaignFixture {
    static let reviewer = "thamdinh"
    static let password = "mat-khau-dung-10"
    static let units = ["Huyện Cầu Ngang", "Huyện Duyên Hải"]
    static let parent = Fixtures.path("samples/chains/tra-vinh-2024/01-tinh-tra-vinh.md")
    static let district = Fixtures.path("samples/chains/tra-vinh-2024/02-huyen-cau-ngang.txt")

    let folder: URL
    let store: PlanCheckStore
    let campaign: WebCampaign
    let submitters: [WebSubmitter]

    let environment: RuleEnvironment

    /// The bundled rules with the sample sender's details, so that letters can be written.
    static let withLetters: RuleEnvironment = {
        do {
            return try RuleEnvironment.load(
                ruleFolders: [Fixtures.path("rules")],
                configFile: Fixtures.path("samples/letter/.plancheck.yml"))
        } catch { fatalError("the sample letter configuration does not load: \(error)") }
    }()

    init(due: String = "2026-12-31", environment: RuleEnvironment = ServerFixture.environment) throws {
        self.environment = environment
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try PlanCheckStore(path: folder.appendingPathComponent("web.sqlite").path)
        try store.addUser(
            name: Self.reviewer, role: "reviewer",
            passwordHash: Credentials.hashPassword(Self.password, cost: 4), at: ServerFixture.fixedTime)
        campaign = try store.createCampaign(
            name: "Kế hoạch TTĐN 2024", due: due, parents: [Self.parent], units: Self.units,
            at: ServerFixture.fixedTime, token: Credentials.linkToken)
        submitters = try store.submitters(campaign: campaign.id)
    }

    func app() -> some ApplicationProtocol {
        WebServer(
            ServerConfiguration(
                environment: environment, store: store,
                tool: .init(name: "plancheck", version: "0.1.0"), clock: { ServerFixture.fixedTime },
                uploadsDirectory: folder.appendingPathComponent("uploads"))
        ).makeApplication()
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// A browser's part of a conversation: it keeps the cookies the server sets and sends them back.
struct Visitor {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    var cookieHeader: HTTPFields {
        guard !cookies.isEmpty else { return [:] }
        return [
            .cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        ]
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        keep(try await client.execute(uri: uri, method: .get, headers: cookieHeader))
    }

    mutating func post(_ uri: String, form: [(String, String)]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return keep(
            try await client.execute(
                uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)))
    }

    mutating func upload(_ uri: String, fields: [(String, String)], file: ServerFixture.FilePart) async throws
        -> TestResponse
    {
        let (multipartHeaders, body) = ServerFixture.multipart([file], fields: fields)
        var headers = cookieHeader
        headers[.contentType] = multipartHeaders[.contentType]
        return keep(try await client.execute(uri: uri, method: .post, headers: headers, body: body))
    }

    /// Logs in through the form, as a browser does: the page's cookie and CSRF token first.
    mutating func logIn(
        _ name: String = CampaignFixture.reviewer, password: String = CampaignFixture.password
    )
        async throws -> TestResponse
    {
        let page = try await get("/login")
        return try await post(
            "/login", form: [("csrf", Self.csrf(in: page) ?? ""), ("name", name), ("password", password)])
    }

    private mutating func keep(_ response: TestResponse) -> TestResponse {
        for line in response.headers[values: .setCookie] {
            let first = line.split(separator: ";", omittingEmptySubsequences: false)[0]
            let pair = first.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
                String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || line.contains("Max-Age=0") {
                cookies[pair[0]] = nil
            } else {
                cookies[pair[0]] = pair[1]
            }
        }
        return response
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    /// The first form's CSRF token in a page.
    static func csrf(in response: TestResponse) -> String? {
        first(#"name="csrf" value="([0-9a-f]+)""#, in: ServerFixture.text(response))
    }

    static func first(_ pattern: String, in text: String) -> String? {
        all(pattern, in: text).first
    }

    static func all(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { m in
            Range(m.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
