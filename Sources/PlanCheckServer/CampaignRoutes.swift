import Foundation
import PlanCheckCore
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import PlanCheckStore

/// Login, the dashboard, a unit's submissions and decisions. Every refusal is the same bare 403
/// page: it never says whether a submission, a unit or a user exists.
struct CampaignRoutes: Sendable {
    let store: PlanCheckStore
    let desk: CampaignDesk
    let sessions: Sessions
    let maxUploadBytes: Int
    static let sessionCookie = "pc_session"
    static let loginCookie = "pc_login"

    func register(on router: Router<WebContext>) {
        router.get("/login") { request, _ in loginPage(request) }
        router.post("/login") { request, _ in try await login(request) }
        router.post("/logout") { request, _ in try await logout(request) }
        router.get("/dashboard") { request, _ in try await dashboard(request) }
        router.get("/submission/:id") { request, context in try await submission(request, context) }
        router.get("/submission/:id/download/:kind") { request, context in
            guard await reviewer(request) != nil else { return Self.forbidden }
            guard let (upload, _, campaign) = try lookup(context) else {
                return .html(CampaignPages.forbidden(), status: .notFound)
            }
            return try await desk.download(context.parameters.get("kind"), of: upload, campaign: campaign)
        }
        router.post("/submission/:id/decide") { request, context in try await decide(request, context) }
        let clerk = ClerkRoutes(store: store, desk: desk, sessions: sessions, maxUploadBytes: maxUploadBytes)
        clerk.register(on: router)
    }

    /// The hash an unknown name is verified against (cost 12, as `users add` hashes).
    static let decoyHash = Credentials.hashPassword(Sessions.randomToken())

    static let forbidden = Response.html(CampaignPages.forbidden(), status: .forbidden)

    func loginPage(_ request: Request, message: String? = nil, status: HTTPResponse.Status = .ok) -> Response
    {
        let nonce = request.cookies[Self.loginCookie]?.value ?? Sessions.randomToken()
        var response = Response.html(
            CampaignPages.login(csrf: sessions.csrf(for: "login|" + nonce), message: message), status: status)
        response.setCookie(Self.cookie(Self.loginCookie, nonce, maxAge: 3600))
        return response
    }

    func login(_ request: Request) async throws -> Response {
        let form = URLForm.parse(Array(try await request.body.collect(upTo: 64 * 1024).readableBytesView))
        guard let nonce = request.cookies[Self.loginCookie]?.value,
            Sessions.same(form["csrf"] ?? "", sessions.csrf(for: "login|" + nonce))
        else { return Self.forbidden }
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        guard await sessions.mayTry(name) else {
            return loginPage(
                request, message: "Đăng nhập sai quá nhiều lần; hãy thử lại sau 15 phút.",
                status: .tooManyRequests)
        }
        let password = form["password"] ?? ""
        // Bcrypt runs on a Dispatch thread: it takes a quarter of a second by design.
        // An unknown name is checked against a hash too, so that the time taken does not tell a
        // known name from an unknown one.
        let user = try store.user(named: name)
        let hash = user?.passwordHash ?? Self.decoyHash
        let ok = try await Offload.run { Bcrypt.verify(password, hash: hash) && user != nil }
        guard ok, user?.role == "reviewer" else {
            await sessions.failed(name)
            return loginPage(request, message: "Sai tên đăng nhập hoặc mật khẩu.", status: .unauthorized)
        }
        await sessions.succeeded(name)
        let (id, _) = await sessions.open(user: name)
        var response = Response(status: .seeOther, headers: [.location: "/dashboard"])
        response.setCookie(Self.cookie(Self.sessionCookie, id, maxAge: Int(Sessions.lifetime)))
        return response
    }

    func logout(_ request: Request) async throws -> Response {
        let form = URLForm.parse(Array(try await request.body.collect(upTo: 64 * 1024).readableBytesView))
        let id = request.cookies[Self.sessionCookie]?.value
        guard let session = await sessions.session(id), Sessions.same(form["csrf"] ?? "", session.csrf) else {
            return Self.forbidden
        }
        await sessions.close(id)
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        response.setCookie(Self.cookie(Self.sessionCookie, "", maxAge: 0))
        return response
    }

    func reviewer(_ request: Request) async -> Sessions.Session? {
        await sessions.session(request.cookies[Self.sessionCookie]?.value)
    }

    func dashboard(_ request: Request) async throws -> Response {
        guard let session = await reviewer(request) else { return Self.forbidden }
        let campaigns = try store.campaigns().map { ($0, try desk.rows($0)) }
        let sort = request.uri.queryParameters["sort"].map(String.init) ?? "worst"
        return .html(CampaignPages.dashboard(campaigns, user: session.user, csrf: session.csrf, sort: sort))
    }

    /// The upload, its unit and campaign; nil for an id that is not a number or not stored.
    func lookup(_ context: WebContext) throws -> (WebUpload, WebSubmitter, WebCampaign)? {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }),
            let (upload, submitter) = try store.upload(id: id),
            let campaign = try store.campaigns().first(where: { $0.id == submitter.campaignId })
        else { return nil }
        return (upload, submitter, campaign)
    }

    func submission(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let session = await reviewer(request) else { return Self.forbidden }
        guard let (upload, submitter, campaign) = try lookup(context) else {
            return .html(CampaignPages.forbidden(), status: .notFound)
        }
        let versions = try store.uploads(submitter: submitter.id).map {
            SubmissionPages.Version(upload: $0, findings: try desk.findings(of: $0))
        }
        let current = versions.first { $0.upload.id == upload.id }!
        return .html(
            SubmissionPages.reviewer(
                campaign: campaign, submitter: submitter, versions: versions, current: current,
                links: try desk.links(of: upload), verdicts: try store.verdicts(), csrf: session.csrf,
                downloads: desk.downloads.kinds))
    }

    func decide(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let session = await reviewer(request) else { return Self.forbidden }
        let form = URLForm.parse(Array(try await request.body.collect(upTo: 64 * 1024).readableBytesView))
        guard Sessions.same(form["csrf"] ?? "", session.csrf) else { return Self.forbidden }
        guard let (upload, _, _) = try lookup(context) else {
            return .html(CampaignPages.forbidden(), status: .notFound)
        }
        let fingerprint = form["fingerprint"] ?? ""
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let verdict = ["confirm": Decision.confirmed, "dismiss": Decision.dismissed][form["verdict"] ?? ""]
        // Only a finding of this very version: a fingerprint from elsewhere is refused.
        guard let verdict, !reason.isEmpty, fingerprint.count == 64,
            try desk.findings(of: upload).contains(where: { $0.fingerprint == fingerprint })
        else {
            return .html(
                Pages.error(
                    WebError(
                        status: .badRequest, message: "Cần chọn xác nhận hoặc bỏ qua và ghi lý do.",
                        englishMessage: "Choose confirm or dismiss and give a reason.")), status: .badRequest)
        }
        guard let decision = ReviewState.Decision(rawValue: verdict) else { return Self.forbidden }
        _ = try store.decide(fingerprint, decision, reason: reason, by: session.user, at: desk.clock())
        return Response(status: .seeOther, headers: [.location: "/submission/\(upload.id)"])
    }

    static func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .strict)
    }
}
