import Foundation
import PlanCheckCore
import Yams

/// Reads a letter template node by node, like rule files, so that an unknown key, a missing
/// sentence or a `{placeholder}` the letter cannot fill is a loading error naming its line.
struct LetterTemplateParser {
    let file: URL

    static let listKeys = ["groups", "unit_kinds"]
    static let groupKeys = ["heading", "intro", "packs", "rules", "other"]

    func parse() throws -> LetterTemplate {
        var problems: [LoadProblem] = []
        var texts: [LetterTemplate.Key: String] = [:]
        var groups: [LetterTemplate.Group] = []
        var references: [LetterTemplate.Reference] = []
        var unitKinds: [String] = []
        switch YAMLSupport.compose(file) {
        case .failure(let problem):
            problems.append(problem)
        case .success(nil):
            problems.append(LoadProblem(line: 1, "the letter template is empty"))
        case .success(let root?):
            guard let mapping = root.mapping else {
                problems.append(
                    LoadProblem(line: YAMLSupport.line(root), "the letter template must be a mapping"))
                break
            }
            let allowed = LetterTemplate.Key.allCases.map(\.rawValue) + Self.listKeys
            problems += YAMLSupport.unknownKeys(mapping, allowed: allowed, what: "key")
            for key in LetterTemplate.Key.allCases {
                texts[key] = sentence(mapping[key.rawValue], key.rawValue, key.placeholders, &problems)
            }
            (groups, references) = self.groups(mapping["groups"], &problems)
            unitKinds = words(mapping["unit_kinds"], "unit_kinds", &problems)
            // A missing key has no line of its own; like a rule file's, it is reported on line 1.
            for key in LetterTemplate.Key.allCases.map(\.rawValue) + Self.listKeys where mapping[key] == nil {
                problems.append(LoadProblem(line: 1, "missing required key '\(key)'"))
            }
        }
        guard problems.isEmpty else {
            throw RuleLoadingError(diagnostics: problems.map { $0.formatted(file.path) })
        }
        return LetterTemplate(
            texts: texts, groups: groups, unitKinds: unitKinds, references: references, file: file.path)
    }

    /// A string whose placeholders are all ones the letter fills for this key.
    private func sentence(
        _ node: Node?, _ key: String, _ allowed: Set<String>, _ problems: inout [LoadProblem]
    ) -> String? {
        guard let node else { return nil }
        guard node.scalar != nil, let text = node.string else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a string"))
            return nil
        }
        for name in MessageTemplate.placeholders(in: text) where !allowed.contains(name) {
            let known = allowed.isEmpty ? "none" : allowed.sorted().joined(separator: ", ")
            problems.append(
                LoadProblem(
                    line: YAMLSupport.line(node),
                    "unknown placeholder '{\(name)}' in '\(key)' (known: \(known))"))
        }
        return VietnameseText.nfc(text)
    }

    private func groups(_ node: Node?, _ problems: inout [LoadProblem]) -> (
        [LetterTemplate.Group], [LetterTemplate.Reference]
    ) {
        guard let node else { return ([], []) }
        guard let items = node.sequence, !items.isEmpty else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'groups' must be a non-empty list"))
            return ([], [])
        }
        var groups: [LetterTemplate.Group] = []
        var references: [LetterTemplate.Reference] = []
        for item in items {
            guard let (group, refs) = self.group(item, &problems) else { continue }
            groups.append(group)
            references += refs
        }
        let others = groups.filter(\.other)
        if others.count != 1 {
            problems.append(
                LoadProblem(
                    line: YAMLSupport.line(node),
                    "exactly one group must have 'other: true' (it takes the findings no group names); found \(others.count)"
                ))
        }
        var seen: [String: Int] = [:]
        for ref in references {
            if let first = seen[ref.name] {
                problems.append(
                    LoadProblem(line: ref.line, "'\(ref.name)' is already in the group of line \(first)"))
            } else {
                seen[ref.name] = ref.line
            }
        }
        return (groups, references)
    }

    private func group(_ node: Node, _ problems: inout [LoadProblem]) -> (
        LetterTemplate.Group, [LetterTemplate.Reference]
    )? {
        let line = YAMLSupport.line(node)
        guard let mapping = node.mapping else {
            problems.append(LoadProblem(line: line, "a group must be a mapping (heading, packs, rules …)"))
            return nil
        }
        problems += YAMLSupport.unknownKeys(mapping, allowed: Self.groupKeys, what: "group key")
        let heading = sentence(mapping["heading"], "heading", [], &problems)
        if mapping["heading"] == nil { problems.append(LoadProblem(line: line, "a group needs a 'heading'")) }
        let intro = sentence(mapping["intro"], "intro", LetterTemplate.groupIntroPlaceholders, &problems)
        let packs = names(mapping["packs"], "packs", isRule: false, &problems)
        let rules = names(mapping["rules"], "rules", isRule: true, &problems)
        var other = false
        if let flag = mapping["other"] {
            if let value = flag.bool {
                other = value
            } else {
                problems.append(LoadProblem(line: YAMLSupport.line(flag), "'other' must be true or false"))
            }
        }
        if packs.isEmpty && rules.isEmpty && !other {
            problems.append(
                LoadProblem(line: line, "a group must name 'packs' or 'rules', or be 'other: true'"))
        }
        let group = LetterTemplate.Group(
            heading: heading ?? "", intro: intro, packs: packs.map(\.name), rules: rules.map(\.name),
            other: other, line: line)
        return (group, packs + rules)
    }

    private func names(
        _ node: Node?, _ key: String, isRule: Bool, _ problems: inout [LoadProblem]
    ) -> [LetterTemplate.Reference] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a list"))
            return []
        }
        var out: [LetterTemplate.Reference] = []
        for item in items {
            let line = YAMLSupport.line(item)
            guard item.scalar != nil, let name = item.string, !name.isEmpty else {
                problems.append(LoadProblem(line: line, "'\(key)' must list names"))
                continue
            }
            if isRule, !Self.isRuleID(name) {
                problems.append(
                    LoadProblem(line: line, "'\(name)' is not a rule id (two capitals, three digits)"))
                continue
            }
            out.append(LetterTemplate.Reference(name: name, isRule: isRule, line: line))
        }
        return out
    }

    private func words(_ node: Node?, _ key: String, _ problems: inout [LoadProblem]) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence, !items.isEmpty,
            items.allSatisfy({ $0.scalar != nil && !($0.string ?? "").isEmpty })
        else {
            problems.append(
                LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a non-empty list of words"))
            return []
        }
        return items.compactMap(\.string).map(VietnameseText.nfc)
    }

    static func isRuleID(_ s: String) -> Bool {
        let b = Array(s.utf8)
        return b.count == 5 && b[0...1].allSatisfy { (0x41...0x5A).contains($0) }
            && b[2...4].allSatisfy { (0x30...0x39).contains($0) }
    }
}
