import Foundation
import PlanCheckLetter
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// The `letter:` section of `.plancheck.yml`: strict keys with their lines, no default for any
/// detail of the sender, and a setup that names what is missing instead of guessing it.
struct LetterSenderConfigTests {
    static func config(_ text: String) throws -> (URL, Result<PlanCheckConfig, RuleLoadingError>) {
        let dir = try LetterFixture.temporaryDirectory()
        let file = dir.appendingPathComponent(".plancheck.yml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        do { return (file, .success(try PlanCheckConfig.load(file))) } catch let e as RuleLoadingError {
            return (file, .failure(e))
        }
    }

    @Test func theSampleSenderIsReadInFull() throws {
        let config = try PlanCheckConfig.load(URL(fileURLWithPath: LetterFixture.sampleConfig))
        let sender = try #require(config.letter)
        #expect(sender.issuer == ["UBND TỈNH VĨNH LONG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"])
        #expect(sender.name == "Sở Văn hóa, Thể thao và Du lịch")
        #expect(sender.code == "SVHTTDL-VP")
        #expect(sender.place == "Vĩnh Long")
        #expect(sender.authority == ["KT. GIÁM ĐỐC"])
        #expect(sender.title == "PHÓ GIÁM ĐỐC")
        #expect(sender.signer == "Nguyễn Văn An")
        #expect(sender.archive == "VP")
        #expect(sender.resubmitDays == 10)
        #expect(sender.copies == ["Giám đốc Sở (để b/c)"])
        #expect(sender.missing == [])
    }

    @Test func badValuesAndUnknownKeysNameTheirLines() throws {
        let (file, result) = try Self.config(
            """
            letter:
              issuer: [UBND TỈNH VĨNH LONG]
              code: /SVHTTDL-VP
              resubmit_days: mười
              signer:
                chuc_vu: PHÓ GIÁM ĐỐC
              sender: Sở
            """)
        guard case .failure(let error) = result else {
            Issue.record("a bad letter section loaded")
            return
        }
        let p = file.path
        #expect(
            error.diagnostics == [
                "\(p):3: 'letter.code' is the ký hiệu after the slash (\"SVHTTDL-VP\"), without '/' or spaces",
                "\(p):4: 'letter.resubmit_days' must be a number of days from 1 to 365",
                "\(p):6: unknown 'letter.signer' key 'chuc_vu' (expected one of: authority, name, title)",
                "\(p):7: unknown 'letter' key 'sender' (expected one of: archive, code, copies, issuer, name, place, resubmit_days, signer, template)",
            ])
    }

    @Test func aPartialSectionLoadsButListsWhatALetterStillNeeds() throws {
        let (_, result) = try Self.config(
            "letter:\n  name: Sở Văn hóa, Thể thao và Du lịch\n  signer:\n    name: Nguyễn Văn An\n")
        let sender = try #require(try result.get().letter)
        #expect(sender.missing == ["issuer", "code", "place", "signer.title", "archive", "resubmit_days"])
        let environment = try #require(LetterFixture.environment)
        #expect(throws: LetterSetup.Problem.self) {
            try LetterSetup.composer(
                config: try result.get(), ruleFolders: environment.folders, ruleSet: environment.ruleSet)
        }
    }

    @Test func withoutALetterSectionNoLetterCanBeWritten() throws {
        let (file, result) = try Self.config("rules:\n  KH004: off\n")
        let config = try result.get()
        #expect(config.letter == nil)
        let environment = try #require(LetterFixture.environment)
        do {
            _ = try LetterSetup.composer(
                config: config, ruleFolders: environment.folders, ruleSet: environment.ruleSet)
            Issue.record("a composer without a sender")
        } catch {
            #expect(error == .noSenderSection(config: file.path))
        }
    }

    @Test func aConfiguredTemplateThatDoesNotExistIsNamed() throws {
        let text =
            try String(contentsOfFile: LetterFixture.sampleConfig, encoding: .utf8)
            + "  template: mau/khong-co.yaml\n"
        let (file, result) = try Self.config(text)
        let config = try result.get()
        let environment = try #require(LetterFixture.environment)
        do {
            _ = try LetterSetup.composer(
                config: config, ruleFolders: environment.folders, ruleSet: environment.ruleSet)
            Issue.record("a composer without a template")
        } catch {
            let expected = file.deletingLastPathComponent().appendingPathComponent("mau/khong-co.yaml").path
            #expect(error == .noTemplate(searched: [expected]))
        }
    }
}
