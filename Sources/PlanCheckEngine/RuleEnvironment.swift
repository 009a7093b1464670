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
    /// `ruleFolders` (the bundled rules when empty) and the config's own folders, through
    /// `cache` when given (the CLI passes the user's; tests and libraries parse YAML).
    public static func load(
        ruleFolders: [String] = [], configFile: String? = nil,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        cache: RuleCache? = nil
    ) throws(LoadError) -> RuleEnvironment {
        do {
            let config = try loadConfig(configFile, workingDirectory: workingDirectory)
            var folders = ruleFolders.map { URL(fileURLWithPath: $0) }
            if folders.isEmpty {
                let bundled = bundledRules(workingDirectory: workingDirectory)
                if !FileManager.default.fileExists(atPath: bundled.path) {
                    throw LoadError(description: notFound(workingDirectory: workingDirectory))
                }
                folders = [bundled]
            }
            folders += config.resolvedRuleFolders
            for folder in folders where !FileManager.default.fileExists(atPath: folder.path) {
                throw LoadError(
                    description: "\(folder.path): không tìm thấy thư mục quy tắc (rules folder not found).")
            }
            let (ruleSet, data) =
                try cache.map { try $0.load(folders: folders) }.map { ($0.0, $0.1) }
                ?? RuleCache.loadYAML(folders: folders)
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

    /// The rules/ folder shipped with PlanCheck, the first of `bundledRuleCandidates` that holds
    /// rules; the working directory's `rules/` when none does (the error then names them all).
    public static func bundledRules(
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments.first ?? ""
    ) -> URL {
        let candidates = bundledRuleCandidates(
            workingDirectory: workingDirectory, environment: environment, executable: executable)
        if let env = environment["PLANCHECK_RULES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return candidates.first(where: isRuleFolder) ?? workingDirectory.appendingPathComponent("rules")
    }

    /// Where the rules are looked for, in order: `$PLANCHECK_RULES` (set by the user, so it wins:
    /// the way to try edited rules with an installed binary); `rules/` next to the executable (an
    /// unpacked folder); `../share/plancheck/rules` from it (`make install`, the release tarball);
    /// `rules/` in the working directory; a `rules/` folder at most six levels above the
    /// executable (a checkout's .build/<triple>/<config>/plancheck). The executable is found
    /// through symlinks and, when called by name, through `PATH`.
    public static func bundledRuleCandidates(
        workingDirectory: URL, environment: [String: String], executable: String
    ) -> [URL] {
        var out: [URL] = []
        if let env = environment["PLANCHECK_RULES"], !env.isEmpty { out.append(URL(fileURLWithPath: env)) }
        let exe = locate(executable, path: environment["PATH"] ?? "").resolvingSymlinksInPath()
        let bin = exe.deletingLastPathComponent()
        out.append(bin.appendingPathComponent("rules"))
        out.append(bin.deletingLastPathComponent().appendingPathComponent("share/plancheck/rules"))
        out.append(workingDirectory.appendingPathComponent("rules"))
        var dir = bin.deletingLastPathComponent()
        for _ in 0..<5 {
            out.append(dir.appendingPathComponent("rules"))
            dir.deleteLastPathComponent()
        }
        return out
    }

    /// argv[0] as a file: a bare name ("plancheck", run from PATH) is looked up in PATH.
    static func locate(_ executable: String, path: String) -> URL {
        guard !executable.contains("/") else { return URL(fileURLWithPath: executable) }
        for dir in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(executable)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: "/proc/self/exe")
    }

    static func notFound(workingDirectory: URL) -> String {
        let env = ProcessInfo.processInfo.environment
        if let set = env["PLANCHECK_RULES"], !set.isEmpty {
            return
                "\(set): không tìm thấy thư mục quy tắc nêu trong PLANCHECK_RULES (rules folder not found)."
        }
        let places = bundledRuleCandidates(
            workingDirectory: workingDirectory, environment: env,
            executable: CommandLine.arguments.first ?? ""
        ).prefix(3).map(\.path)
        return "không tìm thấy thư mục quy tắc (rules folder not found) ở \(places.joined(separator: ", ")); "
            + "đặt PLANCHECK_RULES hoặc dùng --rules DIR."
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
