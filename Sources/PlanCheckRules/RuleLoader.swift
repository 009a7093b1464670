import Foundation
import Yams

/// Reads rule folders into a `RuleSet`.
///
/// A folder is a root of packs: each subfolder is a pack and each `.yaml`/`.yml` directly inside it
/// is a rule. YAML files directly in the root form a pack named after the root, so a project can
/// point `rule_folders` at a single pack of its own. Deeper folders hold the rules' examples and
/// are not read. Subfolders starting with "_" or "." are skipped, leaving a place for data files.
public struct RuleLoader {
    public init() {}

    public func load(folders: [URL]) throws -> RuleSet {
        var rules: [Rule] = []
        var errors: [String] = []
        for folder in folders {
            let (found, problems) = loadFolder(folder)
            rules += found
            errors += problems
        }
        errors += duplicateIDs(rules)
        errors += unknownSuperseded(rules)
        guard errors.isEmpty else { throw RuleLoadingError(diagnostics: errors) }
        return RuleSet(rules: rules)
    }

    /// Folders of rules/ that hold data rules read, not rules: plan profiles and levels, the
    /// registry of legal documents and agencies, and the wording of feedback letters.
    static let dataFolders: Set<String> = ["profiles", "registry", "letters"]

    private func loadFolder(_ root: URL) -> ([Rule], [String]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            return ([], ["\(root.path):1: rule folder not found"])
        }
        var rules: [Rule] = []
        var errors: [String] = []
        var packs: [(name: String, url: URL)] = [(root.lastPathComponent, root)]
        for entry in Self.entries(root) where Self.isDirectory(entry) {
            let name = entry.lastPathComponent
            if !name.hasPrefix("_") && !name.hasPrefix(".") && !Self.dataFolders.contains(name) {
                packs.append((name, entry))
            }
        }
        for pack in packs {
            for file in Self.entries(pack.url) where ["yaml", "yml"].contains(file.pathExtension) {
                let parser = RuleFileParser(file: file, pack: pack.name)
                let (rule, problems) = parser.parse()
                errors += problems
                if let rule { rules.append(rule) }
            }
        }
        return (rules, errors)
    }

    /// Ids are stable forever, so two files claiming one id is an error wherever they live.
    private func duplicateIDs(_ rules: [Rule]) -> [String] {
        let byID = Dictionary(grouping: rules, by: \.id)
        var errors: [String] = []
        for (id, group) in byID where group.count > 1 {
            let sorted = group.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
            let first = sorted[0]
            for other in sorted.dropFirst() {
                errors.append(
                    "\(other.file):\(other.line): duplicate rule id '\(id)' "
                        + "(also in \(first.file):\(first.line))")
            }
        }
        return errors
    }

    /// A rule may only supersede rules that exist: a misspelt id would leave both findings in.
    private func unknownSuperseded(_ rules: [Rule]) -> [String] {
        let ids = Set(rules.map(\.id))
        return rules.flatMap { rule in
            rule.scope.supersedes.filter { !ids.contains($0) }.map {
                "\(rule.file):\(rule.line): 'supersedes' names '\($0)', which is no rule of this set"
            }
        }
    }

    private static func entries(_ url: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}
