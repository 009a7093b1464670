import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckRules
import PlanCheckStore

/// The registry of legal documents, agencies and administrative units (rules/registry/).
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Danh mục văn bản, cơ quan và đơn vị hành chính (rules/registry/).",
        subcommands: [List.self, Show.self, Import.self, Check.self])

    static func bundled(_ rules: RuleOptions) throws -> Registry {
        let folders =
            rules.ruleFolders.isEmpty
            ? [RuleOptions.bundledRules()] : rules.ruleFolders.map { URL(fileURLWithPath: $0) }
        do { return try RegistryLoader.load(ruleFolders: folders) } catch let e as RuleLoadingError {
            throw InputFailure(message: e.description)
        }
    }

    static func line(_ d: LegalDocument) -> String {
        let status =
            d.inForceTo.map { "hết hiệu lực sau \($0.iso)" + (d.replacedBy.map { ", thay bởi \($0)" } ?? "") }
            ?? "còn hiệu lực"
        let year = d.forYear.map { " [kế hoạch năm \($0)]" } ?? ""
        return "\(d.number)\t\(d.date?.iso ?? "?")\t\(d.issuer)\t\(status)\t\(d.subject)\(year)"
    }

    static func line(_ a: Agency) -> String {
        let until =
            a.validTo.map { " (đến \($0.iso); kế thừa: \(a.successors.joined(separator: "; ")))" } ?? ""
        let aliases = a.aliases.isEmpty ? "" : " — " + a.aliases.joined(separator: ", ")
        return "\(a.name) [\(a.level)]\(aliases)\(until)"
    }

    /// "Xã Thạnh Hải [xa] thuộc Tỉnh Vĩnh Long"; a former unit with its end and successor.
    static func line(_ u: AdministrativeUnit) -> String {
        let level = ["tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"][u.level] ?? u.level
        return "\(u.name) [\(level)]" + (u.parent.map { " thuộc \($0)" } ?? "")
            + (u.validTo.map { " (đến \($0.day)/\($0.month)/\($0.year))" } ?? "")
            + (u.successor.map { " → \($0)" } ?? "")
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê danh mục.")
        @OptionGroup var rules: RuleOptions
        func run() throws {
            let r = try RegistryCommand.bundled(rules)
            print("# Văn bản (\(r.documents.count))")
            r.documents.forEach { print(RegistryCommand.line($0)) }
            print("# Cơ quan (\(r.agencies.count))")
            r.agencies.forEach { print(RegistryCommand.line($0)) }
            print("# Đơn vị hành chính (\(r.units.count))")
            r.units.forEach { print(RegistryCommand.line($0)) }
            print("hash \(r.contentHash)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tra một văn bản theo số, hoặc cơ quan/đơn vị theo tên.")
        @Argument(help: "Số, ký hiệu hoặc tên.") var query: String
        @OptionGroup var rules: RuleOptions
        func run() throws {
            let found = try RegistryCommand.bundled(rules).search(query)
            found.documents.forEach { print(RegistryCommand.line($0)) }
            found.agencies.forEach { print(RegistryCommand.line($0)) }
            found.units.forEach { print(RegistryCommand.line($0)) }
            if found.documents.isEmpty && found.agencies.isEmpty && found.units.isEmpty {
                throw InputFailure(message: "\(query): không có trong danh mục (not in the registry).")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kiểm tra danh mục đi kèm (khóa, ngày, xung đột).")
        @OptionGroup var rules: RuleOptions
        func run() throws {
            let r = try RegistryCommand.bundled(rules)
            print(
                "danh mục hợp lệ: \(r.documents.count) văn bản, \(r.agencies.count) cơ quan, \(r.units.count) đơn vị."
            )
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Kiểm tra một tệp danh mục, báo xung đột với danh mục đi kèm, rồi lưu vào cơ sở dữ liệu.")
        @Argument(help: "Tệp YAML (documents/agencies/levels/units).") var file: String
        @OptionGroup var rules: RuleOptions
        @OptionGroup var db: DatabaseOptions
        func run() throws {
            let base = try RegistryCommand.bundled(rules)
            var loader = RegistryLoader()
            loader.read(file: URL(fileURLWithPath: file))
            let imported = loader.finish()
            var problems = loader.problems.filter { !$0.contains("replaced_by") }
            for d in imported.documents {
                if let known = base.document(number: d.number), known.date != d.date {
                    problems.append(
                        "\(file): \(d.number) dated \(d.date?.iso ?? "none") here, \(known.date?.iso ?? "none") in the bundled registry"
                    )
                }
            }
            guard problems.isEmpty else {
                throw InputFailure(message: problems.sorted().joined(separator: "\n"))
            }
            var merged = base
            for d in imported.documents where base.document(number: d.number) == nil {
                merged.documents.append(d)
            }
            merged.agencies += imported.agencies.filter { a in !base.agencies.contains { $0.id == a.id } }
            merged.units += imported.units
            merged.contentHash = SHA256.hex(base.contentHash + imported.contentHash)
            let reloaded = try db.open().syncRegistry(merged, at: StoreClock.now())
            print(
                "đã nhập \(imported.documents.count) văn bản, \(imported.agencies.count) cơ quan, \(imported.units.count) đơn vị"
                    + (reloaded ? "." : " (không đổi)."))
        }
    }
}
