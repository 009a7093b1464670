import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

/// A unit's link `/s/TOKEN`: it submits versions and sees only its own.
@Suite struct ClerkRouteTests {
    static let plan = ServerFixture.FilePart(
        field: "file", filename: "ke-hoach-cau-ngang.txt", bytes: ServerFixture.file(CampaignFixture.district)
    )

    /// Submits the district plan through `token`'s link; the version's path from the redirect.
    static func submit(_ visitor: inout Visitor, token: String) async throws -> String {
        let page = try await visitor.get("/s/\(token)")
        #expect(page.status == .ok)
        let response = try await visitor.upload(
            "/s/\(token)", fields: [("csrf", Visitor.csrf(in: page) ?? "")], file: plan)
        #expect(response.status == .seeOther)
        return response.headers[.location] ?? ""
    }

    @Test func aLinkSubmitsAVersionAndShowsItsFindingsAndCoverage() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        let own = fixture.submitters[0]
        try await fixture.app().test(.router) { client in
            var clerk = Visitor(client)
            let location = try await Self.submit(&clerk, token: own.token)
            #expect(location.hasPrefix("/s/\(own.token)/v/"))
            let result = try await clerk.get(location)
            #expect(result.status == .ok)
            let page = ServerFixture.text(result)
            #expect(page.contains("ke-hoach-cau-ngang.txt"))
            #expect(page.contains("Huyện Cầu Ngang"))
            #expect(page.contains("class=\"finding sev-"))
            #expect(page.contains("Tiếp nhận nhiệm vụ cấp trên"))
            #expect(!page.contains(fixture.folder.path), "no server path in the page")
            let uploads = try fixture.store.uploads(submitter: own.id)
            #expect(uploads.count == 1)
            #expect(uploads.first?.shownName == "ke-hoach-cau-ngang.txt")
            #expect(uploads.first?.runId != nil)
            let listing = ServerFixture.text(try await clerk.get("/s/\(own.token)"))
            #expect(listing.contains("href=\"\(location)\""))
        }
    }

    @Test func anotherUnitsLinkCannotOpenThisUnitsVersion() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        let (own, other) = (fixture.submitters[0], fixture.submitters[1])
        try await fixture.app().test(.router) { client in
            var clerk = Visitor(client)
            let location = try await Self.submit(&clerk, token: own.token)
            let id = location.split(separator: "/").last.map(String.init) ?? ""
            var stranger = Visitor(client)
            let response = try await stranger.get("/s/\(other.token)/v/\(id)")
            #expect(response.status == .forbidden)
            let page = ServerFixture.text(response)
            #expect(!page.contains("ke-hoach-cau-ngang.txt"))
            #expect(!page.contains("Huyện Cầu Ngang"))
            #expect(!page.contains("class=\"finding"))
            // Its own page lists none of the first unit's versions.
            let listing = ServerFixture.text(try await stranger.get("/s/\(other.token)"))
            #expect(listing.contains("Chưa nộp phiên bản nào."))
            #expect(!listing.contains("ke-hoach-cau-ngang.txt"))
            // A reviewer's page is no clerk's business either.
            #expect(try await stranger.get("/submission/\(id)").status == .forbidden)
        }
    }

    @Test(arguments: [
        String(repeating: "f", count: 64), "abc", String(repeating: "0", count: 63) + "g", "..%2F..%2Fetc",
    ])
    func unknownTokenIsForbiddenWithoutSayingWhatExists(token: String) async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            for uri in ["/s/\(token)", "/s/\(token)/v/1"] {
                let response = try await visitor.get(uri)
                #expect(response.status == .forbidden, "\(uri)")
                let page = ServerFixture.text(response)
                #expect(page == CampaignPages.forbidden(), "the same page for every refusal")
                #expect(!page.contains("Kế hoạch TTĐN 2024"))
            }
            let (headers, body) = ServerFixture.multipart([Self.plan])
            let post = try await client.execute(
                uri: "/s/\(token)", method: .post, headers: headers, body: body)
            #expect(post.status == .forbidden)
            #expect(try fixture.store.uploads(submitter: fixture.submitters[0].id).isEmpty)
        }
    }

    @Test func aSubmissionWithoutOrWithAnotherLinksCSRFTokenIsForbidden() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        let (own, other) = (fixture.submitters[0], fixture.submitters[1])
        try await fixture.app().test(.router) { client in
            var clerk = Visitor(client)
            let otherToken = Visitor.csrf(in: try await clerk.get("/s/\(other.token)")) ?? ""
            let none = try await clerk.upload("/s/\(own.token)", fields: [], file: Self.plan)
            let wrong = try await clerk.upload(
                "/s/\(own.token)", fields: [("csrf", otherToken)], file: Self.plan)
            #expect(none.status == .forbidden)
            #expect(wrong.status == .forbidden)
            #expect(try fixture.store.uploads(submitter: own.id).isEmpty)
        }
    }

    @Test func aRefusedFileIsSaidOnTheLinksPageAndNothingIsStored() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        let own = fixture.submitters[0]
        try await fixture.app().test(.router) { client in
            var clerk = Visitor(client)
            let csrf = Visitor.csrf(in: try await clerk.get("/s/\(own.token)")) ?? ""
            let exe = ServerFixture.FilePart(
                field: "file", filename: "ke-hoach.docx", bytes: Array("MZ\u{0}\u{0}".utf8))
            let response = try await clerk.upload("/s/\(own.token)", fields: [("csrf", csrf)], file: exe)
            #expect(response.status == .unsupportedMediaType)
            #expect(ServerFixture.text(response).contains("không phải tệp .docx"))
            #expect(try fixture.store.uploads(submitter: own.id).isEmpty)
        }
    }
}
