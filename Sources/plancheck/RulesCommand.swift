import ArgumentParser
import Foundation
import PlanCheckRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Liệt kê, xem và sinh tài liệu quy tắc.",
        subcommands: [List.self, Show.self, Docs.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê các quy tắc.")
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let (ruleSet, config) = try rules.load()
            for rule in ruleSet.rules {
                let severity = config.effectiveSeverity(of: rule)?.rawValue ?? "off"
                print("\(rule.id)\t\(rule.name)\t\(severity)\t\(rule.pack)\t\(rule.summary)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Xem một quy tắc.")
        @OptionGroup var rules: RuleOptions
        @Argument(help: "Mã quy tắc, ví dụ TT001.") var id: String

        func run() throws {
            let (ruleSet, _) = try rules.load()
            guard let rule = ruleSet.rule(id: id.uppercased()) else {
                throw InputFailure(message: "\(id): không có quy tắc này (no such rule).")
            }
            print("\(rule.id) \(rule.name) [\(rule.severity.rawValue)\(rule.enabled ? "" : ", opt-in")]")
            print(rule.summary)
            print("\nThông báo: \(rule.message)")
            print("\nLý do: \(rule.rationale)")
            print("\nCăn cứ: \(rule.references.joined(separator: "; "))")
            print("\nKiểm tra: \(rule.checkKind)\n\(rule.checkYAML)")
            print("Tệp: \(rule.file):\(rule.line)")
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sinh docs/rules.md từ rules/.")
        @OptionGroup var rules: RuleOptions
        @Option(help: "Tệp đích.") var output = "docs/rules.md"

        func run() throws {
            let (ruleSet, _) = try rules.load()
            try RuleDocs.markdown(for: ruleSet).write(toFile: output, atomically: true, encoding: .utf8)
            print("Đã ghi \(output) (\(ruleSet.rules.count) quy tắc).")
        }
    }
}
