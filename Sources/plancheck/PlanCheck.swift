import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckReport

@main
struct PlanCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancheck",
        abstract: "Kiểm tra kế hoạch của cơ quan nhà nước Việt Nam so với văn bản cấp trên.",
        version: ToolInfo.version,
        subcommands: [
            CheckCommand.self, ParseCommand.self, RulesCommand.self, RegistryCommand.self, ReviewCommand.self,
            HistoryCommand.self, ConfirmCommand.self, DismissCommand.self, AcceptCommand.self,
            RejectCommand.self, BaselineCommand.self, InitCommand.self, ServeCommand.self, UsersCommand.self,
            CampaignCommand.self,
        ])

    /// Exit codes are a contract for CI: 0 clean, 1 findings, 2 usage, input or rule errors.
    /// ArgumentParser's own usage code (64) is mapped to 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let failure as InputFailure {
            printError(failure.message)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = HelpText.localize(
                fullMessage(for: error), arguments: Array(CommandLine.arguments.dropFirst()))
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            printError(message)
            Foundation.exit(2)
        }
    }

    /// Messages quote file names and the user's arguments: each line is escaped with
    /// `DisplaySafe`, so no control sequence reaches the terminal or CI log. The line breaks
    /// between diagnostics stay; a newline inside a name must be escaped where the message is
    /// built (StoreError does), since here it cannot be told from one of ours.
    static func printError(_ message: String) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let safe = lines.map { DisplaySafe.escape(String($0)) }.joined(separator: "\n")
        FileHandle.standardError.write(Data((safe + "\n").utf8))
    }
}

/// An input the tool cannot read: printed as one line, exit code 2.
struct InputFailure: Error {
    let message: String
}

enum ToolInfo {
    static let name = "plancheck"
    static let version = "0.1.0"
    static var tool: CheckReport.Tool { .init(name: name, version: version) }
}
