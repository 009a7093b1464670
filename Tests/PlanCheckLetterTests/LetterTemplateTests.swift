import Foundation
import PlanCheckLetter
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// The template is data a province edits: every mistake in it is a loading error at its line,
/// and the names it maps must be names of loaded rules and packs.
struct LetterTemplateTests {
    static let bundled = URL(fileURLWithPath: Fixtures.path("rules/letters/gop-y-ke-hoach.yaml"))

    static func load(_ text: String) throws -> (URL, Result<LetterTemplate, RuleLoadingError>) {
        let dir = try LetterFixture.temporaryDirectory()
        let file = dir.appendingPathComponent("mau.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        do { return (file, .success(try LetterTemplate.load(file))) } catch let e as RuleLoadingError {
            return (file, .failure(e))
        }
    }

    /// The bundled template with one line replaced (matched by its start).
    static func bundledText(replacing prefix: String, with line: String) throws -> String {
        let text = try String(contentsOf: bundled, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let i = try #require(lines.firstIndex { $0.hasPrefix(prefix) })
        lines[i] = line
        return lines.joined(separator: "\n")
    }

    static func lineNumber(_ prefix: String) throws -> Int {
        let lines = try String(contentsOf: bundled, encoding: .utf8).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
    }

    @Test func theBundledTemplateLoadsAndNamesOnlyLoadedRulesAndPacks() throws {
        let template = try LetterTemplate.load(Self.bundled)
        let environment = try #require(LetterFixture.environment)
        #expect(template.unknownNames(in: environment.ruleSet) == [])
        #expect(template.groups.filter(\.other).count == 1)
        #expect(template.groups.count == 7)
        // A rule named by id goes to its group before its pack does; unnamed packs go to "other".
        let coverage = try #require(template.groups.firstIndex { $0.rules.contains("CT005") })
        #expect(template.groupIndex(rule: "CT005", pack: "cap-tren") == coverage)
        #expect(template.groupIndex(rule: "TT005", pack: "the-thuc") == 0)
        #expect(template.groups[template.groupIndex(rule: "XX001", pack: "tinh-rieng")].other)
    }

    @Test func anUnknownPlaceholderIsALoadingErrorAtItsLine() throws {
        let text = try Self.bundledText(
            replacing: "closing:", with: "closing: \"Đề nghị {ubnd} sửa trước {deadline}.\"")
        let (file, result) = try Self.load(text)
        let line = try Self.lineNumber("closing:")
        guard case .failure(let error) = result else {
            Issue.record("a template with an unknown placeholder loaded")
            return
        }
        #expect(
            error.diagnostics == [
                "\(file.path):\(line): unknown placeholder '{ubnd}' in 'closing' (known: days, deadline, sender, submitter, submitter_short)"
            ])
    }

    @Test func anUnknownKeyAndAMissingKeyAreBothReported() throws {
        var text = try Self.bundledText(replacing: "basis:", with: "basic: \" (căn cứ: {references})\"")
        text += "\n"
        let (file, result) = try Self.load(text)
        guard case .failure(let error) = result else {
            Issue.record("a template without 'basis' loaded")
            return
        }
        let line = try Self.lineNumber("basis:")
        #expect(error.diagnostics.contains { $0.hasPrefix("\(file.path):\(line): unknown key 'basic'") })
        #expect(error.diagnostics.contains("\(file.path):1: missing required key 'basis'"))
    }

    @Test func groupsNeedExactlyOneOtherGroupAndNameEachRuleOnce() throws {
        let text = try Self.bundledText(replacing: "    other: true", with: "    rules: [CT007, tt001]")
        let (file, result) = try Self.load(text)
        guard case .failure(let error) = result else {
            Issue.record("a template without an 'other' group loaded")
            return
        }
        let line = try Self.lineNumber("    other: true")
        #expect(error.diagnostics.contains { $0.contains("exactly one group must have 'other: true'") })
        #expect(
            error.diagnostics.contains(
                "\(file.path):\(line): 'CT007' is already in the group of line \(try Self.lineNumber("    rules: [CT007"))"
            ))
        #expect(
            error.diagnostics.contains(
                "\(file.path):\(line): 'tt001' is not a rule id (two capitals, three digits)"))
    }

    @Test func aRuleOrPackTheRulesLackIsNamedWithItsLine() throws {
        let text = try Self.bundledText(
            replacing: "    packs: [the-thuc]", with: "    packs: [the-thuc, thethuc]")
        let (file, result) = try Self.load(text)
        let template = try result.get()
        let environment = try #require(LetterFixture.environment)
        #expect(
            template.unknownNames(in: environment.ruleSet) == [
                "\(file.path):\(try Self.lineNumber("    packs: [the-thuc]")): the letter template names pack 'thethuc', which no loaded rule folder has"
            ])
    }

    @Test func invalidYAMLIsALoadingErrorNotACrash() throws {
        let (file, result) = try Self.load("subject: \"V/v {plan}\nplan: [\n")
        guard case .failure(let error) = result else {
            Issue.record("invalid YAML loaded")
            return
        }
        #expect(error.diagnostics.allSatisfy { $0.hasPrefix(file.path + ":") })
        #expect(error.diagnostics.contains { $0.contains("invalid YAML") })
    }
}
