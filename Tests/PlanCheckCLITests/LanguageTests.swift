import Foundation
import PlanCheckTestSupport
import Testing

/// Vietnamese by default, English with --lang en: help, usage errors, section kinds, the words
/// of review and history, config warnings, dates and the decimal comma.
struct LanguageTests {
    @Test func helpAndUsageErrorsAreVietnamese() throws {
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "Show help information.", "SUBCOMMANDS"] {
            #expect(!help.stdout.contains(english), "\(english)")
        }
        #expect(help.stdout.contains("TỔNG QUAN:") && help.stdout.contains("Hiện trợ giúp này."))
        let sub = try CLIRunner.run(["review", "--help"])
        #expect(sub.stdout.contains("CÁCH DÙNG:") && !sub.stdout.contains("USAGE:"))
        let missing = try CLIRunner.run(["confirm"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Lỗi: Thiếu đối số"), "\(missing.stderr)")
        let unknown = try CLIRunner.run(["check", "a.md", "--bogus"])
        #expect(
            unknown.status == 2 && unknown.stderr.contains("Không có tùy chọn '--bogus'"), "\(unknown.stderr)"
        )
        let english = try CLIRunner.run(["check", "a.md", "--bogus", "--lang", "en"])
        #expect(english.stderr.contains("Unknown option '--bogus'"))
    }

    @Test func sectionKindsAndDatesInTheOutlineAreVietnamese() throws {
        let r = try CLIRunner.run(["parse", "samples/real/001_96e476ef786eba14.txt"])
        #expect(r.stdout.contains("<mục đích, yêu cầu>") && !r.stdout.contains("<purpose-requirements>"))
        let date = try #require(r.stdout.split(separator: "\n").first { $0.contains("Ngày ban hành:") })
        #expect(date.range(of: #"\d\d/\d{1,2}/\d{4}"#, options: .regularExpression) != nil, "\(date)")
    }

    @Test func aMissingSectionIsNamedInWordsNotByItsKey() throws {
        let r = try CLIRunner.run(["check", "samples/real", "--format", "json"])
        #expect(!r.stdout.contains("purpose-requirements)") && !r.stdout.contains("(funding)"))
    }

    @Test func anUnknownRuleInTheConfigIsOneReadableWarning() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "rules:\n  KH999: off\n".write(
            to: dir.appendingPathComponent(".plancheck.yml"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(
            ["check", Fixtures.path("samples/real/001_96e476ef786eba14.txt")], cwd: dir.path)
        let warning = try #require(r.stderr.split(separator: "\n").first { $0.contains("KH999") })
        #expect(warning.hasPrefix("cảnh báo: ") && warning.contains("không có quy tắc 'KH999'"), "\(warning)")
        #expect(!warning.contains("nêu"))
    }

    @Test func reviewAndHistoryWordsAreVietnameseOrEnglish() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let chain = "samples/chains/quang-an-2024"
        let first = try CLIRunner.run(["review", chain, "--db", db])
        let rows = first.stdout.split(separator: "\n").filter { $0.contains("\t") && !$0.hasPrefix(" ") }
            .dropFirst()
        // Worst first: errors never increase down the table, then a totals line.
        let errors = rows.map { Int($0.split(separator: "\t")[1]) ?? 0 }
        #expect(errors == errors.sorted(by: >) && errors.count > 2)
        #expect(first.stdout.contains("\nTổng: \(errors.count) hồ sơ ("))
        #expect(!first.stdout.contains("cached"))
        let again = try CLIRunner.run(["review", chain, "--db", db, "--lang", "en"])
        #expect(
            again.stdout.hasPrefix("Review run #2\nsubmission\terrors\t")
                && again.stdout.contains("\nTotal: "))
        let history = try CLIRunner.run(["history", "--db", db])
        #expect(history.stdout.contains("\txong\t") && !history.stdout.contains("\tdone\t"))
        #expect(!history.stdout.contains("(cached)"))
        // Local time as officials write it, not an ISO stamp.
        #expect(
            history.stdout.range(of: #"\t\d\d:\d\d \d\d/\d{1,2}/\d{4}\t"#, options: .regularExpression) != nil
        )
        let en = try CLIRunner.run(["history", "--db", db, "--lang", "en"])
        #expect(en.stdout.contains("\tdone\t") && en.stdout.contains("Total: 2 run(s)"))
    }
}
