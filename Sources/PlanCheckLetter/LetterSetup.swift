import Foundation
import PlanCheckRules

/// Everything a run needs before it writes letters, checked before any submission is reviewed:
/// the sender's details from `.plancheck.yml`, the template, and the template's names against
/// the loaded rules. Nothing is guessed: what is missing is named instead.
public enum LetterSetup {
    public enum Problem: Error, Sendable, Equatable {
        /// No `letter:` section; the config file looked at, if there was one.
        case noSenderSection(config: String?)
        /// Required keys absent from the section ("signer.name").
        case missingSenderDetails([String], config: String)
        /// No template at the configured path, or under letters/ of any rule folder.
        case noTemplate(searched: [String])
        /// Loading errors of the template, `file:line: …` each.
        case template([String])
    }

    public static func composer(
        config: PlanCheckConfig, ruleFolders: [URL], ruleSet: RuleSet
    ) throws(Problem) -> LetterComposer {
        guard let sender = config.letter else { throw .noSenderSection(config: config.file?.path) }
        let missing = sender.missing
        guard missing.isEmpty else {
            throw .missingSenderDetails(missing, config: config.file?.path ?? PlanCheckConfig.fileName)
        }
        let url: URL
        if let path = sender.template {
            let base =
                config.file?.deletingLastPathComponent()
                ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .noTemplate(searched: [url.path])
            }
        } else {
            guard let found = LetterTemplate.find(in: ruleFolders) else {
                throw .noTemplate(
                    searched: ruleFolders.map {
                        $0.appendingPathComponent("letters/gop-y-ke-hoach.yaml").path
                    })
            }
            url = found
        }
        let template: LetterTemplate
        do { template = try LetterTemplate.load(url) } catch let error as RuleLoadingError {
            throw .template(error.diagnostics)
        } catch {
            throw .template(["\(url.path):1: \(error)"])
        }
        let unknown = template.unknownNames(in: ruleSet)
        guard unknown.isEmpty else { throw .template(unknown) }
        return LetterComposer(template: template, sender: sender, rules: ruleSet.rules)
    }
}
