import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// Regression tests for the cap-tren check kinds and the comparison items.
struct CapTrenChecksTests {
    static let rules = URL(fileURLWithPath: Fixtures.path("rules"))

    static let parent = """
        ỦY BAN NHÂN DÂN
        TỈNH NAM HẢI

        Số: 120/KH-UBND

        Nam Hải, ngày 10 tháng 11 năm 2023

        KẾ HOẠCH
        Công tác thông tin đối ngoại tỉnh Nam Hải năm 2024

        I. TỔ CHỨC THỰC HIỆN

        1. Ủy ban nhân dân các huyện, thị xã, thành phố

        - Phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức tuyên truyền về chủ quyền biển, đảo cho ngư dân.

        - Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2024 về Sở Thông tin và Truyền thông trước ngày 30 tháng 11 năm 2024.
        """

    static func child(lead: String, report: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        HUYỆN HÒA LẠC

        Số: 145/KH-UBND

        Hòa Lạc, ngày 20 tháng 11 năm 2023

        KẾ HOẠCH
        Công tác thông tin đối ngoại huyện Hòa Lạc năm 2024

        I. NỘI DUNG

        1. Tuyên truyền về chủ quyền biển, đảo cho ngư dân các xã ven biển
        - Cơ quan chủ trì: \(lead).
        - Cơ quan phối hợp: Bộ Chỉ huy Quân sự tỉnh.
        - Thời gian: Quý II năm 2024.

        II. TỔ CHỨC THỰC HIỆN

        1. Phòng Văn hóa và Thông tin huyện

        - Tổng hợp kết quả thực hiện công tác thông tin đối ngoại năm 2024, báo cáo về Sở Thông tin và Truyền thông \(report).
        """
    }

    static func run(
        _ id: String, child text: String, parent parentText: String = parent, english: Bool = false
    ) throws -> [Finding] {
        let ruleSet = try RuleSet.load(folders: [rules])
        let data = try ProfileData.load(ruleFolders: [rules])
        var rule = try #require(ruleSet.rule(id: id))
        rule.enabled = true
        let child = PlanReader.parse(text: text, path: "child.md", format: "md")
        let parent = PlanReader.parse(text: parentText, path: "parent.md", format: "md")
        let comparison = Comparison.build(
            child: child, parents: [parent], levels: data.levels, profiles: data.profiles, notApplicable: [],
            matcher: CoverageMatcher())
        return RuleEngine(ruleSet: RuleSet(rules: [rule]), data: data).run(
            document: child, comparison: comparison, english: english)
    }

    /// "công tác … năm 2024" beside an in-time deadline is the plan year, not "by 31/12/2024".
    @Test func aYearMentionIsNotADeadline() throws {
        let ok = try Self.run(
            "CT007",
            child: Self.child(
                lead: "Phòng Văn hóa và Thông tin huyện", report: "trước ngày 25 tháng 11 năm 2024"))
        #expect(ok.isEmpty)
        let late = try Self.run(
            "CT007",
            child: Self.child(
                lead: "Phòng Văn hóa và Thông tin huyện", report: "trước ngày 10 tháng 12 năm 2024"))
        #expect(late.map(\.span?.line) == [22])
    }

    /// A parent duty that only mentions a Sở ("báo cáo về Sở …") does not delegate the Sở to lead.
    @Test func mentioningASoIsNotDelegating() throws {
        let hits = try Self.run(
            "CT010",
            child: Self.child(lead: "Sở Thông tin và Truyền thông", report: "trước ngày 25 tháng 11 năm 2024")
        )
        #expect(hits.map(\.span?.line) == [14])
        let fine = try Self.run(
            "CT010",
            child: Self.child(
                lead: "Phòng Văn hóa và Thông tin huyện", report: "trước ngày 25 tháng 11 năm 2024"))
        #expect(fine.isEmpty)
    }

    /// "Phối hợp với …" at the start of a duty names a partner, as "… phối hợp với …" does.
    @Test func capitalisedPartnerPhraseIsRead() throws {
        let named = try Self.run(
            "CT011",
            child: Self.child(
                lead: "Phòng Văn hóa và Thông tin huyện", report: "trước ngày 25 tháng 11 năm 2024"))
        #expect(named.isEmpty)
        let text = Self.child(
            lead: "Phòng Văn hóa và Thông tin huyện", report: "trước ngày 25 tháng 11 năm 2024"
        )
        .replacingOccurrences(
            of: "- Cơ quan phối hợp: Bộ Chỉ huy Quân sự tỉnh.",
            with: "- Cơ quan phối hợp: Ban Chỉ huy Quân sự huyện.")
        let missing = try Self.run("CT011", child: text)
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("Bộ Chỉ huy Quân sự tỉnh") == true)
    }
}
