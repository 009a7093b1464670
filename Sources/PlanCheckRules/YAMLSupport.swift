import Foundation
import Yams

/// Small helpers shared by the rule and config loaders: both must name `file:line` for every
/// problem, which Yams' `Decodable` path cannot do, so they walk `Node`s.
enum YAMLSupport {
    /// Composes a file, or returns the `file:line:` error.
    static func compose(_ file: URL) -> Result<Node?, LoadProblem> {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            return .failure(LoadProblem(line: 1, "cannot read file as UTF-8"))
        }
        do {
            return .success(try Yams.compose(yaml: text))
        } catch let error as YamlError {
            return .failure(problem(from: error))
        } catch {
            return .failure(LoadProblem(line: 1, "invalid YAML: \(error)"))
        }
    }

    private static func problem(from error: YamlError) -> LoadProblem {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _),
            let .composer(_, problem, mark, _):
            return LoadProblem(line: mark.line, "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return LoadProblem(
                line: context.mark.line,
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return LoadProblem(line: 1, "invalid YAML: \(error)")
        }
    }

    static func line(_ node: Node?) -> Int { node?.mark?.line ?? 1 }

    /// The pairs of a mapping with string keys.
    static func pairs(_ mapping: Node.Mapping) -> [(key: String, keyNode: Node, value: Node)] {
        mapping.map { ($0.key.string ?? "\($0.key)", $0.key, $0.value) }
    }

    /// A key of a mapping that is not in `allowed`, as problems pointing at the key's line.
    static func unknownKeys(
        _ mapping: Node.Mapping, allowed: [String], what: String
    ) -> [LoadProblem] {
        pairs(mapping).filter { !allowed.contains($0.key) }.map {
            LoadProblem(
                line: line($0.keyNode),
                "unknown \(what) '\($0.key)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }
}

/// A problem inside one file; the loader prefixes the path.
struct LoadProblem: Error {
    var line: Int
    var message: String

    init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    func formatted(_ file: String) -> String { "\(file):\(line): \(message)" }
}

/// Several problems found together (every unknown parameter, not just the first).
struct LoadProblems: Error {
    var all: [LoadProblem]
}
