import Foundation

/// The wording of a feedback letter (`rules/letters/*.yaml`), kept as data so that a province can
/// reword its letters without a rebuild. The form itself (Quốc hiệu, "Số:", "Kính gửi:", "Nơi
/// nhận:") is fixed by Nghị định 30/2020/NĐ-CP and laid out by the writer, not by the template.
public struct LetterTemplate: Sendable {
    /// A sentence of the letter, with the placeholders it may use.
    public enum Key: String, CaseIterable, Sendable {
        case subject, plan
        case planNumberOnly = "plan_number_only"
        case planUnnumbered = "plan_unnumbered"
        case opening
        case groupHeading = "group_heading"
        case point
        case locationLine = "location_line"
        case locationLineOnly = "location_line_only"
        case locationDocument = "location_document"
        case basis, closing
        case recipientsFirst = "recipients_first"
        case archive, committee
        case committeeShort = "committee_short"

        public var placeholders: Set<String> {
            switch self {
            case .subject: return ["plan", "submitter", "submitter_short"]
            case .plan: return ["number", "date", "title"]
            case .planNumberOnly: return ["number", "title"]
            case .planUnnumbered: return ["title"]
            case .opening: return ["sender", "plan", "submitter", "submitter_short", "count"]
            case .groupHeading: return ["number", "heading"]
            case .point: return ["location", "message", "basis", "rule", "severity"]
            case .locationLine: return ["line", "excerpt"]
            case .locationLineOnly: return ["line"]
            case .basis: return ["references"]
            case .closing: return ["sender", "submitter", "submitter_short", "deadline", "days"]
            case .archive: return ["archive"]
            case .locationDocument, .recipientsFirst, .committee, .committeeShort: return []
            }
        }
    }

    /// A part of the letter's body: the findings of the packs and rules it names.
    public struct Group: Sendable, Hashable {
        public var heading: String
        /// A sentence under the heading; `{count}` is the number of points.
        public var intro: String?
        public var packs: [String]
        public var rules: [String]
        /// The group of every finding no other group names.
        public var other: Bool
        public var line: Int

        public init(heading: String, intro: String?, packs: [String], rules: [String], other: Bool, line: Int)
        {
            self.heading = heading
            self.intro = intro
            self.packs = packs
            self.rules = rules
            self.other = other
            self.line = line
        }
    }

    /// A pack or rule id the template names, with its line, so a typo can be reported where it is.
    public struct Reference: Sendable, Hashable {
        public var name: String
        public var isRule: Bool
        public var line: Int
    }

    public static let groupIntroPlaceholders: Set<String> = ["count"]

    public var texts: [Key: String]
    public var groups: [Group]
    /// Words naming the kind of unit after "Ủy ban nhân dân" ("xã", "thị trấn"), longest first.
    public var unitKinds: [String]
    public var references: [Reference]
    public var file: String

    public init(
        texts: [Key: String], groups: [Group], unitKinds: [String], references: [Reference] = [],
        file: String
    ) {
        self.texts = texts
        self.groups = groups
        self.unitKinds = unitKinds.sorted { ($0.count, $0) > ($1.count, $1) }
        self.references = references
        self.file = file
    }

    public func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        MessageTemplate.render(texts[key] ?? "", values: values)
    }

    /// The group a finding goes to: a rule named by id wins over its pack, and what no group
    /// names goes to the `other` group, so no finding is ever left out of a letter.
    public func groupIndex(rule: String, pack: String) -> Int {
        if let i = groups.firstIndex(where: { $0.rules.contains(rule) }) { return i }
        if let i = groups.firstIndex(where: { $0.packs.contains(pack) }) { return i }
        return groups.firstIndex(where: \.other) ?? max(0, groups.count - 1)
    }

    /// Rule ids and packs named by the template that the loaded rules lack, as `file:line`
    /// messages: a misspelt id would otherwise send its findings to the wrong part of the letter.
    public func unknownNames(in ruleSet: RuleSet) -> [String] {
        let ids = Set(ruleSet.rules.map(\.id))
        let packs = Set(ruleSet.packs)
        return references.filter { $0.isRule ? !ids.contains($0.name) : !packs.contains($0.name) }.map {
            "\(file):\($0.line): the letter template names \($0.isRule ? "rule" : "pack") '\($0.name)'"
                + ", which no loaded rule folder has"
        }
    }

    /// Reads a template; every problem is reported at once with its `file:line`.
    public static func load(_ url: URL) throws -> LetterTemplate {
        try LetterTemplateParser(file: url).parse()
    }

    /// The template bundled under `letters/` of the last rule folder that has one (a province's
    /// own folder comes after the bundled rules), or nil.
    public static func find(in folders: [URL], name: String = "gop-y-ke-hoach.yaml") -> URL? {
        folders.reversed().map { $0.appendingPathComponent("letters").appendingPathComponent(name) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
