import Foundation
import PlanCheckCore
import Yams

/// Reads rules/profiles/: `levels.yaml` (the administrative levels) and one file per plan
/// profile. Keys are strict and problems name `file:line`, like rule files.
public struct ProfileData: Sendable {
    public var levels: LevelModel
    public var profiles: [PlanProfile] { didSet { patterns = CompiledPatterns(profiles: profiles) } }
    /// rules/registry/: the facts registry rules (pack danh-muc) compare plans with. It travels with
    /// the profiles so every caller that loads rule data gets it, and `check` needs no database.
    public var registry: Registry
    /// The profiles' patterns, compiled once; rebuilt whenever the profiles change.
    public private(set) var patterns: CompiledPatterns

    public init(levels: LevelModel = .empty, profiles: [PlanProfile] = [], registry: Registry = .empty) {
        self.levels = levels
        self.profiles = profiles
        self.registry = registry
        patterns = CompiledPatterns(profiles: profiles)
    }

    /// Loads `<folder>/profiles` for every rule folder that has one.
    public static func load(ruleFolders: [URL]) throws -> ProfileData {
        var levels: [LevelDefinition] = []
        var profiles: [PlanProfile] = []
        var errors: [String] = []
        for folder in ruleFolders {
            let dir = folder.appendingPathComponent("profiles")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let file = dir.appendingPathComponent(name)
                do {
                    let text = try String(contentsOf: file, encoding: .utf8)
                    guard let node = try Yams.compose(yaml: text), let map = node.mapping else {
                        errors.append("\(file.path):1: expected a mapping")
                        continue
                    }
                    if name.hasPrefix("levels.") {
                        levels += try parseLevels(map, file: file.path, errors: &errors)
                    } else {
                        profiles.append(try parseProfile(map, file: file.path, errors: &errors))
                    }
                } catch {
                    errors.append("\(file.path):1: \(error)")
                }
            }
        }
        guard errors.isEmpty else { throw RuleLoadingError(diagnostics: errors.sorted()) }
        let registry = try RegistryLoader.load(ruleFolders: ruleFolders)
        do {
            return ProfileData(levels: try LevelModel(levels: levels), profiles: profiles, registry: registry)
        } catch {
            throw RuleLoadingError(diagnostics: ["levels.yaml:1: a pattern does not compile: \(error)"])
        }
    }

    static func strings(_ node: Node?) -> [String] {
        node?.sequence?.compactMap { $0.string } ?? (node?.string.map { [$0] } ?? [])
    }

    static func check(
        _ map: Node.Mapping, _ allowed: [String], _ what: String, _ file: String, _ errors: inout [String]
    ) {
        errors += YAMLSupport.unknownKeys(map, allowed: allowed, what: what).map { $0.formatted(file) }
    }

    static func parseLevels(_ map: Node.Mapping, file: String, errors: inout [String]) throws
        -> [LevelDefinition]
    {
        check(map, ["levels"], "key", file, &errors)
        var out: [LevelDefinition] = []
        for (rank, item) in (map["levels"]?.sequence ?? []).enumerated() {
            guard let m = item.mapping else { continue }
            check(
                m, ["id", "name", "issuer", "collective", "agencies", "valid_until"], "level key", file,
                &errors)
            guard let id = m["id"]?.string else {
                errors.append("\(file):\(YAMLSupport.line(item)): a level needs an id")
                continue
            }
            out.append(
                LevelDefinition(
                    id: id, name: m["name"]?.string ?? id, rank: rank, issuerPatterns: strings(m["issuer"]),
                    collectivePatterns: strings(m["collective"]), agencyPatterns: strings(m["agencies"]),
                    validUntil: m["valid_until"]?.string.flatMap(CalendarDate.init(iso:))))
        }
        return out
    }

    static func parseProfile(_ map: Node.Mapping, file: String, errors: inout [String]) throws -> PlanProfile
    {
        check(map, ["id", "name", "applies_to", "themes"], "key", file, &errors)
        var themes: [PlanProfile.Theme] = []
        for item in map["themes"]?.sequence ?? [] {
            guard let m = item.mapping else { continue }
            check(
                m, ["id", "name", "patterns", "required_by", "only_if_parent_mentions"], "theme key", file,
                &errors)
            let patterns = strings(m["patterns"])
            for p in patterns where (try? NSRegularExpression(pattern: p)) == nil {
                errors.append("\(file):\(YAMLSupport.line(item)): pattern does not compile: \(p)")
            }
            themes.append(
                PlanProfile.Theme(
                    id: m["id"]?.string ?? "?", name: m["name"]?.string ?? "?", patterns: patterns,
                    requiredBy: m["required_by"]?.string ?? "",
                    onlyIfParentMentions: m["only_if_parent_mentions"]?.bool ?? false))
        }
        return PlanProfile(
            id: map["id"]?.string ?? file, name: map["name"]?.string ?? "",
            appliesTo: map["applies_to"]?.string ?? ".",
            themes: themes)
    }
}
