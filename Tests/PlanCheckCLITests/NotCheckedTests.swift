import Foundation
import PlanCheckTestSupport
import Testing

/// Every file under a folder is checked or named with its reason, in every format, for `check`
/// and `review`; .doc and .odt go through LibreOffice when it is installed.
@Suite(.serialized) struct NotCheckedTests {
    static var soffice: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// A folder with a text plan, a real .doc and .odt (converted from the docx seed), a README
    /// and a spreadsheet.
    static func folder(soffice: String) throws -> URL {
        let dir = try CLIRunner.tempDirectory()
        let seed = Fixtures.path("samples/docx/000_481931eabe76bbbc.docx")
        try FileManager.default.copyItem(
            atPath: Fixtures.path("samples/real/002_ba7950973bf1c86d.txt"),
            toPath: dir.appendingPathComponent("ke-hoach.txt").path)
        for format in ["doc", "odt"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: soffice)
            p.arguments = [
                "-env:UserInstallation=file://\(dir.path)/.profile", "--headless", "--convert-to", format,
                "--outdir", dir.path, seed,
            ]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            let made = dir.appendingPathComponent("000_481931eabe76bbbc.\(format)")
            try FileManager.default.moveItem(at: made, to: dir.appendingPathComponent("cu.\(format)"))
        }
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".profile"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("bang-tong-hop.xlsx"))
        try Data("# về thư mục".utf8).write(to: dir.appendingPathComponent("README.md"))
        return dir
    }

    @Test func docAndOdtAreConvertedThroughLibreOfficeAndTheRestNamed() throws {
        guard let soffice = Self.soffice else { return }
        let dir = try Self.folder(soffice: soffice)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["check", dir.path, "--format", "json"], timeout: 300)
        #expect(r.status == 1, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let documents = (root["documents"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(
            Set(documents.map { ($0 as NSString).lastPathComponent }) == ["ke-hoach.txt", "cu.doc", "cu.odt"])
        let findings = root["findings"] as? [[String: Any]] ?? []
        for name in ["cu.doc", "cu.odt"] {
            #expect(
                findings.contains { ($0["path"] as? String)?.hasSuffix(name) == true }, "\(name) was read")
        }
        let notChecked = (root["notChecked"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(
            Set(notChecked.map { ($0 as NSString).lastPathComponent }) == ["README.md", "bang-tong-hop.xlsx"])
    }

    @Test func withoutLibreOfficeTheyAreNamedWithTheAdviceInEveryFormat() throws {
        guard let soffice = Self.soffice else { return }
        let dir = try Self.folder(soffice: soffice)
        defer { try? FileManager.default.removeItem(at: dir) }
        let noOffice = ["PATH": "/nonexistent"]
        let out = dir.appendingPathComponent("out").path
        let r = try CLIRunner.run(["check", dir.path, "--out", out], environment: noOffice)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("không kiểm tra (cần LibreOffice để đọc"))
        for file in [
            "report.txt", "report.json", "report.sarif", "report.junit.xml", "report.md", "github.txt",
            "report.html",
        ] {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            #expect(text.contains("cu.doc") && text.contains("cu.odt"), "\(file) names the files left out")
            #expect(text.contains("bang-tong-hop.xlsx"), "\(file)")
            #expect(text.contains("LibreOffice"), "\(file) gives the advice")
        }
        let review = try CLIRunner.run(
            [
                "review", dir.path, "--db", dir.appendingPathComponent("r.sqlite").path, "--out",
                out + "-review", "--format", "json,sarif",
            ],
            environment: noOffice)
        #expect(review.status == 1, "\(review.stderr)")
        let json = try String(contentsOfFile: out + "-review/report.json", encoding: .utf8)
        #expect(json.contains("\"notChecked\"") && json.contains("cu.odt"))
        let sarif = try String(contentsOfFile: out + "-review/report.sarif", encoding: .utf8)
        #expect(sarif.contains("toolExecutionNotifications") && sarif.contains("cu.doc"))
    }

    @Test func aDocGivenAloneWithoutLibreOfficeIsOneLineWithTheAdvice() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = dir.appendingPathComponent("cu.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(
            to: doc)
        let r = try CLIRunner.run(["check", doc.path], environment: ["PATH": "/nonexistent"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("libreoffice-writer-nogui"), "\(r.stderr)")
    }
}
