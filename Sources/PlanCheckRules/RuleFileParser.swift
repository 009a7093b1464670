import Foundation
import PlanCheckCore
import Yams

/// Reads one rule file, collecting every problem with its line instead of stopping at the first.
struct RuleFileParser {
    static let requiredKeys = [
        "id", "name", "severity", "summary", "message", "rationale", "references", "applies_to", "check",
    ]
    static let optionalKeys = ["enabled", "message_en", "issued_by", "needs", "supersedes"]

    let file: URL
    let pack: String
    private var problems: [LoadProblem] = []

    init(file: URL, pack: String) {
        self.file = file
        self.pack = pack
    }

    func parse() -> (Rule?, [String]) {
        var copy = self
        let rule = copy.parseRule()
        return (rule, copy.problems.map { $0.formatted(file.path) })
    }

    private mutating func parseRule() -> Rule? {
        let root: Node?
        switch YAMLSupport.compose(file) {
        case .failure(let problem): return fail(problem)
        case .success(let node): root = node
        }
        guard let mapping = root?.mapping else {
            return fail(LoadProblem(line: YAMLSupport.line(root), "a rule file must be a mapping"))
        }
        problems += YAMLSupport.unknownKeys(
            mapping, allowed: Self.requiredKeys + Self.optionalKeys, what: "key")
        for key in Self.requiredKeys where mapping[key] == nil {
            problems.append(LoadProblem(line: 1, "missing required key '\(key)'"))
        }
        let id = string(mapping, "id", pattern: #"^[A-Z]{2}[0-9]{3}$"#, form: "two capitals and three digits")
        let name = string(mapping, "name", pattern: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, form: "kebab-case")
        checkFileName(id: id, name: name)
        let severity = parseSeverity(mapping["severity"])
        let enabled = parseEnabled(mapping["enabled"])
        let summary = string(mapping, "summary")
        let message = string(mapping, "message")
        let messageEn = string(mapping, "message_en")
        let rationale = string(mapping, "rationale")
        let references = parseReferences(mapping["references"])
        let check = parseCheck(mapping["check"])
        var scope = RuleScopeParser.parse(mapping, problems: &problems)
        if check?.instance.concernsClosingParts == true { scope.needs.insert(.closing) }
        if let check {
            checkPlaceholders(mapping, "message", kind: check.kind)
            checkPlaceholders(mapping, "message_en", kind: check.kind)
        }
        guard problems.isEmpty, let id, let name, let severity, let summary, let message,
            let rationale, let references, let check
        else { return nil }
        var rule = Rule(
            id: id, name: name, pack: pack, severity: severity, enabled: enabled ?? true,
            summary: summary, message: message, messageEn: messageEn, rationale: rationale,
            references: references, checkKind: check.kind.kind, checkYAML: check.yaml,
            check: check.instance, file: file.path, line: YAMLSupport.line(mapping["id"]))
        rule.scope = scope
        rule.checkTree = check.tree
        return rule
    }

    private mutating func fail(_ problem: LoadProblem) -> Rule? {
        problems.append(problem)
        return nil
    }

    private mutating func string(
        _ mapping: Node.Mapping, _ key: String, pattern: String? = nil, form: String = ""
    ) -> String? {
        guard let node = mapping[key] else { return nil }
        guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a non-empty string"))
            return nil
        }
        if let pattern, value.range(of: pattern, options: .regularExpression) == nil {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be \(form): '\(value)'"))
            return nil
        }
        return value
    }

    /// The file name repeats id and name so that a rule can be found from a finding's id alone.
    private mutating func checkFileName(id: String?, name: String?) {
        guard let id, let name else { return }
        let expected = "\(id)-\(name)"
        let actual = file.deletingPathExtension().lastPathComponent
        if actual != expected {
            problems.append(
                LoadProblem(line: 1, "file name '\(file.lastPathComponent)' must be '\(expected).yaml'"))
        }
    }

    private mutating func parseSeverity(_ node: Node?) -> Severity? {
        guard let node else { return nil }
        if let raw = node.scalar?.string, let severity = Severity(rawValue: raw) { return severity }
        problems.append(
            LoadProblem(
                line: YAMLSupport.line(node),
                "bad severity '\(node.scalar?.string ?? "")' (expected error, warning or info)"))
        return nil
    }

    private mutating func parseEnabled(_ node: Node?) -> Bool? {
        guard let node else { return nil }
        if let value = node.bool { return value }
        problems.append(LoadProblem(line: YAMLSupport.line(node), "'enabled' must be true or false"))
        return nil
    }

    private mutating func parseReferences(_ node: Node?) -> [String]? {
        guard let node else { return nil }
        guard let items = node.sequence, items.allSatisfy({ $0.scalar != nil }) else {
            problems.append(
                LoadProblem(line: YAMLSupport.line(node), "'references' must be a list of strings"))
            return nil
        }
        return items.compactMap(\.string)
    }

    private mutating func parseCheck(_ node: Node?) -> BuiltCheck? {
        guard let node else { return nil }
        do {
            return try CheckBuilder.build(node)
        } catch let problem as LoadProblem {
            problems.append(problem)
        } catch let many as LoadProblems {
            problems += many.all
        } catch {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "\(error)"))
        }
        return nil
    }

    private mutating func checkPlaceholders(_ mapping: Node.Mapping, _ key: String, kind: any CheckKind.Type)
    {
        guard let node = mapping[key], let text = node.string else { return }
        for name in MessageTemplate.placeholders(in: text) where !kind.placeholders.contains(name) {
            let known = kind.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
            problems.append(
                LoadProblem(
                    line: YAMLSupport.line(node),
                    "placeholder '{\(name)}' in '\(key)' is not provided by check kind '\(kind.kind)'"
                        + " (available: \(known.isEmpty ? "none" : known))"))
        }
    }
}
