import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

/// `/login`, `/logout` and who may open `/dashboard`.
@Suite struct LoginRouteTests {
    @Test func rightPasswordOpensASessionCookieThatIsHttpOnlyAndStrict() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            let response = try await visitor.logIn()
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/dashboard")
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("pc_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(visitor.cookies["pc_session"]?.count == 64)
            let dashboard = try await visitor.get("/dashboard")
            #expect(dashboard.status == .ok)
            let page = ServerFixture.text(dashboard)
            #expect(page.contains("Kế hoạch TTĐN 2024"))
            #expect(page.contains("0/2 đơn vị đã nộp"))
            for unit in CampaignFixture.units { #expect(page.contains(unit)) }
        }
    }

    @Test func wrongPasswordAndUnknownNameGetTheSameRefusal() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            let wrong = try await visitor.logIn(password: "sai-mat-khau-1")
            let unknown = try await visitor.logIn("khong-co-ai", password: "sai-mat-khau-1")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(visitor.cookies["pc_session"] == nil)
            let strip = { (r: TestResponse) in
                ServerFixture.text(r).replacingOccurrences(
                    of: #"value="[0-9a-f]{64}""#, with: "", options: .regularExpression)
            }
            #expect(strip(wrong) == strip(unknown), "the page must not tell a known name from an unknown one")
            #expect(ServerFixture.text(wrong).contains("Sai tên đăng nhập hoặc mật khẩu."))
            #expect(try await visitor.get("/dashboard").status == .forbidden)
        }
    }

    @Test func fiveFailuresLockTheNameEvenForTheRightPassword() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            for attempt in 1...Sessions.maxFailures {
                let response = try await visitor.logIn(password: "sai-lan-\(attempt)-xx")
                #expect(response.status == .unauthorized, "attempt \(attempt)")
            }
            let locked = try await visitor.logIn()
            #expect(locked.status == .tooManyRequests)
            #expect(ServerFixture.text(locked).contains("15 phút"))
            #expect(visitor.cookies["pc_session"] == nil)
            // Another name is not locked by this one's failures.
            let other = try await visitor.logIn("nguoi-khac", password: "sai-mat-khau-1")
            #expect(other.status == .unauthorized)
        }
    }

    @Test func loginWithoutOrWithAWrongCSRFTokenIsForbidden() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            _ = try await visitor.get("/login")
            let form = [("name", CampaignFixture.reviewer), ("password", CampaignFixture.password)]
            let none = try await visitor.post("/login", form: form)
            let wrong = try await visitor.post(
                "/login", form: [("csrf", String(repeating: "a", count: 64))] + form)
            #expect(none.status == .forbidden)
            #expect(wrong.status == .forbidden)
            // A token without the cookie it was made for is refused too.
            let page = try await visitor.get("/login")
            let token = Visitor.csrf(in: page) ?? ""
            var stranger = Visitor(client)
            let replayed = try await stranger.post("/login", form: [("csrf", token)] + form)
            #expect(replayed.status == .forbidden)
            #expect(visitor.cookies["pc_session"] == nil && stranger.cookies["pc_session"] == nil)
        }
    }

    @Test func dashboardWithoutASessionIsForbiddenAndShowsNothingOfTheCampaign() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            visitor.cookies["pc_session"] = String(repeating: "0", count: 64)
            for uri in ["/dashboard", "/dashboard?sort=unit", "/submission/1"] {
                let response = try await visitor.get(uri)
                #expect(response.status == .forbidden, "\(uri)")
                let page = ServerFixture.text(response)
                #expect(!page.contains("Kế hoạch TTĐN 2024"))
                for unit in CampaignFixture.units { #expect(!page.contains(unit)) }
                #expect(response.headers[.contentSecurityPolicy] == WebMiddleware.contentSecurityPolicy)
            }
        }
    }

    @Test func logoutNeedsTheSessionsTokenAndEndsTheSession() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var visitor = Visitor(client)
            _ = try await visitor.logIn()
            let dashboard = try await visitor.get("/dashboard")
            let token = Visitor.csrf(in: dashboard) ?? ""
            #expect(try await visitor.post("/logout", form: [("csrf", "x")]).status == .forbidden)
            #expect(try await visitor.get("/dashboard").status == .ok)
            let session = visitor.cookies["pc_session"]
            let out = try await visitor.post("/logout", form: [("csrf", token)])
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login")
            #expect(visitor.cookies["pc_session"] == nil)
            // The old cookie, kept by a careless browser, no longer opens anything.
            visitor.cookies["pc_session"] = session
            #expect(try await visitor.get("/dashboard").status == .forbidden)
        }
    }
}
