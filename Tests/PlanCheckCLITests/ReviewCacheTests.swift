import Foundation
import PlanCheckTestSupport
import Testing

/// What `review` recomputes and what it takes from the store, through the real binary.
@Suite(.serialized) struct ReviewCacheTests {
    /// The percentage `review` shows is computed from the same coverage records `check` reports.
    @Test func coverageOfAChainSubmissionMatchesCheck() throws {
        let dir = try CLIRunner.tempDirectory()
        let parent = "samples/chains/tra-vinh-2024/01-tinh-tra-vinh.md"
        let child = "samples/chains/tra-vinh-2024/02-huyen-cau-ngang.txt"
        let review = try CLIRunner.run([
            "review", "--parent", parent, child, "--db", dir.appendingPathComponent("r.sqlite").path,
        ])
        #expect(review.status != 2, "\(review.stderr)")
        let shown = try #require(ReviewLine.parse(review.stdout)["02-huyen-cau-ngang.txt"]).coverage
        #expect(shown != "—")

        let check = try CLIRunner.run(["check", "--parent", parent, child, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let outcomes = (json["coverage"] as? [[String: Any]] ?? []).compactMap { $0["outcome"] as? String }
        let judged = outcomes.filter { $0 != "not-applicable" }
        try #require(!judged.isEmpty)
        let share =
            (Double(judged.filter { $0 == "covered" }.count) + Double(judged.filter { $0 == "partial" }.count)
                / 2)
            / Double(judged.count)
        // Shown as officials write it: one decimal, decimal comma ("77,8%").
        let expected = String(format: "%.1f", share * 100).replacingOccurrences(of: ".", with: ",")
        #expect(shown == (expected.hasSuffix(",0") ? String(expected.dropLast(2)) : expected) + "%")
    }

    /// A chain folder is reviewed like `check` reviews it: declared exemptions leave the
    /// denominator, so Đông Hải's coverage is shown too.
    @Test func aChainFolderGetsCoverageForEverySubmission() throws {
        let chain = try ReviewFiles.chainCopy("quang-an-2024")
        let db = chain.deletingLastPathComponent().appendingPathComponent("r.sqlite").path
        let result = try CLIRunner.run(["review", chain.path, "--db", db])
        let lines = ReviewLine.parse(result.stdout)
        #expect(
            Set(lines.keys) == [
                "02-huyen-an-phu.md", "03-huyen-binh-son.md", "04-huyen-dong-hai.md", "05-xa-an-thach.md",
            ])
        for line in lines.values { #expect(line.coverage.hasSuffix("%"), "\(line.name): \(line.coverage)") }
    }

    @Test func changingOneInputRecomputesExactlyTheResultsThatDependOnIt() throws {
        let chain = try ReviewFiles.chainCopy("quang-an-2024")
        let rules = try ReviewFiles.rulesCopy()
        let db = chain.deletingLastPathComponent().appendingPathComponent("r.sqlite").path
        func review() throws -> Set<String> {
            let r = try CLIRunner.run(
                ["review", chain.path, "--rules", rules.path, "--db", db], timeout: 120)
            #expect(r.status != 2, "\(r.stderr)")
            #expect(ReviewLine.parse(r.stdout).count == 4)
            return ReviewLine.recomputed(r.stdout)
        }
        let all: Set = [
            "02-huyen-an-phu.md", "03-huyen-binh-son.md", "04-huyen-dong-hai.md", "05-xa-an-thach.md",
        ]
        #expect(try review() == all)
        #expect(try review() == [])

        try ReviewFiles.edit(chain.appendingPathComponent("03-huyen-binh-son.md")) { $0 + "\n" }
        #expect(try review() == ["03-huyen-binh-son.md"])

        // An Phú is a submission and the parent of An Thạch: both depend on its text.
        try ReviewFiles.edit(chain.appendingPathComponent("02-huyen-an-phu.md")) {
            $0.replacingOccurrences(of: "Quý I năm 2024", with: "Quý II năm 2024")
        }
        #expect(try review() == ["02-huyen-an-phu.md", "05-xa-an-thach.md"])

        try ReviewFiles.edit(rules.appendingPathComponent("the-thuc/TT001-missing-national-motto.yaml")) {
            $0 + "\n# sửa\n"
        }
        #expect(try review() == all)
        #expect(try review() == [])

        try ReviewFiles.edit(rules.appendingPathComponent("registry/agencies.yaml")) { $0 + "\n# sửa\n" }
        #expect(try review() == all)

        try ReviewFiles.edit(rules.appendingPathComponent("profiles/levels.yaml")) { $0 + "\n# sửa\n" }
        #expect(try review() == all)
        #expect(try review() == [])
    }

    /// When the parent's wording of a duty changes, the judgement stored against the old wording
    /// is named for another look.
    @Test func aChangedParentDutyIsReportedForAnotherLook() throws {
        let chain = try ReviewFiles.chainCopy("tra-vinh-2024")
        let db = chain.deletingLastPathComponent().appendingPathComponent("r.sqlite").path
        let first = try CLIRunner.run(["review", chain.path, "--db", db])
        #expect(!first.stdout.contains("cần xem lại"))
        try ReviewFiles.edit(chain.appendingPathComponent("01-tinh-tra-vinh.md")) {
            $0.replacingOccurrences(
                of: "tăng cường tin, bài tuyên truyền về biển, đảo.",
                with: "tăng cường tin, bài tuyên truyền về biển, đảo và biên giới đất liền.")
        }
        let second = try CLIRunner.run(["review", chain.path, "--db", db])
        #expect(ReviewLine.recomputed(second.stdout) == ["02-huyen-cau-ngang.txt"])
        let stale = second.stdout.split(separator: "\n").filter { $0.contains("cần xem lại") }
        #expect(stale.count == 1)
        #expect(stale.first?.contains("Chỉ đạo Đài Truyền thanh cấp huyện") == true)
    }
}
