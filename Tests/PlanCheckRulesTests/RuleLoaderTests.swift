import Foundation
import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct RuleLoaderTests {
    /// A valid rule; `extra` lines are appended, `replace` swaps a line.
    static func rule(
        id: String = "TT001", name: String = "missing-national-motto", severity: String = "error",
        message: String = "Thiếu {field}.",
        check: String = "  kind: header-field\n  field: motto\n  require: present",
        extra: String = ""
    ) -> String {
        """
        id: \(id)
        name: \(name)
        severity: \(severity)
        summary: Văn bản thiếu Quốc hiệu và Tiêu ngữ.
        message: "\(message)"
        message_en: "Missing {field}."
        rationale: Nghị định 30/2020/NĐ-CP quy định Quốc hiệu là thành phần bắt buộc.
        references:
          - Nghị định 30/2020/NĐ-CP, Điều 8, khoản 1
        check:
        \(check)
        \(extra)
        applies_to: [all]
        """
    }

    func loadErrors(_ folder: TempFolder) -> [String] {
        do {
            _ = try RuleSet.load(folders: [folder.url])
            return []
        } catch let error as RuleLoadingError {
            return error.diagnostics
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func validRuleLoadsWithItsPack() throws {
        let folder = TempFolder()
        try folder.write("the-thuc/TT001-missing-national-motto.yaml", Self.rule())
        try folder.write("the-thuc/TT001-missing-national-motto/pass-1.md", "examples are not rules")
        let set = try RuleSet.load(folders: [folder.url])
        let rule = try #require(set.rules.first)
        #expect(set.rules.count == 1)
        #expect(rule.pack == "the-thuc")
        #expect(rule.severity == .error && rule.enabled)
        #expect(rule.references == ["Nghị định 30/2020/NĐ-CP, Điều 8, khoản 1"])
        #expect(rule.checkKind == "header-field")
    }

    @Test func unknownTopLevelKeyNamesItsLine() throws {
        let folder = TempFolder()
        try folder.write("p/TT001-missing-national-motto.yaml", Self.rule(extra: "colour: red"))
        let file = folder.path("p/TT001-missing-national-motto.yaml")
        #expect(
            loadErrors(folder) == [
                "\(file):14: unknown key 'colour' (expected one of: applies_to, check, enabled, id, issued_by, message, message_en, name, needs, rationale, references, severity, summary, supersedes)"
            ])
    }

    @Test func unknownCheckKindNamesItsLine() throws {
        let folder = TempFolder()
        try folder.write("p/TT001-missing-national-motto.yaml", Self.rule(check: "  kind: no-such-kind"))
        let errors = loadErrors(folder)
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                folder.path("p/TT001-missing-national-motto.yaml") + ":11: unknown check kind 'no-such-kind'")
                == true)
    }

    @Test func everyUnknownParameterIsReported() throws {
        let folder = TempFolder()
        try folder.write(
            "p/TT001-missing-national-motto.yaml",
            Self.rule(
                check: "  kind: header-field\n  field: motto\n  require: present\n  requre: x\n  colour: y"))
        let file = folder.path("p/TT001-missing-national-motto.yaml")
        let errors = loadErrors(folder)
        #expect(errors.count == 2)
        #expect(
            errors.first?.hasPrefix("\(file):14: unknown parameter of check kind 'header-field' 'requre'")
                == true)
        #expect(
            errors.last?.hasPrefix("\(file):15: unknown parameter of check kind 'header-field' 'colour'")
                == true)
    }

    @Test func placeholderTheKindDoesNotProvideIsReported() throws {
        let folder = TempFolder()
        try folder.write("p/TT001-missing-national-motto.yaml", Self.rule(message: "Thiếu {number}."))
        let file = folder.path("p/TT001-missing-national-motto.yaml")
        #expect(
            loadErrors(folder) == [
                "\(file):5: placeholder '{number}' in 'message' is not provided by check kind 'header-field' (available: {detail}, {field}, {raw})"
            ])
    }

    @Test func invalidRegexIsReportedAtItsParameter() throws {
        let folder = TempFolder()
        try folder.write(
            "p/TT002-bad-motto.yaml",
            Self.rule(
                id: "TT002", name: "bad-motto", message: "Sai: {match}",
                check: "  kind: text-pattern\n  scope: motto\n  must_match: \"(Độc lập\""))
        let file = folder.path("p/TT002-bad-motto.yaml")
        #expect(
            loadErrors(folder) == [
                "\(file):13: check kind 'text-pattern': invalid regular expression '(Độc lập'"
            ])
    }

    @Test func duplicateIdAcrossFoldersIsReported() throws {
        let first = TempFolder()
        let second = TempFolder()
        try first.write("a/TT001-missing-national-motto.yaml", Self.rule())
        try second.write("b/TT001-missing-national-motto.yaml", Self.rule())
        var message = ""
        do {
            _ = try RuleSet.load(folders: [first.url, second.url])
        } catch let error as RuleLoadingError {
            message = error.diagnostics.joined()
        }
        let files = [
            first.path("a/TT001-missing-national-motto.yaml"),
            second.path("b/TT001-missing-national-motto.yaml"),
        ].sorted()
        #expect(message == "\(files[1]):1: duplicate rule id 'TT001' (also in \(files[0]):1)")
    }

    @Test func fileNameMustRepeatIdAndName() throws {
        let folder = TempFolder()
        try folder.write("p/TT001-motto.yaml", Self.rule())
        #expect(
            loadErrors(folder) == [
                "\(folder.path("p/TT001-motto.yaml")):1: file name 'TT001-motto.yaml' must be 'TT001-missing-national-motto.yaml'"
            ])
    }

    @Test func badSeverityAndMissingKeysAreAllReportedSorted() throws {
        let folder = TempFolder()
        try folder.write("p/TT001-missing-national-motto.yaml", Self.rule(severity: "fatal"))
        try folder.write("p/TT003-empty.yaml", "id: TT003\nname: empty\n")
        let errors = loadErrors(folder)
        let empty = folder.path("p/TT003-empty.yaml")
        #expect(
            errors.contains(
                "\(folder.path("p/TT001-missing-national-motto.yaml")):3: bad severity 'fatal' (expected error, warning or info)"
            ))
        #expect(errors.contains("\(empty):1: missing required key 'check'"))
        #expect(errors.filter { $0.hasPrefix(empty) }.count == 7)
        #expect(errors == errors.sorted())
    }

    @Test func invalidYAMLNamesItsLine() throws {
        let folder = TempFolder()
        try folder.write("p/TT001-x.yaml", "id: TT001\nname: [unclosed\n")
        let errors = loadErrors(folder)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(folder.path("p/TT001-x.yaml") + ":3: invalid YAML") == true)
    }

    @Test func fixtureFolderLoads() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/rules")
        let set = try RuleSet.load(folders: [fixtures])
        #expect(set.rules.map(\.id) == ["KH001", "TT001", "TT002"])
        #expect(set.packs == ["ke-hoach", "the-thuc"])
    }
}
