import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

@Suite struct SelfCheckRouteTests {
    @Test func selfCheckPageOffersTheUploadFormWithStrictHeaders() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let page = ServerFixture.text(response)
                #expect(page.contains("Tự kiểm tra dự thảo kế hoạch"))
                #expect(page.contains("enctype=\"multipart/form-data\""))
                #expect(page.contains("name=\"parent\""))
                #expect(!page.contains("<script"))
                #expect(!page.contains("<style"))
                #expect(response.headers[.contentSecurityPolicy] == WebMiddleware.contentSecurityPolicy)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func stylesheetIsServedFromStatic() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/static/plancheck.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
                #expect(ServerFixture.text(response).contains("mark{"))
            }
        }
    }

    @Test func unknownPathIsNotFoundWithTheSameHeaders() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/khong-co", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentSecurityPolicy] == WebMiddleware.contentSecurityPolicy)
            }
        }
    }

    @Test func seedSelfCheckShowsFindingsGroupedWithHighlightsAndLegalBasis() async throws {
        let (headers, body) = ServerFixture.multipart([
            .init(field: "file", filename: "ke-hoach.txt", bytes: ServerFixture.file(Fixtures.seed("002")))
        ])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = ServerFixture.text(response)
                #expect(page.contains("Kết quả tự kiểm tra"))
                #expect(page.contains("ke-hoach.txt"))
                #expect(page.contains("<mark>"))
                #expect(page.contains("<details><summary>Vì sao và căn cứ pháp lý"))
                #expect(page.contains("<h3>"))
                #expect(!page.contains("plancheck-upload-"), "the temporary folder must not leak")
                #expect(!page.contains("<script"))
            }
        }
    }

    @Test func parentUploadShowsTheCoverageOfItsDuties() async throws {
        let chain = "samples/chains/tra-vinh-2024/"
        let (headers, body) = ServerFixture.multipart([
            .init(
                field: "file", filename: "huyen.txt",
                bytes: ServerFixture.file(Fixtures.path(chain + "02-huyen-cau-ngang.txt"))),
            .init(
                field: "parent", filename: "tinh.md",
                bytes: ServerFixture.file(Fixtures.path(chain + "01-tinh-tra-vinh.md"))),
        ])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = ServerFixture.text(response)
                #expect(page.contains("Tiếp nhận nhiệm vụ cấp trên"))
                #expect(page.contains("so với văn bản cấp trên: <b>tinh.md</b>"))
                #expect(page.contains("class=\"cov-covered\""))
                #expect(page.contains("cap-tren.md"))
            }
        }
    }

    @Test func injectedMarkupInAPlanIsEscaped() async throws {
        let plan = Array(
            "KẾ HOẠCH\n<script>alert('x')</script> Thực hiện Nghị định số 72/NĐ-CP <img src=x onerror=alert(1)>\n"
                .utf8)
        let (headers, body) = ServerFixture.multipart([
            .init(field: "file", filename: "<b>x</b>.txt", bytes: plan)
        ])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = ServerFixture.text(response)
                #expect(!page.contains("<script"))
                #expect(!page.contains("<img"))
                #expect(!page.contains("<b>x</b>"))
                #expect(page.contains("&lt;script&gt;") || page.contains("&lt;img"))
            }
        }
    }
}
