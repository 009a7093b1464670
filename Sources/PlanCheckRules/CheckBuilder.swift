import Foundation
import Yams

/// A check built from a rule's `check:` mapping.
struct BuiltCheck {
    var kind: any CheckKind.Type
    var instance: any CheckKind
    var yaml: String
    /// The `check:` mapping for the rule cache; nil when it cannot be cached (an alias).
    var tree: CachedNode?
}

/// Turns `check: {kind: …, …}` into a check instance, decoding the parameters strictly and
/// pointing every problem at the line of the offending key.
enum CheckBuilder {
    static func build(_ node: Node) throws -> BuiltCheck {
        guard let mapping = node.mapping else {
            throw LoadProblem(line: YAMLSupport.line(node), "'check' must be a mapping with a 'kind'")
        }
        guard let kindNode = mapping["kind"], let name = kindNode.string else {
            throw LoadProblem(line: YAMLSupport.line(node), "'check' has no 'kind'")
        }
        guard let kind = CheckKindRegistry.kind(named: name) else {
            let known = CheckKindRegistry.all.map { $0.kind }.sorted().joined(separator: ", ")
            throw LoadProblem(
                line: YAMLSupport.line(kindNode), "unknown check kind '\(name)' (known: \(known))")
        }
        let instance = try make(kind, from: node, mapping: mapping)
        let yaml = (try? Yams.serialize(node: node, allowUnicode: true)) ?? ""
        return BuiltCheck(kind: kind, instance: instance, yaml: yaml, tree: CachedNode(node))
    }

    /// The check of a cached rule: the same strict decoding and validation as from YAML, on the
    /// stored tree (a cached rule set loaded once from YAML, so problems here mean a stale cache).
    static func rebuild(kind name: String, tree: CachedNode) throws -> any CheckKind {
        let node = tree.node
        guard let kind = CheckKindRegistry.kind(named: name), let mapping = node.mapping else {
            throw LoadProblem(line: 1, "unknown check kind '\(name)'")
        }
        return try make(kind, from: node, mapping: mapping)
    }

    private static func make<K: CheckKind>(
        _ kind: K.Type, from node: Node, mapping: Node.Mapping
    ) throws -> K {
        let unknown = YAMLSupport.unknownKeys(
            mapping, allowed: ["kind"] + K.Parameters.allowedKeys,
            what: "parameter of check kind '\(K.kind)'")
        if !unknown.isEmpty { throw LoadProblems(all: unknown) }
        let line = { (key: String?) -> Int in
            YAMLSupport.line(key.flatMap { mapping[$0] } ?? node)
        }
        let parameters: K.Parameters
        do {
            parameters = try YAMLDecoder().decode(K.Parameters.self, from: node)
        } catch let error as DecodingError {
            let (key, message) = describe(error)
            throw LoadProblem(line: line(key), "check kind '\(K.kind)': \(message)")
        }
        do {
            return try K(parameters: parameters)
        } catch let error as ParameterError {
            throw LoadProblem(line: line(error.key), "check kind '\(K.kind)': \(error.message)")
        }
    }

    private static func describe(_ error: DecodingError) -> (String?, String) {
        switch error {
        case let .keyNotFound(key, context):
            let parent = context.codingPath.first?.stringValue
            return (
                parent,
                "missing parameter '\(([parent].compactMap { $0 } + [key.stringValue]).joined(separator: "."))'"
            )
        case let .typeMismatch(_, context), let .valueNotFound(_, context),
            let .dataCorrupted(context):
            let key = context.codingPath.first?.stringValue
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (key, "invalid value for parameter '\(path)': \(context.debugDescription)")
        @unknown default:
            return (nil, "\(error)")
        }
    }
}

extension CheckBuilder {
    /// Builds a check from the text of a `check:` mapping; lets tests exercise parameter decoding.
    static func build(yaml: String) throws -> BuiltCheck {
        guard let node = try Yams.compose(yaml: yaml) else {
            throw LoadProblem(line: 1, "empty check")
        }
        return try build(node)
    }
}
