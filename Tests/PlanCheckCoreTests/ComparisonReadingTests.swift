import PlanCheckCore
import Testing

/// How the comparison reads a parent duty: its partners, its due date, and the level of a body on
/// a date (issue 14).
struct ComparisonReadingTests {
    @Test func partnersAreAlternativesAndNamesWithCommasStayWhole() {
        let border = PartnerRequirement.all(
            in:
                "Các xã ven biển phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các Đồn Biên phòng trên địa bàn tuyên truyền."
        )
        #expect(border.map(\.alternatives) == [["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đồn Biên phòng"]])
        #expect(border.first?.isNamed(in: VietnameseText.matchKey("đề nghị đồn biên phòng mỹ long")) == true)
        let so = PartnerRequirement.all(
            in:
                "Phối hợp với Sở Văn hóa, Thể thao và Du lịch và Ban Tuyên giáo và Dân vận Tỉnh ủy, tuyên truyền về biển."
        )
        #expect(
            so.map(\.alternatives) == [
                ["Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo và Dân vận Tỉnh ủy"]
            ])
    }

    @Test func aListNoTextCanVerifyRequiresNothing() {
        #expect(
            PartnerRequirement.all(in: "Phối hợp với các cơ quan, đơn vị liên quan tổ chức hội nghị.").isEmpty
        )
        #expect(PartnerRequirement.all(in: "Chủ động phối hợp với địa phương tuyên truyền.").isEmpty)
    }

    static func date(_ kind: DateExpressionKind, line: Int, column: Int, _ end: CalendarDate)
        -> DateExpression
    {
        DateExpression(
            kind: kind, raw: "",
            span: SourceSpan(line: line, column: column, endLine: line, endColumn: column + 5),
            end: end)
    }

    @Test func theDueDateIsNeitherADataCutOffNorTheStartOfAPeriod() {
        let line =
            "- Báo cáo kết quả (số liệu tính đến ngày 15 tháng 11 năm 2026) trước ngày 30 tháng 11 năm 2026."
        let cutOff = Self.date(.absolute, line: 1, column: 37, CalendarDate(year: 2026, month: 11, day: 15))
        let due = Self.date(.deadline, line: 1, column: 64, CalendarDate(year: 2026, month: 11, day: 30))
        #expect(DeadlineReading.isReference(cutOff, lines: [line]))
        #expect(!DeadlineReading.isReference(due, lines: [line]))
        #expect(DeadlineReading.due(in: [cutOff, due], lines: [line]) == due)
        let period = "- Tổ chức tuyên truyền từ ngày 01 tháng 12 năm 2025"
        let start = Self.date(.absolute, line: 1, column: 27, CalendarDate(year: 2025, month: 12, day: 1))
        #expect(DeadlineReading.due(in: [start], lines: [period]) == nil)
        let event = "- Tổ chức hội nghị ngày 20 tháng 5 năm 2026"
        let day = Self.date(.absolute, line: 1, column: 20, CalendarDate(year: 2026, month: 5, day: 20))
        #expect(DeadlineReading.due(in: [day], lines: [event]) == day)
    }

    @Test func aQuarterCountsOnlyWhereNoDayIsNamed() {
        let q = Self.date(.quarter, line: 1, column: 1, CalendarDate(year: 2026, month: 6, day: 30))
        let d = Self.date(.deadline, line: 1, column: 30, CalendarDate(year: 2026, month: 5, day: 15))
        let lines = [String(repeating: "x ", count: 40)]
        #expect(DeadlineReading.comparable([q, d], lines: lines) == [d])
        #expect(DeadlineReading.comparable([q], lines: lines) == [q])
    }

    @Test func aChildDateAnswersTheNearestOfSeveralDeadlines() {
        let june = Self.date(.deadline, line: 1, column: 10, CalendarDate(year: 2026, month: 6, day: 15))
        let nov = Self.date(.deadline, line: 1, column: 40, CalendarDate(year: 2026, month: 11, day: 30))
        let lines = [String(repeating: "x ", count: 40)]
        #expect(DeadlineReading.dues(in: [june, nov], lines: lines) == [june, nov])
        let yearEnd = Self.date(.deadline, line: 2, column: 1, CalendarDate(year: 2026, month: 11, day: 25))
        #expect(DeadlineReading.nearest(to: yearEnd, among: [june, nov]) == nov)
        let midYear = Self.date(.deadline, line: 2, column: 1, CalendarDate(year: 2026, month: 6, day: 25))
        #expect(DeadlineReading.nearest(to: midYear, among: [june, nov]) == june)
    }

    static let levels = try! LevelModel(levels: [
        LevelDefinition(
            id: "tinh", name: "cấp tỉnh", rank: 1, issuerPatterns: ["TỈNH"], collectivePatterns: [],
            agencyPatterns: ["^Sở "]),
        LevelDefinition(
            id: "huyen", name: "cấp huyện", rank: 2, issuerPatterns: ["HUYỆN"], collectivePatterns: [],
            agencyPatterns: ["huyện$"], validUntil: CalendarDate(year: 2025, month: 6, day: 30)),
        LevelDefinition(
            id: "xa", name: "cấp xã", rank: 3, issuerPatterns: ["XÃ"], collectivePatterns: [],
            agencyPatterns: [" xã$"]),
    ])

    static let registry = Registry(agencies: [
        Agency(
            id: "h", name: "Phòng Kinh tế", level: "huyen",
            validTo: CalendarDate(year: 2025, month: 6, day: 30)),
        Agency(
            id: "x", name: "Phòng Kinh tế", level: "xa", validFrom: CalendarDate(year: 2025, month: 7, day: 1)
        ),
        Agency(
            id: "v", name: "Phòng Văn hóa - Xã hội", level: "xa", aliases: ["Phòng VH-XH"],
            validFrom: CalendarDate(year: 2025, month: 7, day: 1)),
        Agency(id: "c", name: "Trung tâm Phục vụ hành chính công", level: "xa"),
        Agency(id: "t", name: "Trung tâm Phục vụ hành chính công tỉnh", level: "tinh"),
        Agency(
            id: "s", name: "Sở Thông tin và Truyền thông", level: "tinh",
            validTo: CalendarDate(year: 2025, month: 2, day: 28)),
    ])

    @Test func theLevelOfABodyIsReadOnThePlansDate() {
        let r = AgencyLevelResolver(registry: Self.registry, levels: Self.levels)
        let before = CalendarDate(year: 2024, month: 11, day: 20)
        let after = CalendarDate(year: 2025, month: 12, day: 5)
        #expect(r.level(of: "Phòng Kinh tế", on: before)?.id == "huyen")
        #expect(r.level(of: "Phòng Kinh tế", on: after)?.id == "xa")
        #expect(r.level(of: "Phòng Văn hóa – Xã hội phường Long Châu", on: after)?.id == "xa")
        #expect(r.level(of: "Phòng Văn hóa - Xã hội", on: before) == nil)
        #expect(r.level(of: "Trung tâm Phục vụ hành chính công tỉnh", on: after)?.id == "tinh")
        #expect(r.level(of: "Trung tâm Phục vụ hành chính công", on: after)?.id == "xa")
        // A body gone with its level still standing keeps its level; a district name after 2025 has none.
        #expect(r.level(of: "Sở Thông tin và Truyền thông", on: after)?.id == "tinh")
        #expect(r.level(of: "Phòng Văn hóa và Thông tin huyện", on: after) == nil)
        #expect(r.level(of: "Phòng Văn hóa và Thông tin huyện", on: before)?.id == "huyen")
    }

    @Test func sharedTermsLeaveOutLoneBoundSyllables() {
        let m = CoverageMatcher().match(
            parentItems: [
                MatchItem(id: "p", text: "Tuyên truyền cho cán bộ cơ sở về biển, đảo và truyền thông")
            ],
            childItems: [
                MatchItem(id: "c", text: "Cơ quan chủ trì tuyên truyền về biển, đảo; thông tin điện tử")
            ])
        let shared = m.first?.sharedTerms ?? []
        #expect(shared.contains("biển đảo"))
        #expect(!shared.contains("cơ") && !shared.contains("thông"))
    }
}
