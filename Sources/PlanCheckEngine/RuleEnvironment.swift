import Foundation
import PlanCheckCore
import PlanCheckRules

/// The rules, `.plancheck.yml`, levels, profiles and registry one run checks with, loaded once
/// per process and shared by every document and thread.
public struct RuleEnvironment: Sendable {
    public let engine: RuleEngine
    /// The folders the rules came from, bundled first unless `--rules` replaced them.
    public let folders: [URL]
    /// Names in `.plancheck.yml` that match no rule or pack (printed as warnings, not errors).
    public let unknownConfigNames: [String]

    public var ruleSet: RuleSet { engine.ruleSet }
    public var config: PlanCheckConfig { engine.config }
    public var data: ProfileData { engine.data }

    public init(engine: RuleEngine, folders: [URL], unknownConfigNames: [String] = []) {
        self.engine = engine
        self.folders = folders
        self.unknownConfigNames = unknownConfigNames
    }

    /// A loading problem, with every `file:line` the loader found; exit code 2 for a CLI.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Loads the config (`configFile` when given, which must exist, else the nearest
    /// `.plancheck.yml` from `workingDirectory` upward), then rules, profiles and registry of
    /// `ruleFolders` (the bundled rules when empty) and the config's own folders.
    public static func load(
        ruleFolders: [String] = [], configFile: String? = nil,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) throws(LoadError) -> RuleEnvironment {
        do {
            let config = try loadConfig(configFile, workingDirectory: workingDirectory)
            var folders = ruleFolders.map { URL(fileURLWithPath: $0) }
            if folders.isEmpty { folders = [bundledRules(workingDirectory: workingDirectory)] }
            folders += config.resolvedRuleFolders
            for folder in folders where !FileManager.default.fileExists(atPath: folder.path) {
                throw LoadError(
                    description: "\(folder.path): không tìm thấy thư mục quy tắc (rules folder not found).")
            }
            let ruleSet = try RuleSet.load(folders: folders)
            let data = try ProfileData.load(ruleFolders: folders)
            return RuleEnvironment(
                engine: RuleEngine(ruleSet: ruleSet, config: config, data: data), folders: folders,
                unknownConfigNames: config.unknownNames(in: ruleSet))
        } catch let error as LoadError {
            throw error
        } catch let error as RuleLoadingError {
            throw LoadError(description: error.description)
        } catch {
            throw LoadError(description: "\(error)")
        }
    }

    static func loadConfig(_ file: String?, workingDirectory: URL) throws -> PlanCheckConfig {
        if let file {
            guard FileManager.default.fileExists(atPath: file) else {
                throw LoadError(description: "\(file): không tìm thấy tệp cấu hình (config file not found).")
            }
            return try PlanCheckConfig.load(URL(fileURLWithPath: file))
        }
        return try PlanCheckConfig.discover(from: workingDirectory)
    }

    /// The rules/ folder shipped with PlanCheck: $PLANCHECK_RULES, ./rules, or a rules/ folder at
    /// most six levels above the executable (a checkout's .build/<config>/plancheck).
    public static func bundledRules(
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments.first ?? ""
    ) -> URL {
        if let env = environment["PLANCHECK_RULES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let cwd = workingDirectory.appendingPathComponent("rules")
        if isRuleFolder(cwd) { return cwd }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("rules")
            if isRuleFolder(candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return cwd
    }

    static func isRuleFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("the-thuc").path)
    }

    /// Rule files in id order, then every file under the folders' profiles/ and registry/: what
    /// every stored result depends on besides its own inputs (the review cache key).
    public func contentHash(toolVersion: String) -> String {
        var parts = ruleSet.rules.sorted { $0.id < $1.id }.map { $0.id + ":" + FileHash.of($0.file) }
        for folder in folders {
            let dir = folder.appendingPathComponent("profiles")
            let names = ((try? FileManager.default.subpathsOfDirectory(atPath: dir.path)) ?? []).sorted()
            parts += names.map { "profiles/\($0):" + FileHash.of(dir.appendingPathComponent($0).path) }
        }
        parts.append("registry:" + data.registry.contentHash)
        // What .plancheck.yml changes: which rules run and at what severity.
        parts.append(
            "active:"
                + engine.activeRules.map { "\($0.rule.id)=\($0.severity.rawValue)" }.joined(separator: ";"))
        parts.append("tool:" + toolVersion)
        return SHA256.hex(parts.joined(separator: ","))
    }
}

/// Content hashes of input files.
public enum FileHash {
    public static func of(_ path: String) -> String {
        SHA256.hex(bytes: Array(FileManager.default.contents(atPath: path) ?? Data()))
    }
}
