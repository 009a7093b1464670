import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckRules
import PlanCheckServer
import PlanCheckStore

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Quản lý tài khoản cán bộ thẩm định của plancheck serve.",
        subcommands: [UsersAddCommand.self])
}

struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Thêm hoặc đổi mật khẩu một tài khoản (mật khẩu đọc từ stdin).")
    enum Role: String, ExpressibleByArgument { case reviewer }

    @Argument(help: "Tên đăng nhập.") var name: String
    @Option(help: "Vai trò: reviewer.") var role: Role = .reviewer
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        // The first line of stdin: never an argument, which `ps` and the shell history would show.
        guard let line = readLine(strippingNewline: true), line.count >= Credentials.minimumPasswordLength
        else {
            throw InputFailure(
                message:
                    "mật khẩu (dòng đầu của stdin) cần ít nhất \(Credentials.minimumPasswordLength) ký tự.")
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw InputFailure(message: "tên đăng nhập rỗng.") }
        try database.open().addUser(
            name: trimmed, role: role.rawValue, passwordHash: Credentials.hashPassword(line),
            at: StoreClock.now())
        print("đã lưu tài khoản \(DisplaySafe.escape(trimmed)) (\(role.rawValue))")
    }
}

struct CampaignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign", abstract: "Tạo đợt nộp kế hoạch cho plancheck serve và in đường dẫn nộp.",
        subcommands: [CampaignCreateCommand.self, CampaignLinksCommand.self])
}

struct CampaignCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Tạo một đợt: văn bản cấp trên, hạn nộp, các đơn vị phải nộp.")

    @Argument(help: "Tên đợt.") var name: String
    @Option(name: .customLong("parent"), help: "Văn bản cấp trên (lặp lại được).") var parents: [String] = []
    @Option(help: "Hạn nộp DD/MM/YYYY.") var due: String
    @Option(help: "Đơn vị phải nộp (lặp lại được).") var expect: [String] = []
    @Option(help: "Mọi xã, phường của tỉnh này trong danh mục đơn vị hành chính.") var province: String?
    @OptionGroup var rules: RuleOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        guard !parents.isEmpty else { throw InputFailure(message: "cần ít nhất một --parent.") }
        let paths = try parents.map { p -> String in
            let url = URL(fileURLWithPath: p).standardizedFileURL
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw InputFailure(message: "\(DisplaySafe.escape(p)): không đọc được văn bản cấp trên.")
            }
            return url.path
        }
        guard let date = CampaignDue.parse(due) else {
            throw InputFailure(message: "--due \(DisplaySafe.escape(due)): cần ngày dạng DD/MM/YYYY.")
        }
        var units = expect
        if let province {
            let spec = CampaignSpec(expect: .allCommunes(province: province))
            let registry = try rules.environment().data.registry
            do { units += try CampaignStatus.expected(spec, registry: registry) } catch {
                throw InputFailure(message: error.description)
            }
        }
        // A unit named twice (by --expect and by --province) is one unit with one link.
        var seen = Set<String>()
        units = units.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
        guard !units.isEmpty else { throw InputFailure(message: "cần --expect ĐƠN_VỊ hoặc --province TỈNH.") }
        let store = try database.open()
        guard try !store.campaigns().contains(where: { $0.name == name }) else {
            throw InputFailure(message: "không tạo được đợt \(DisplaySafe.escape(name)): tên đã dùng.")
        }
        do {
            _ = try store.createCampaign(
                name: name, due: date, parents: paths, units: units, at: StoreClock.now(),
                token: Credentials.linkToken)
        } catch {
            throw InputFailure(message: "không tạo được đợt \(DisplaySafe.escape(name)): \(error)")
        }
        print("đã tạo đợt \(DisplaySafe.escape(name)): \(units.count) đơn vị, hạn \(due)")
    }
}

struct CampaignLinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "In đường dẫn nộp riêng của từng đơn vị (gửi riêng cho từng đơn vị).")

    @Argument(help: "Tên đợt.") var name: String
    @Option(help: "Địa chỉ gốc của máy chủ.") var baseUrl = "http://127.0.0.1:8080"
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openForReading()
        guard let campaign = try store.campaigns().first(where: { $0.name == name }) else {
            throw InputFailure(message: "không có đợt \(DisplaySafe.escape(name)).")
        }
        let base = baseUrl.hasSuffix("/") ? String(baseUrl.dropLast()) : baseUrl
        for s in try store.submitters(campaign: campaign.id) {
            print("\(DisplaySafe.escape(s.unit))\t\(base)/s/\(s.token)")
        }
    }
}

enum CampaignDue {
    /// "31/03/2026" → "2026-03-31"; nil for anything that is not a real date.
    static func parse(_ text: String) -> String? {
        let p = text.split(separator: "/").compactMap { Int($0) }
        guard p.count == 3, (1...31).contains(p[0]), (1...12).contains(p[1]), (2000...2200).contains(p[2])
        else {
            return nil
        }
        var c = DateComponents()
        (c.year, c.month, c.day) = (p[2], p[1], p[0])
        guard let d = Calendar(identifier: .gregorian).date(from: c),
            Calendar(identifier: .gregorian).component(.day, from: d) == p[0]
        else { return nil }
        return String(format: "%04d-%02d-%02d", p[2], p[1], p[0])
    }
}
