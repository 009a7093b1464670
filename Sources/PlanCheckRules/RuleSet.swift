import Foundation

/// All rules loaded from one or more folders, ordered by id.
public struct RuleSet: Sendable {
    public var rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules.sorted { ($0.id, $0.file) < ($1.id, $1.file) }
    }

    public var packs: [String] { Array(Set(rules.map(\.pack))).sorted() }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Loads every rule under `folders` (see `RuleLoader`), throwing all problems at once.
    public static func load(folders: [URL]) throws -> RuleSet {
        try RuleLoader().load(folders: folders)
    }
}
