import PlanCheckCore

/// A check written in Swift that rules (YAML data) bind to by name. The split keeps legal wording,
/// severities and patterns editable by a province without a rebuild, while the logic stays tested.
public protocol CheckKind: Sendable {
    associatedtype Parameters: CheckParameters
    /// The name rules use in `check: {kind: …}`. Stable: renaming it breaks every rule file.
    static var kind: String { get }
    /// The `{placeholders}` a rule's message may use; any other is a loading error, so that a
    /// message can never print a literal "{number}" to a user.
    static var placeholders: Set<String> { get }
    /// Validates the parameters beyond their types (regexes compile here, at load time).
    init(parameters: Parameters) throws
    func run(_ context: CheckContext) -> [CheckHit]
    /// True when the check looks at the closing parts (recipients, signature). Those cannot be
    /// judged on a copy that stops short, and the truncation diagnostic already reports that.
    var concernsClosingParts: Bool { get }
}

extension CheckKind {
    public var concernsClosingParts: Bool { false }
}

/// Parameters that are decoded strictly: their keys are listed so that a misspelt parameter is
/// a loading error instead of a silently ignored option.
public protocol CheckParameters: Decodable, Sendable {
    associatedtype Keys: CodingKey & CaseIterable
}

extension CheckParameters {
    static var allowedKeys: [String] { Keys.allCases.map(\.stringValue) }
}

/// Parameters of a kind that takes none.
public struct NoParameters: CheckParameters {
    public enum Keys: CodingKey, CaseIterable {
        public var stringValue: String { "" }
        public var intValue: Int? { nil }
        public init?(stringValue: String) { nil }
        public init?(intValue: Int) { nil }
        public static var allCases: [Keys] { [] }
    }

    public init(from decoder: Decoder) throws {}
    public init() {}
}

/// A parameter value the types allow but the kind does not (a regex that does not compile, a field
/// a requirement makes no sense for). `key` lets the loader point at the line.
public struct ParameterError: Error, Sendable {
    public var key: String?
    public var message: String

    public init(key: String?, _ message: String) {
        self.key = key
        self.message = message
    }
}
