import ArgumentParser
import Foundation
import PlanCheckRules

/// Where rules come from: `--rules` folders, the config's `rule_folders`, and the bundled rules/.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"), help: "Thư mục quy tắc (có thể lặp lại). Mặc định: rules/ của PlanCheck.")
    var ruleFolders: [String] = []

    @Option(help: "Tệp cấu hình .plancheck.yml (mặc định: tìm từ thư mục hiện tại trở lên).")
    var config: String?

    /// The config named by --config (it must exist) or found upward from the working directory.
    func loadConfig() throws -> PlanCheckConfig {
        if let config {
            guard FileManager.default.fileExists(atPath: config) else {
                throw InputFailure(message: "\(config): không tìm thấy tệp cấu hình (config file not found).")
            }
            return try PlanCheckConfig.load(URL(fileURLWithPath: config))
        }
        return try PlanCheckConfig.discover(
            from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Loads the rule set and the config; loading errors become exit code 2 with file:line lines.
    func load() throws -> (RuleSet, PlanCheckConfig) {
        let (rules, config, _) = try loadAll()
        return (rules, config)
    }

    /// Rules, config, and the levels and plan profiles of the same folders.
    func loadAll() throws -> (RuleSet, PlanCheckConfig, ProfileData) {
        do {
            let config = try loadConfig()
            let folders = try self.folders(config)
            let ruleSet = try RuleSet.load(folders: folders)
            let data = try ProfileData.load(ruleFolders: folders)
            for name in config.unknownNames(in: ruleSet) {
                FileHandle.standardError.write(
                    Data("cảnh báo: .plancheck.yml nêu \(name) nhưng không có quy tắc hay gói này.\n".utf8))
            }
            return (ruleSet, config, data)
        } catch let error as RuleLoadingError {
            throw InputFailure(message: error.description)
        }
    }

    /// --rules folders (or the bundled rules/), then the config's; each must exist.
    func folders(_ config: PlanCheckConfig) throws -> [URL] {
        var folders = ruleFolders.map { URL(fileURLWithPath: $0) }
        if folders.isEmpty { folders = [RuleOptions.bundledRules()] }
        folders += config.resolvedRuleFolders
        for folder in folders where !FileManager.default.fileExists(atPath: folder.path) {
            throw InputFailure(
                message: "\(folder.path): không tìm thấy thư mục quy tắc (rules folder not found).")
        }
        return folders
    }

    /// The rules/ folder shipped with PlanCheck: $PLANCHECK_RULES, ./rules, or the one above the
    /// executable (a checkout's .build/<config>/plancheck).
    static func bundledRules() -> URL {
        if let env = ProcessInfo.processInfo.environment["PLANCHECK_RULES"] {
            return URL(fileURLWithPath: env)
        }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
            "rules")
        if FileManager.default.fileExists(atPath: cwd.appendingPathComponent("the-thuc").path) { return cwd }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("rules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("the-thuc").path) {
                return candidate
            }
            dir.deleteLastPathComponent()
        }
        return cwd
    }
}
