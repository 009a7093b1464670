import Foundation
import Yams

/// Reads `.plancheck.yml` node by node so that every problem names its line.
struct PlanCheckConfigParser {
    let file: URL

    func parse() throws -> PlanCheckConfig {
        var problems: [LoadProblem] = []
        var config = PlanCheckConfig(file: file)
        switch YAMLSupport.compose(file) {
        case .failure(let problem):
            problems.append(problem)
        case .success(nil):
            break  // An empty file is a valid config that changes nothing.
        case .success(let root?):
            guard let mapping = root.mapping else {
                problems.append(LoadProblem(line: YAMLSupport.line(root), "the config must be a mapping"))
                break
            }
            problems += YAMLSupport.unknownKeys(mapping, allowed: PlanCheckConfig.topKeys, what: "key")
            config.rules = settings(mapping["rules"], "rules", &problems)
            config.packs = settings(mapping["packs"], "packs", &problems)
            config.ruleFolders = folders(mapping["rule_folders"], &problems)
            if let node = mapping["baseline"] {
                if let path = node.string, !path.isEmpty {
                    config.baseline = path
                } else {
                    problems.append(
                        LoadProblem(line: YAMLSupport.line(node), "'baseline' must be the path of a file"))
                }
            }
        }
        guard problems.isEmpty else {
            throw RuleLoadingError(diagnostics: problems.map { $0.formatted(file.path) })
        }
        return config
    }

    private func settings<S: RawRepresentable & CaseIterable>(
        _ node: Node?, _ key: String, _ problems: inout [LoadProblem]
    ) -> [String: S] where S.RawValue == String {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            problems.append(LoadProblem(line: YAMLSupport.line(node), "'\(key)' must be a mapping"))
            return [:]
        }
        var out: [String: S] = [:]
        for (name, _, value) in YAMLSupport.pairs(mapping) {
            // YAML 1.1 reads a bare `off`/`on` as a boolean; accept both spellings.
            let raw = value.bool.map { $0 ? "on" : "off" } ?? value.string ?? ""
            if let setting = S(rawValue: raw) {
                out[name] = setting
            } else {
                let allowed = S.allCases.map(\.rawValue).joined(separator: "|")
                problems.append(
                    LoadProblem(
                        line: YAMLSupport.line(value),
                        "bad setting '\(value.string ?? raw)' for '\(name)' in '\(key)' (expected \(allowed))"
                    ))
            }
        }
        return out
    }

    private func folders(_ node: Node?, _ problems: inout [LoadProblem]) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence, items.allSatisfy({ $0.string != nil }) else {
            problems.append(
                LoadProblem(line: YAMLSupport.line(node), "'rule_folders' must be a list of paths"))
            return []
        }
        return items.compactMap(\.string)
    }
}
