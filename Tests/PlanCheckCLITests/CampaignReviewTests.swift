import Foundation
import PlanCheckTestSupport
import Testing

/// A chain manifest with `expect:` and `due:`: `review` says who has not submitted and who is late.
struct CampaignReviewTests {
    static func lines(_ stdout: String) -> [String] {
        let all = stdout.split(separator: "\n").map(String.init)
        guard let start = all.firstIndex(where: { $0.hasPrefix("Đợt nộp:") || $0.hasPrefix("Campaign:") })
        else {
            return []
        }
        return Array(all[start...]).filter {
            $0.hasPrefix("Đợt nộp:") || $0.hasPrefix("Campaign:") || $0.hasPrefix("  ")
        }
    }

    @Test func theSampleCampaignListsMissingLateAndOnTimeSubmitters() throws {
        let dir = try ReviewFiles.chainCopy("vinh-long-2026")
        let db = dir.deletingLastPathComponent().appendingPathComponent("c.sqlite").path
        let r = try CLIRunner.run(["review", dir.path, "--db", db])
        #expect(r.status == 1, "\(r.stderr)")
        let block = Self.lines(r.stdout)
        #expect(
            block.first
                == "Đợt nộp: 6 đơn vị phải nộp, hạn 10/12/2025: 4 đã nộp (3 đúng hạn, 1 trễ hạn), 2 chưa nộp."
        )
        #expect(block.dropFirst().first?.contains("chưa nộp    Xã Thạnh Hải") == true)
        #expect(
            block.contains {
                $0.contains("trễ hạn     Xã Cầu Kè") && $0.contains("05-xa-cau-ke.md (12/12/2025)")
            })
        #expect(block.filter { $0.hasPrefix("  đúng hạn") }.count == 3)
    }

    @Test func allCommunesOfAProvinceComeFromTheMapAndVersionsAreCounted() throws {
        let dir = try ReviewFiles.chainCopy("vinh-long-2026")
        let manifest = dir.appendingPathComponent("plancheck.yml")
        var text = try String(contentsOf: manifest, encoding: .utf8)
        text = text.replacingOccurrences(
            of:
                "expect: [Xã Mỹ Long, Phường Trường Long Hòa, Phường Long Châu, Xã Cầu Kè, Xã Thạnh Hải, Phường Thanh Đức]",
            with: "expect: all communes of tỉnh Vĩnh Long")
        text = text.replacingOccurrences(
            of: "  - file: 05-xa-cau-ke.md",
            with:
                "  - file: 06-ban-sua.md\n    level: xa\n    parent: 01-tinh-vinh-long.md\n  - file: 05-xa-cau-ke.md"
        )
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        // A revised version of Mỹ Long's plan, issued later: the latest version, still on time.
        let revised = try String(contentsOf: dir.appendingPathComponent("02-xa-my-long.md"), encoding: .utf8)
            .replacingOccurrences(of: "ngày 08 tháng 12 năm 2025", with: "ngày 09 tháng 12 năm 2025")
        try revised.write(to: dir.appendingPathComponent("06-ban-sua.md"), atomically: true, encoding: .utf8)
        let db = dir.deletingLastPathComponent().appendingPathComponent("c.sqlite").path
        let r = try CLIRunner.run(["review", dir.path, "--db", db, "--lang", "en"])
        let block = Self.lines(r.stdout)
        // 124 communes and wards of Vĩnh Long in the 2025 map; four of them submitted.
        #expect(
            block.first
                == "Campaign: 124 expected, due 10/12/2025: 4 submitted (3 on time, 1 late), 120 not submitted."
        )
        #expect(block.filter { $0.hasPrefix("  missing") }.count == 120)
        #expect(
            block.contains {
                $0.contains("Xã Mỹ Long") && $0.contains("06-ban-sua.md (09/12/2025), 2 versions")
            })
    }

    @Test func aBadExpectationIsAUsageError() throws {
        let dir = try ReviewFiles.chainCopy("vinh-long-2026")
        let manifest = dir.appendingPathComponent("plancheck.yml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "due: 10/12/2025", with: "due: 31/02/2025")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["review", dir.path, "--db", dir.appendingPathComponent("c.sqlite").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("due must be a date"), "\(r.stderr)")
    }
}
