import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanCheckStore
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

/// A reviewer's submission page and decisions, and what they change on the dashboard.
@Suite struct ReviewRouteTests {
    /// The first unit's version submitted, a reviewer logged in: the version's id.
    static func submittedAndLoggedIn(
        _ fixture: CampaignFixture, _ reviewer: inout Visitor, clerk: inout Visitor
    )
        async throws -> Int64
    {
        let location = try await ClerkRouteTests.submit(&clerk, token: fixture.submitters[0].token)
        #expect(try await reviewer.logIn().status == .seeOther)
        return Int64(location.split(separator: "/").last ?? "") ?? -1
    }

    /// The dashboard's error and warning counts of the first unit.
    static func counts(_ page: String) -> (errors: Int, warnings: Int)? {
        let row = #"<tr data-unit="Huyện Cầu Ngang">.*?<td class="errors">(\d+)</td><td>(\d+)</td>"#
        guard let regex = try? NSRegularExpression(pattern: row),
            let m = regex.firstMatch(in: page, range: NSRange(page.startIndex..., in: page)),
            let e = Range(m.range(at: 1), in: page), let w = Range(m.range(at: 2), in: page)
        else { return nil }
        return (Int(page[e]) ?? -1, Int(page[w]) ?? -1)
    }

    /// The fingerprint of the first finding of `severity` on a submission page.
    static func fingerprint(_ page: String, severity: String) -> String? {
        Visitor.first(
            #"<article class="finding sev-\#(severity)" data-fingerprint="([0-9a-f]{64})""#, in: page)
    }

    @Test func dismissingAFindingWithAReasonIsStoredAndLowersTheDashboardCount() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, clerk) = (Visitor(client), Visitor(client))
            let id = try await Self.submittedAndLoggedIn(fixture, &reviewer, clerk: &clerk)
            let before = try #require(Self.counts(ServerFixture.text(try await reviewer.get("/dashboard"))))
            #expect(before.warnings > 0)
            let submission = try await reviewer.get("/submission/\(id)")
            #expect(submission.status == .ok)
            let page = ServerFixture.text(submission)
            #expect(page.contains("Lịch sử phiên bản"))
            let fp = try #require(Self.fingerprint(page, severity: "warning"))
            let response = try await reviewer.post(
                "/submission/\(id)/decide",
                form: [
                    ("csrf", Visitor.csrf(in: submission) ?? ""), ("fingerprint", fp),
                    ("reason", "Huyện đã giải trình"), ("verdict", "dismiss"),
                ])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/submission/\(id)")
            let decision = try #require(try fixture.store.decisions()[fp])
            #expect(decision.decision == .dismissed)
            #expect(decision.reason == "Huyện đã giải trình")
            #expect(decision.reviewer == CampaignFixture.reviewer)
            let after = try #require(Self.counts(ServerFixture.text(try await reviewer.get("/dashboard"))))
            #expect(after.warnings == before.warnings - 1)
            #expect(after.errors == before.errors)
            let shown = ServerFixture.text(try await reviewer.get("/submission/\(id)"))
            #expect(shown.contains("Đã bỏ qua (báo nhầm)"))
            // The clerk no longer sees a dismissed finding.
            let own = ServerFixture.text(try await clerk.get("/s/\(fixture.submitters[0].token)/v/\(id)"))
            #expect(!own.contains(fp))
        }
    }

    @Test func confirmingAFindingKeepsItCountedAndMarked() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, clerk) = (Visitor(client), Visitor(client))
            let id = try await Self.submittedAndLoggedIn(fixture, &reviewer, clerk: &clerk)
            let before = try #require(Self.counts(ServerFixture.text(try await reviewer.get("/dashboard"))))
            let submission = try await reviewer.get("/submission/\(id)")
            let fp = try #require(Self.fingerprint(ServerFixture.text(submission), severity: "warning"))
            let response = try await reviewer.post(
                "/submission/\(id)/decide",
                form: [
                    ("csrf", Visitor.csrf(in: submission) ?? ""), ("fingerprint", fp),
                    ("reason", "Đúng là lỗi"),
                    ("verdict", "confirm"),
                ])
            #expect(response.status == .seeOther)
            #expect(try fixture.store.decisions()[fp]?.decision == .confirmed)
            let dashboard = ServerFixture.text(try await reviewer.get("/dashboard"))
            let after = try #require(Self.counts(dashboard))
            #expect(after.warnings == before.warnings)
            #expect(
                ServerFixture.text(try await reviewer.get("/submission/\(id)")).contains("Đã xác nhận lỗi"))
        }
    }

    @Test func aDecisionWithoutOrWithAWrongCSRFTokenIsForbiddenAndChangesNothing() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, clerk) = (Visitor(client), Visitor(client))
            let id = try await Self.submittedAndLoggedIn(fixture, &reviewer, clerk: &clerk)
            let page = ServerFixture.text(try await reviewer.get("/submission/\(id)"))
            let fp = try #require(Self.fingerprint(page, severity: "warning"))
            let form = [("fingerprint", fp), ("reason", "lý do"), ("verdict", "dismiss")]
            let none = try await reviewer.post("/submission/\(id)/decide", form: form)
            let wrong = try await reviewer.post(
                "/submission/\(id)/decide", form: [("csrf", String(repeating: "e", count: 64))] + form)
            #expect(none.status == .forbidden)
            #expect(wrong.status == .forbidden)
            // The clerk's link token is no reviewer's session.
            let clerkToken = Visitor.csrf(in: try await clerk.get("/s/\(fixture.submitters[0].token)")) ?? ""
            let crossed = try await clerk.post(
                "/submission/\(id)/decide", form: [("csrf", clerkToken)] + form)
            #expect(crossed.status == .forbidden)
            #expect(try fixture.store.decisions().isEmpty)
        }
    }

    @Test func aDecisionNeedsAReasonAVerdictAndAFindingOfThatVersion() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, clerk) = (Visitor(client), Visitor(client))
            let id = try await Self.submittedAndLoggedIn(fixture, &reviewer, clerk: &clerk)
            let submission = try await reviewer.get("/submission/\(id)")
            let csrf = Visitor.csrf(in: submission) ?? ""
            let fp = try #require(Self.fingerprint(ServerFixture.text(submission), severity: "warning"))
            let bad: [[(String, String)]] = [
                [("fingerprint", fp), ("reason", "  "), ("verdict", "dismiss")],
                [("fingerprint", fp), ("reason", "lý do"), ("verdict", "accept")],
                [
                    ("fingerprint", String(repeating: "a", count: 64)), ("reason", "lý do"),
                    ("verdict", "dismiss"),
                ],
            ]
            for form in bad {
                let response = try await reviewer.post(
                    "/submission/\(id)/decide", form: [("csrf", csrf)] + form)
                #expect(response.status == .badRequest)
            }
            let unknown = try await reviewer.post(
                "/submission/999999/decide",
                form: [("csrf", csrf), ("fingerprint", fp), ("reason", "x"), ("verdict", "dismiss")])
            #expect(unknown.status == .notFound)
            #expect(try await reviewer.get("/submission/999999").status == .notFound)
            #expect(try await reviewer.get("/submission/abc").status == .notFound)
            #expect(try fixture.store.decisions().isEmpty)
        }
    }

    @Test func dashboardPutsTheUnitThatHasNotSubmittedFirstAndCountsVersions() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, clerk) = (Visitor(client), Visitor(client))
            _ = try await Self.submittedAndLoggedIn(fixture, &reviewer, clerk: &clerk)
            _ = try await ClerkRouteTests.submit(&clerk, token: fixture.submitters[0].token)
            let page = ServerFixture.text(try await reviewer.get("/dashboard"))
            #expect(page.contains("1/2 đơn vị đã nộp"))
            let order = Visitor.all(#"<tr data-unit="([^"]+)">"#, in: page)
            #expect(order == ["Huyện Duyên Hải", "Huyện Cầu Ngang"])
            #expect(page.contains("<td class=\"ontime\">đúng hạn</td>"))
            let byUnit = Visitor.all(
                #"<tr data-unit="([^"]+)">"#,
                in: ServerFixture.text(try await reviewer.get("/dashboard?sort=unit")))
            #expect(byUnit == ["Huyện Cầu Ngang", "Huyện Duyên Hải"])
        }
    }
}
