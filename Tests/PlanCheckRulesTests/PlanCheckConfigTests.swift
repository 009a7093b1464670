import Foundation
import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct PlanCheckConfigTests {
    @Test func configIsFoundInAnAncestorFolder() throws {
        let folder = TempFolder()
        try folder.write(
            ".plancheck.yml",
            "rules:\n  TT001: off\n  TT002: info\npacks:\n  ke-hoach: off\nrule_folders: [local-rules]\n")
        try folder.write("plans/2024/README.md", "")
        let config = try PlanCheckConfig.discover(from: folder.url.appendingPathComponent("plans/2024"))
        #expect(config.rules == ["TT001": .off, "TT002": .info])
        #expect(config.packs == ["ke-hoach": .off])
        #expect(config.resolvedRuleFolders.map(\.lastPathComponent) == ["local-rules"])
        #expect(config.file?.lastPathComponent == ".plancheck.yml")
    }

    @Test func noConfigFileGivesTheDefault() throws {
        let folder = TempFolder()
        try folder.write("a/b/plan.txt", "")
        let config = try PlanCheckConfig.discover(from: folder.url.appendingPathComponent("a/b"))
        // Whatever lies above the temporary folder, nothing inside it is taken for a config.
        #expect(config.file.map { !$0.path.hasPrefix(folder.url.path) } ?? true)
    }

    @Test func unknownKeyAndBadSettingNameTheirLines() throws {
        let folder = TempFolder()
        let file = try folder.write(".plancheck.yml", "rules:\n  TT001: loud\nexclude: [x]\n")
        #expect {
            try PlanCheckConfig.load(file)
        } throws: { error in
            (error as? RuleLoadingError)?.diagnostics == [
                "\(file.path):2: bad setting 'loud' for 'TT001' in 'rules' (expected off|on|error|warning|info)",
                "\(file.path):3: unknown key 'exclude' (expected one of: baseline, letter, packs, rule_folders, rules)",
            ]
        }
    }

    @Test func ruleSettingsOverridePacksAndTurnOnOptInRules() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/rules")
        let set = try RuleSet.load(folders: [fixtures])
        let tt001 = try #require(set.rule(id: "TT001"))
        let kh001 = try #require(set.rule(id: "KH001"))
        #expect(PlanCheckConfig().effectiveSeverity(of: kh001) == nil)
        #expect(PlanCheckConfig(rules: ["KH001": .on]).effectiveSeverity(of: kh001) == .warning)
        #expect(PlanCheckConfig(packs: ["the-thuc": .off]).effectiveSeverity(of: tt001) == nil)
        #expect(
            PlanCheckConfig(rules: ["TT001": .info], packs: ["the-thuc": .off]).effectiveSeverity(of: tt001)
                == .info)
        #expect(PlanCheckConfig(rules: ["TT999": .off]).unknownNames(in: set).count == 1)
    }
}
