import Foundation
import Hummingbird
import PlanCheckStore

/// A unit's link `/s/<token>`: submit a version, see its own versions. A version of another unit
/// through this link is a 403, the same page as any refusal.
struct ClerkRoutes: Sendable {
    let store: PlanCheckStore
    let desk: CampaignDesk
    let sessions: Sessions
    let maxUploadBytes: Int

    func register(on router: Router<WebContext>) {
        router.get("/s/:token") { _, context in try page(context) }
        router.post("/s/:token") { request, context in try await submit(request, context) }
        router.get("/s/:token/v/:id") { _, context in try version(context) }
        router.get("/s/:token/v/:id/download/:kind") { _, context in
            guard let (upload, campaign) = try own(context) else { return CampaignRoutes.forbidden }
            // The letter is the Sở's to send, once its reviewer has decided: not the clerk's to take.
            let kind = context.parameters.get("kind")
            guard kind != SubmissionDownloads.Kind.letter.rawValue else {
                return .html(CampaignPages.forbidden(), status: .notFound)
            }
            return try await desk.download(kind, of: upload, campaign: campaign)
        }
    }

    func find(_ context: WebContext) throws -> (WebSubmitter, WebCampaign)? {
        guard let token = context.parameters.get("token"), token.count == 64,
            let s = try store.submitter(token: token),
            let c = try store.campaigns().first(where: { $0.id == s.campaignId })
        else { return nil }
        return (s, c)
    }

    func page(_ context: WebContext, message: String? = nil, status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        guard let (s, c) = try find(context) else { return CampaignRoutes.forbidden }
        return .html(
            SubmissionPages.clerk(
                campaign: c, submitter: s, versions: try store.uploads(submitter: s.id),
                csrf: sessions.csrf(for: "link|" + s.token), message: message), status: status)
    }

    func submit(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let (s, c) = try find(context) else { return CampaignRoutes.forbidden }
        let reader = SelfCheckRoutes.FormReader(maxUploadBytes: maxUploadBytes)
        do {
            let form = try await reader.read(request)
            let csrf = form.part("csrf").map { String(decoding: $0.data, as: UTF8.self) } ?? ""
            guard Sessions.same(csrf, sessions.csrf(for: "link|" + s.token)) else {
                return CampaignRoutes.forbidden
            }
            guard let file = form.part("file"), file.filename != nil else { throw WebError.missingFile }
            let upload = try reader.upload(file, field: "kế hoạch")
            let id = try await desk.slots.run { () throws(WebError) -> Int64 in
                try desk.submit(upload, by: s, campaign: c)
            }
            return Response(status: .seeOther, headers: [.location: "/s/\(s.token)/v/\(id)"])
        } catch let error as WebError {
            return try page(context, message: error.message, status: error.status)
        }
    }

    /// The link's own version named in the path; nil for anything else, another unit's included.
    func own(_ context: WebContext) throws -> (WebUpload, WebCampaign)? {
        guard let (s, c) = try find(context),
            let id = context.parameters.get("id").flatMap({ Int64($0) }),
            let upload = try store.uploads(submitter: s.id).first(where: { $0.id == id })
        else { return nil }
        return (upload, c)
    }

    func version(_ context: WebContext) throws -> Response {
        guard let (upload, _) = try own(context), let (s, _) = try find(context) else {
            return CampaignRoutes.forbidden
        }
        return .html(
            SubmissionPages.clerkVersion(
                submitter: s, upload: upload, findings: try desk.findings(of: upload),
                links: try desk.links(of: upload), verdicts: try store.verdicts(),
                downloads: desk.downloads.kinds.filter { $0 != .letter }))
    }
}
