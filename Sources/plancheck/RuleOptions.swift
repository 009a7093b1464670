import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckRules

/// Where rules come from: `--rules` folders, the config's `rule_folders`, and the bundled rules/.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"), help: "Thư mục quy tắc (có thể lặp lại). Mặc định: rules/ của PlanCheck.")
    var ruleFolders: [String] = []

    @Option(help: "Tệp cấu hình .plancheck.yml (mặc định: tìm từ thư mục hiện tại trở lên).")
    var config: String?

    /// Rules, config, levels, profiles and registry; loading errors become exit code 2 with their
    /// file:line lines, names the config gives that match nothing are warnings on stderr.
    func environment() throws -> RuleEnvironment {
        let environment: RuleEnvironment
        do {
            environment = try RuleEnvironment.load(
                ruleFolders: ruleFolders, configFile: config,
                cache: RuleCache.user(toolVersion: ToolInfo.version))
        } catch {
            throw InputFailure(message: error.description)
        }
        for name in environment.unknownConfigNames {
            FileHandle.standardError.write(
                Data("cảnh báo: \(DisplaySafe.escape(name)).\n".utf8))
        }
        return environment
    }

    /// The rule set and the config, for commands that only list or document rules.
    func load() throws -> (RuleSet, PlanCheckConfig) {
        let environment = try environment()
        return (environment.ruleSet, environment.config)
    }

    static func bundledRules() -> URL { RuleEnvironment.bundledRules() }
}
