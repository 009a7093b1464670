import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanCheckTestSupport
import Testing

@testable import PlanCheckServer

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A version's report files and letter: each parses as what it says, is saved under an ASCII
/// name, carries the reviewers' decisions, and only its own unit or a reviewer gets it.
@Suite struct DownloadRouteTests {
    /// One version submitted and a reviewer logged in, with the sample sender for letters.
    static func prepared(_ client: any TestClientProtocol, _ fixture: CampaignFixture) async throws -> (
        Visitor, Visitor, Int64
    ) {
        var (reviewer, clerk) = (Visitor(client), Visitor(client))
        let id = try await ReviewRouteTests.submittedAndLoggedIn(fixture, &reviewer, clerk: &clerk)
        return (reviewer, clerk, id)
    }

    static func disposition(_ response: TestResponse) -> String {
        response.headers[.contentDisposition] ?? ""
    }

    @Test func everyFileParsesAndIsSavedUnderAnASCIIName() async throws {
        let fixture = try CampaignFixture(environment: CampaignFixture.withLetters)
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, _, id) = try await Self.prepared(client, fixture)
            let page = ServerFixture.text(try await reviewer.get("/submission/\(id)"))
            for kind in SubmissionDownloads.Kind.allCases {
                #expect(page.contains("href=\"/submission/\(id)/download/\(kind.rawValue)\""), "\(kind)")
                let response = try await reviewer.get("/submission/\(id)/download/\(kind.rawValue)")
                #expect(response.status == .ok, "\(kind)")
                #expect(response.headers[.contentType] == kind.contentType)
                let name = "ke-hoach-cau-ngang.\(kind.fileExtension)"
                #expect(Self.disposition(response) == "attachment; filename=\"\(name)\"")
                #expect(response.headers[.contentSecurityPolicy] == WebMiddleware.contentSecurityPolicy)
                let bytes = Data(buffer: response.body)
                switch kind {
                case .sarif:
                    let json = try JSONSerialization.jsonObject(with: bytes) as? [String: Any]
                    let runs = json?["runs"] as? [[String: Any]] ?? []
                    let results = runs.first?["results"] as? [Any] ?? []
                    #expect(results.count > 0)
                case .junit:
                    let parser = XMLParser(data: bytes)
                    #expect(parser.parse(), "JUnit must be well-formed XML")
                    #expect(String(decoding: bytes, as: UTF8.self).contains("<testsuites"))
                case .html:
                    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
                case .markdown:
                    #expect(String(decoding: bytes, as: UTF8.self).contains("ke-hoach-cau-ngang") == false)
                    #expect(String(decoding: bytes, as: UTF8.self).contains("c1-u1.txt"))
                case .letter:
                    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a .docx is a zip")
                    #expect(String(decoding: bytes, as: UTF8.self).contains("word/document.xml"))
                }
                #expect(
                    !String(decoding: bytes, as: UTF8.self).contains(fixture.folder.path), "no server path")
            }
        }
    }

    @Test func aDismissedFindingIsASuppressionInTheSARIF() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, _, id) = try await Self.prepared(client, fixture)
            let submission = try await reviewer.get("/submission/\(id)")
            let fp = try #require(
                ReviewRouteTests.fingerprint(ServerFixture.text(submission), severity: "warning"))
            _ = try await reviewer.post(
                "/submission/\(id)/decide",
                form: [
                    ("csrf", Visitor.csrf(in: submission) ?? ""), ("fingerprint", fp), ("reason", "báo nhầm"),
                    ("verdict", "dismiss"),
                ])
            let sarif = try await reviewer.get("/submission/\(id)/download/sarif")
            let json = try JSONSerialization.jsonObject(with: Data(buffer: sarif.body)) as? [String: Any]
            let results = (json?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
            let suppressed = results.filter { ($0["suppressions"] as? [Any])?.isEmpty == false }
            #expect(suppressed.count == 1)
            let prints = suppressed.first?["partialFingerprints"] as? [String: String]
            #expect(prints?.values.contains(fp) == true, "the page's and the report's identity agree")
        }
    }

    @Test func aClerkDownloadsOnlyItsOwnReportsAndNoLetter() async throws {
        let fixture = try CampaignFixture(environment: CampaignFixture.withLetters)
        defer { fixture.remove() }
        let (own, other) = (fixture.submitters[0], fixture.submitters[1])
        try await fixture.app().test(.router) { client in
            var (_, clerk, id) = try await Self.prepared(client, fixture)
            let page = ServerFixture.text(try await clerk.get("/s/\(own.token)/v/\(id)"))
            #expect(page.contains("/s/\(own.token)/v/\(id)/download/sarif"))
            #expect(!page.contains("/download/letter"))
            let mine = try await clerk.get("/s/\(own.token)/v/\(id)/download/junit")
            #expect(mine.status == .ok)
            #expect(try await clerk.get("/s/\(own.token)/v/\(id)/download/letter").status == .notFound)
            var stranger = Visitor(client)
            for kind in ["sarif", "junit", "html", "markdown", "letter"] {
                let response = try await stranger.get("/s/\(other.token)/v/\(id)/download/\(kind)")
                #expect(response.status == .forbidden, "\(kind)")
                #expect(Self.disposition(response).isEmpty)
                #expect(try await stranger.get("/submission/\(id)/download/\(kind)").status == .forbidden)
            }
        }
    }

    @Test func withoutASenderThereIsNoLetterAndAnUnknownKindIsNotFound() async throws {
        let fixture = try CampaignFixture()
        defer { fixture.remove() }
        try await fixture.app().test(.router) { client in
            var (reviewer, _, id) = try await Self.prepared(client, fixture)
            let page = ServerFixture.text(try await reviewer.get("/submission/\(id)"))
            #expect(page.contains("/download/sarif"))
            #expect(!page.contains("/download/letter"))
            #expect(try await reviewer.get("/submission/\(id)/download/letter").status == .notFound)
            #expect(try await reviewer.get("/submission/\(id)/download/exe").status == .notFound)
            #expect(try await reviewer.get("/submission/999/download/sarif").status == .notFound)
        }
    }

    @Test(arguments: [
        ("Kế hoạch Cầu Ngang (bản 2).docx", "ke-hoach-cau-ngang-ban-2"), ("ĐỀ ÁN.md", "de-an"),
        ("\"; rm -rf *.txt", "rm-rf"), ("..txt", "ke-hoach"), ("文件.pdf", "ke-hoach"),
    ])
    func downloadNamesAreASCII(shown: String, expected: String) {
        #expect(SubmissionDownloads.asciiName(shown) == expected)
    }
}
