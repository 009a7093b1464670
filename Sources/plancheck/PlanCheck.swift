import ArgumentParser
import Foundation
import PlanCheckReport

@main
struct PlanCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancheck",
        abstract: "Kiểm tra kế hoạch của cơ quan nhà nước Việt Nam so với văn bản cấp trên.",
        version: ToolInfo.version,
        subcommands: [
            CheckCommand.self, ParseCommand.self, RulesCommand.self, RegistryCommand.self, ReviewCommand.self,
            HistoryCommand.self, AcceptCommand.self, RejectCommand.self, BaselineCommand.self,
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
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
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
