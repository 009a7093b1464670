import Foundation
import PlanCheckServer
import PlanCheckStore
import PlanCheckTestSupport
import Testing

/// `users add`, `campaign create` and `campaign links` through the built binary: what `serve`
/// needs set up, and a clear one-line refusal (exit 2) for everything else.
struct WebAdminCommandTests {
    static let parent = Fixtures.path("samples/chains/tra-vinh-2024/01-tinh-tra-vinh.md")

    @Test func usersAddStoresABcryptHashOfThePasswordReadFromStdin() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("web.sqlite").path
        let password = "mot-mat-khau-dai"
        let r = try CLIRunner.run(
            ["users", "add", "thamdinh", "--role", "reviewer", "--db", db], stdin: password + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "đã lưu tài khoản thamdinh (reviewer)\n")
        let user = try #require(try PlanCheckStore(path: db).user(named: "thamdinh"))
        #expect(user.role == "reviewer")
        #expect(user.passwordHash.hasPrefix("$2b$12$"))
        #expect(!user.passwordHash.contains(password))
        #expect(Credentials.verify(password, hash: user.passwordHash))
        #expect(!Credentials.verify(password + "x", hash: user.passwordHash))
        // Run again: the password changes, the user stays one.
        #expect(
            try CLIRunner.run(["users", "add", "thamdinh", "--db", db], stdin: "mat-khau-moi-123\n").status
                == 0)
        let changed = try #require(try PlanCheckStore(path: db).user(named: "thamdinh"))
        #expect(Credentials.verify("mat-khau-moi-123", hash: changed.passwordHash))
    }

    @Test(arguments: [("ngan\n", "ít nhất 10 ký tự"), ("", "ít nhất 10 ký tự")])
    func usersAddRefusesAShortOrMissingPassword(stdin: String, message: String) throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("web.sqlite").path
        let r = try CLIRunner.run(["users", "add", "thamdinh", "--db", db], stdin: stdin)
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(message), "\(r.stderr)")
        let role = try CLIRunner.run(
            ["users", "add", "x", "--role", "admin", "--db", db], stdin: "mat-khau-dai-123\n")
        #expect(role.status == 2)
    }

    @Test func campaignCreateThenLinksGivesEveryUnitItsOwnUnguessableLink() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("web.sqlite").path
        let create = try CLIRunner.run([
            "campaign", "create", "TTĐN 2024", "--parent", Self.parent, "--due", "31/03/2026",
            "--expect", "Huyện Cầu Ngang", "--expect", "Huyện Duyên Hải", "--expect", "Huyện Cầu Ngang",
            "--db", db,
        ])
        #expect(create.status == 0, "\(create.stderr)")
        let campaign = try #require(try PlanCheckStore(path: db).campaigns().first)
        #expect(campaign.name == "TTĐN 2024")
        #expect(campaign.due == "2026-03-31")
        #expect(campaign.parents == [Self.parent])
        let links = try CLIRunner.run([
            "campaign", "links", "TTĐN 2024", "--base-url", "https://kh.example.vn/", "--db", db,
        ])
        #expect(links.status == 0, "\(links.stderr)")
        let lines = links.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(
            lines.map { $0[0] } == ["Huyện Cầu Ngang", "Huyện Duyên Hải"], "a unit named twice is one unit")
        let tokens = lines.compactMap {
            $0.last?.replacingOccurrences(of: "https://kh.example.vn/s/", with: "")
        }
        #expect(tokens.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }, "\(tokens)")
        #expect(Set(tokens).count == 2)
        let again = try CLIRunner.run([
            "campaign", "create", "TTĐN 2024", "--parent", Self.parent, "--due", "31/03/2026", "--expect",
            "X", "--db", db,
        ])
        #expect(again.status == 2 && again.stderr.contains("tên đã dùng"))
    }

    @Test func campaignCreateForAProvinceExpectsEveryCommuneOfIt() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("web.sqlite").path
        let r = try CLIRunner.run([
            "campaign", "create", "VL", "--parent", Self.parent, "--due", "30/06/2026", "--province",
            "Tỉnh Vĩnh Long", "--db", db,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let store = try PlanCheckStore(path: db)
        let units = try store.submitters(campaign: try #require(try store.campaigns().first).id).map(\.unit)
        // The communes in force of the province, as the registry's map lists them.
        let tsv = try String(contentsOfFile: Fixtures.path("rules/registry/units.tsv"), encoding: .utf8)
        var expected: [String] = []
        for line in tsv.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count >= 4, f[1] == "xa", f[2] == "Tỉnh Vĩnh Long", f[3].isEmpty { expected.append(f[0]) }
        }
        #expect(!expected.isEmpty)
        #expect(units == expected)
        #expect(r.stdout.contains("\(units.count) đơn vị"))
    }

    @Test(arguments: [
        (
            ["--parent", "/khong/co.md", "--due", "31/03/2026", "--expect", "X"],
            "không đọc được văn bản cấp trên"
        ),
        (["--parent", parent, "--due", "31/02/2026", "--expect", "X"], "DD/MM/YYYY"),
        (["--parent", parent, "--due", "2026-03-31", "--expect", "X"], "DD/MM/YYYY"),
        (["--due", "31/03/2026", "--expect", "X"], "--parent"),
        (["--parent", parent, "--due", "31/03/2026"], "--expect"),
    ])
    func campaignCreateRefusesBadInputInOneLine(arguments: [String], message: String) throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("web.sqlite").path
        let r = try CLIRunner.run(["campaign", "create", "X"] + arguments + ["--db", db])
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func campaignLinksOfAnUnknownCampaignIsRefused() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("web.sqlite").path
        _ = try PlanCheckStore(path: db)
        let r = try CLIRunner.run(["campaign", "links", "khong-co", "--db", db])
        #expect(r.status == 2 && r.stderr.contains("không có đợt"), "\(r.stderr)")
    }
}
