import ArgumentParser

@main
struct PlanCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancheck",
        abstract: "Kiểm tra kế hoạch của cơ quan nhà nước Việt Nam so với văn bản cấp trên.",
        subcommands: [])
}
