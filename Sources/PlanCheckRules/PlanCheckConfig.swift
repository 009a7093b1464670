import Foundation
import PlanCheckCore
import Yams

/// A project's `.plancheck.yml`: which rules and packs run, at what severity, and extra rule
/// folders. Keys are strict, like rule files, so a typo never silently leaves a rule on.
public struct PlanCheckConfig: Sendable, Hashable {
    /// `on` runs a rule at its own severity (how an opt-in rule is turned on).
    public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
        case off, on, error, warning, info
    }

    public enum PackSetting: String, Sendable, Hashable, CaseIterable {
        case off, on
    }

    public static let fileName = ".plancheck.yml"
    static let topKeys = ["rules", "packs", "rule_folders", "baseline", "letter"]

    public var rules: [String: RuleSetting]
    public var packs: [String: PackSetting]
    /// As written; relative paths are relative to the config file's folder.
    public var ruleFolders: [String]
    /// The baseline file `check` applies (`baseline:`), as written; relative to the config's folder.
    public var baseline: String?
    /// The file the config was read from, nil for the default.
    public var file: URL?
    /// Who writes the feedback letters of `review --format letter`; nil when the section is absent.
    public var letter: LetterSender?

    public init(
        rules: [String: RuleSetting] = [:], packs: [String: PackSetting] = [:],
        ruleFolders: [String] = [], baseline: String? = nil, file: URL? = nil, letter: LetterSender? = nil
    ) {
        self.rules = rules
        self.packs = packs
        self.ruleFolders = ruleFolders
        self.baseline = baseline
        self.file = file
        self.letter = letter
    }

    /// The severity a rule runs at, nil when it does not run. A rule setting wins over its pack's
    /// (the more specific choice), and naming an opt-in rule with a severity turns it on.
    public func effectiveSeverity(of rule: Rule) -> Severity? {
        if let setting = rules[rule.id] {
            switch setting {
            case .off: return nil
            case .on: return rule.severity
            default: return Severity(rawValue: setting.rawValue)
            }
        }
        if packs[rule.pack] == .off || !rule.enabled { return nil }
        return rule.severity
    }

    /// `rule_folders` resolved against the config file's folder.
    public var resolvedRuleFolders: [URL] { ruleFolders.map(resolve) }

    /// `baseline` resolved against the config file's folder.
    public var resolvedBaseline: URL? { baseline.map(resolve) }

    func resolve(_ path: String) -> URL {
        let base =
            file?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }

    /// Rule ids and packs the config names that the rule set does not have, as `file:line`
    /// warnings: a rule turned off under a wrong id would otherwise keep running unnoticed.
    public func unknownNames(in ruleSet: RuleSet) -> [String] {
        let ids = Set(ruleSet.rules.map(\.id))
        let packs = Set(ruleSet.packs)
        let path = file?.path ?? Self.fileName
        return rules.keys.filter { !ids.contains($0) }.sorted().map {
            "\(path): không có quy tắc '\($0)' (unknown rule id); thiết lập này không có tác dụng"
        }
            + self.packs.keys.filter { !packs.contains($0) }.sorted().map {
                "\(path): không có gói quy tắc '\($0)' (unknown pack); thiết lập này không có tác dụng"
            }
    }

    /// The nearest `.plancheck.yml` in `directory` or above it, loaded; the default when none.
    public static func discover(from directory: URL) throws -> PlanCheckConfig {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return try load(candidate) }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return PlanCheckConfig() }
            current = parent
        }
    }

    public static func load(_ file: URL) throws -> PlanCheckConfig {
        try PlanCheckConfigParser(file: file).parse()
    }
}

/// The `letter:` section: the sender's own details, which no template may guess (a wrong signer
/// or issuing body on an official letter is worse than no letter). Every key is optional here so
/// that `check` never needs them; `missing` says what `review --format letter` still lacks.
public struct LetterSender: Sendable, Hashable {
    /// Issuing body lines as printed, the direct superior first ("UBND TỈNH VĨNH LONG").
    public var issuer: [String] = []
    /// The body in running text ("Sở Văn hóa, Thể thao và Du lịch").
    public var name: String?
    /// Ký hiệu after the blank number ("SVHTTDL-VP" gives "Số:      /SVHTTDL-VP").
    public var code: String?
    public var place: String?
    /// Authority lines above the title: ["KT. GIÁM ĐỐC"], or ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
    /// TỊCH"] for a committee; none when the head signs in person.
    public var authority: [String] = []
    public var title: String?
    public var signer: String?
    /// The drafting unit after "Lưu: VT," ("VP").
    public var archive: String?
    public var resubmitDays: Int?
    /// Further "Nơi nhận" lines between "Như trên" and "Lưu".
    public var copies: [String] = []
    /// A letter template other than the bundled one; relative to the config file's folder.
    public var template: String?

    public init() {}

    static let keys = [
        "issuer", "name", "code", "place", "signer", "archive", "resubmit_days", "copies", "template",
    ]
    static let signerKeys = ["authority", "title", "name"]

    /// Required keys still absent, as written in the file ("signer.name").
    public var missing: [String] {
        var out: [String] = []
        if issuer.isEmpty { out.append("issuer") }
        if name == nil { out.append("name") }
        if code == nil { out.append("code") }
        if place == nil { out.append("place") }
        if title == nil { out.append("signer.title") }
        if signer == nil { out.append("signer.name") }
        if archive == nil { out.append("archive") }
        if resubmitDays == nil { out.append("resubmit_days") }
        return out
    }
}
