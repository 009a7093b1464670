import Yams

/// A YAML node as the rule cache stores it: every tag already resolved, no marks. Rebuilding a
/// `Node` from it skips libyaml and the resolver's regexes (one per implicit scalar and per
/// mapping lookup), which were most of the cost of loading the rules.
indirect enum CachedNode: Codable, Hashable, Sendable {
    case scalar(String, tag: String, style: UInt32)
    case mapping([[CachedNode]], tag: String)
    case sequence([CachedNode], tag: String)

    /// nil for a node holding an alias: such a file is loaded from YAML every time.
    init?(_ node: Node) {
        switch node {
        case .scalar(let s):
            self = .scalar(s.string, tag: node.tag.rawValue, style: s.style.rawValue)
        case .mapping(let m):
            var pairs: [[CachedNode]] = []
            for (key, value) in m {
                guard let k = CachedNode(key), let v = CachedNode(value) else { return nil }
                pairs.append([k, v])
            }
            self = .mapping(pairs, tag: node.tag.rawValue)
        case .sequence(let s):
            var items: [CachedNode] = []
            for item in s {
                guard let c = CachedNode(item) else { return nil }
                items.append(c)
            }
            self = .sequence(items, tag: node.tag.rawValue)
        case .alias:
            return nil
        }
    }

    /// The node with explicit tags: decoding it gives what decoding the original gave, since the
    /// decoder reads only strings, styles and resolved tags.
    var node: Node {
        switch self {
        case let .scalar(string, tag, style):
            return .scalar(
                Node.Scalar(string, Tag(Tag.Name(rawValue: tag)), Node.Scalar.Style(rawValue: style) ?? .any))
        case let .mapping(pairs, tag):
            return .mapping(
                Node.Mapping(
                    pairs.compactMap { $0.count == 2 ? ($0[0].node, $0[1].node) : nil },
                    Tag(Tag.Name(rawValue: tag))))
        case let .sequence(items, tag):
            return .sequence(Node.Sequence(items.map(\.node), Tag(Tag.Name(rawValue: tag))))
        }
    }
}
