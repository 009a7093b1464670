import Foundation
import PlanCheckCore

/// What the rule cache holds: rules, levels, profiles and registry as loaded from YAML, under
/// the key of the inputs they were loaded from.
struct CachedRuleSet: Codable {
    /// Raised whenever the layout of this record changes, so an older file is rebuilt.
    static let format = 1

    var format: Int
    var key: String
    var rules: [CachedRule]
    var levels: [LevelDefinition]
    var profiles: [PlanProfile]
    /// The registry's fields and its unit index, stored apart: decoding a `Registry` rebuilds
    /// the index, a third of a warm start.
    var documents: [LegalDocument]
    var agencies: [Agency]
    var registryLevels: [AdministrativeLevel]
    var units: [AdministrativeUnit]
    var unitIndex: UnitIndex
    var registryHash: String

    /// nil when a rule's check cannot be stored (a YAML alias): that rule set is not cached.
    init?(key: String, ruleSet: RuleSet, data: ProfileData) {
        var rules: [CachedRule] = []
        for rule in ruleSet.rules {
            guard let cached = CachedRule(rule) else { return nil }
            rules.append(cached)
        }
        self.format = Self.format
        self.key = key
        self.rules = rules
        self.levels = data.levels.levels
        self.profiles = data.profiles
        let registry = data.registry
        documents = registry.documents
        agencies = registry.agencies
        registryLevels = registry.levels
        units = registry.units
        unitIndex = registry.unitIndex
        registryHash = registry.contentHash
    }

    /// The rule set and data again, every check rebuilt (and its patterns compiled) from its tree.
    func restore() throws -> (RuleSet, ProfileData) {
        let ruleSet = RuleSet(rules: try rules.map { try $0.rule() })
        let registry = Registry(
            documents: documents, agencies: agencies, levels: registryLevels, units: units,
            unitIndex: unitIndex,
            contentHash: registryHash)
        let data = ProfileData(levels: try LevelModel(levels: levels), profiles: profiles, registry: registry)
        return (ruleSet, data)
    }
}

/// One rule with its `check:` mapping as a tree; the check instance is rebuilt on load.
struct CachedRule: Codable, Hashable {
    var id: String
    var name: String
    var pack: String
    var severity: Severity
    var enabled: Bool
    var summary: String
    var message: String
    var messageEn: String?
    var rationale: String
    var references: [String]
    var checkKind: String
    var checkYAML: String
    var check: CachedNode
    var file: String
    var line: Int
    var kinds: [String]
    var issuers: [String]
    var needs: [String]
    var supersedes: [String]

    init?(_ rule: Rule) {
        guard let tree = rule.checkTree else { return nil }
        id = rule.id
        name = rule.name
        pack = rule.pack
        severity = rule.severity
        enabled = rule.enabled
        summary = rule.summary
        message = rule.message
        messageEn = rule.messageEn
        rationale = rule.rationale
        references = rule.references
        checkKind = rule.checkKind
        checkYAML = rule.checkYAML
        check = tree
        file = rule.file
        line = rule.line
        kinds = rule.scope.kinds.map(\.rawValue).sorted()
        issuers = rule.scope.issuers.map(\.rawValue).sorted()
        needs = rule.scope.needs.map(\.rawValue).sorted()
        supersedes = rule.scope.supersedes
    }

    struct Stale: Error {}

    func rule() throws -> Rule {
        var rule = Rule(
            id: id, name: name, pack: pack, severity: severity, enabled: enabled, summary: summary,
            message: message, messageEn: messageEn, rationale: rationale, references: references,
            checkKind: checkKind, checkYAML: checkYAML,
            check: try CheckBuilder.rebuild(kind: checkKind, tree: check), file: file, line: line)
        rule.scope = RuleScope(
            kinds: Set(try kinds.map { try DocumentKind(rawValue: $0) ?? { throw Stale() }() }),
            issuers: Set(try issuers.map { try RuleScope.Issuer(rawValue: $0) ?? { throw Stale() }() }),
            needs: Set(try needs.map { try RuleScope.Part(rawValue: $0) ?? { throw Stale() }() }),
            supersedes: supersedes)
        rule.checkTree = check
        return rule
    }
}
