import PlanCheckCore
import Yams

/// Reads a rule's `applies_to`, `issued_by`, `needs` and `supersedes`, naming the line of every
/// value it does not know: a misspelt kind would otherwise silently switch a rule off.
enum RuleScopeParser {
    static let keys = ["applies_to", "issued_by", "needs", "supersedes"]

    static func parse(_ mapping: Node.Mapping, problems: inout [LoadProblem]) -> RuleScope {
        var scope = RuleScope()
        if let node = mapping["applies_to"] {
            var kinds: Set<DocumentKind> = []
            for (name, line) in list(node, "applies_to", &problems) {
                if let group = RuleScope.groups[name] {
                    kinds.formUnion(group)
                } else if let kind = DocumentKind(rawValue: name) {
                    kinds.insert(kind)
                } else {
                    let known = (RuleScope.groups.keys.sorted() + DocumentKind.allCases.map(\.rawValue))
                    problems.append(
                        LoadProblem(
                            line: line,
                            "unknown document kind '\(name)' (known: \(known.joined(separator: ", ")))"))
                }
            }
            scope.kinds = kinds
        }
        if let node = mapping["issued_by"] {
            scope.issuers = Set(values(node, "issued_by", RuleScope.Issuer.self, &problems))
        }
        if let node = mapping["needs"] {
            scope.needs = Set(values(node, "needs", RuleScope.Part.self, &problems))
        }
        if let node = mapping["supersedes"] {
            scope.supersedes = list(node, "supersedes", &problems).map(\.0)
        }
        return scope
    }

    private static func values<T: RawRepresentable & CaseIterable>(
        _ node: Node, _ key: String, _ type: T.Type, _ problems: inout [LoadProblem]
    ) -> [T] where T.RawValue == String {
        list(node, key, &problems).compactMap { name, line in
            if let value = T(rawValue: name) { return value }
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(LoadProblem(line: line, "unknown value '\(name)' in '\(key)' (known: \(known))"))
            return nil
        }
    }

    private static func list(_ node: Node, _ key: String, _ problems: inout [LoadProblem]) -> [(String, Int)]
    {
        guard let items = node.sequence, !items.isEmpty, items.allSatisfy({ $0.string != nil }) else {
            problems.append(
                LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a non-empty list of names"))
            return []
        }
        return items.map { ($0.string!, YAMLSupport.line($0)) }
    }
}
