import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct TaskChecksTests {
    static func task(_ id: String, line: Int, lead: Bool) -> PlanTask {
        PlanTask(
            id: id, label: "1.", title: "Tuyên truyền", text: "Tuyên truyền", span: TestDocuments.span(line),
            style: .fieldLines,
            lead: lead
                ? [AgencyRef(name: "Sở Thông tin và Truyền thông", span: TestDocuments.span(line + 1))] : [])
    }

    @Test func taskWithoutLeadAgencyIsFlagged() throws {
        var d = TestDocuments.plan()
        d.tasks = [Self.task("II.1.", line: 9, lead: true), Self.task("II.2.", line: 12, lead: false)]
        let hits = try TestDocuments.hits("{kind: task-field, field: lead}", d)
        #expect(hits.map { $0.values["id"] } == ["II.2."])
        #expect(hits.first?.span?.line == 12)
    }

    @Test func taskWithATimeFieldIsNotFlaggedForTime() throws {
        var d = TestDocuments.plan()
        var task = Self.task("II.1.", line: 9, lead: true)
        #expect(
            try {
                d.tasks = [task]; return try TestDocuments.hits("{kind: task-field, field: time}", d).count
            }() == 1)
        task.timeRaw = TestDocuments.located("Thời gian: thường xuyên", line: 10)
        d.tasks = [task]
        #expect(try TestDocuments.hits("{kind: task-field, field: time}", d).isEmpty)
    }

    @Test func deadlineWithoutYearIsReportedOnce() throws {
        var d = TestDocuments.plan()
        let noYear = DateExpression(
            kind: .deadline, raw: "trước ngày 30 tháng 11", span: TestDocuments.span(10), missingYear: true,
            day: 30, month: 11)
        let withYear = DateExpression(
            kind: .deadline, raw: "trước ngày 25/5/2022", span: TestDocuments.span(11),
            end: CalendarDate(year: 2022, month: 5, day: 25))
        var task = Self.task("II.1.", line: 9, lead: true)
        task.time = noYear
        d.tasks = [task]
        d.dateExpressions = [noYear, withYear]
        let hits = try TestDocuments.hits("{kind: date-form, check: missingYear}", d)
        #expect(hits.map { $0.values["raw"] } == ["trước ngày 30 tháng 11"])
        d.dateExpressions = [withYear]
        d.tasks = []
        #expect(try TestDocuments.hits("{kind: date-form, check: missingYear}", d).isEmpty)
    }

    @Test func lastTaskOfATruncatedCopyIsNotJudged() throws {
        var d = TestDocuments.plan()
        d.tasks = [Self.task("II.1.", line: 9, lead: false), Self.task("II.2.", line: 12, lead: false)]
        TestDocuments.truncate(&d)
        let hits = try TestDocuments.hits("{kind: task-field, field: time}", d)
        #expect(hits.map { $0.values["id"] } == ["II.1."])
        d.sections = [Self.section("III.", .organisation, line: 13)]
        #expect(try TestDocuments.hits("{kind: task-field, field: time}", d).count == 2)
    }

    @Test func aCopyCutBeforeItsOrganisationSectionEndsCallsNoTaskUnled() throws {
        var d = TestDocuments.plan()
        d.tasks = [Self.task("II.1.", line: 9, lead: false), Self.task("II.2.", line: 12, lead: false)]
        TestDocuments.truncate(&d)
        #expect(try TestDocuments.hits("{kind: task-field, field: lead}", d).isEmpty)
        // The organisation section is the last part before the cut: its assignments may go on.
        d.sections = [Self.section("III.", .organisation, line: 13)]
        #expect(try TestDocuments.hits("{kind: task-field, field: lead}", d).isEmpty)
        // A part after it shows the organisation section whole: its silence is real.
        d.sections.append(Self.section("IV.", .funding, line: 20))
        #expect(try TestDocuments.hits("{kind: task-field, field: lead}", d).count == 2)
    }

    @Test func aTaskTheOrganisationSectionAssignsIsLed() throws {
        var d = TestDocuments.plan()
        var task = Self.task("II.1.", line: 9, lead: false)
        task.assignedBy = TaskAssignment(
            agency: AgencyRef(name: "Sở Văn hóa, Thể thao và Du lịch", span: TestDocuments.span(20)),
            dutySpan: TestDocuments.span(21), score: 0.5)
        d.tasks = [task, Self.task("II.2.", line: 12, lead: false)]
        let hits = try TestDocuments.hits("{kind: task-field, field: lead}", d)
        #expect(hits.map { $0.values["id"] } == ["II.2."])
    }

    @Test func aTaskWithoutLeadOrTimeIsOneFindingNamingBoth() throws {
        var d = TestDocuments.plan()
        var timed = Self.task("II.2.", line: 12, lead: false)
        timed.timeRaw = Located("Quý II năm 2024", span: TestDocuments.span(13))
        d.tasks = [Self.task("II.1.", line: 9, lead: false), timed]
        let hits = try TestDocuments.hits(
            "{kind: task-field, field: lead, also: {time: \" và thời gian thực hiện\"}}", d)
        #expect(hits.map { $0.values["also"] } == [" và thời gian thực hiện", ""])
    }

    static func section(_ label: String, _ kind: SectionKind, line: Int) -> Section {
        Section(
            label: label, level: 1, title: kind.rawValue, kind: kind, span: TestDocuments.span(line),
            bodySpan: TestDocuments.span(line))
    }

    static let verbRule = """
        kind: assignment-verb
        expected_verb: de-nghi
        party_patterns: ["Tỉnh ủy", "Mặt trận Tổ quốc", "Đoàn Thanh niên"]
        """

    static func assignment(_ name: String, _ verb: AssignmentVerb, line: Int) -> Assignment {
        Assignment(
            label: nil, agency: AgencyRef(name: name, span: TestDocuments.span(line)), verb: verb,
            verbSpan: TestDocuments.span(line), duties: [], addressesLowerLevel: false,
            span: TestDocuments.span(line))
    }

    @Test func massOrganisationGivenTasksIsFlagged() throws {
        var d = TestDocuments.plan()
        d.assignments = [
            Self.assignment("Sở Thông tin và Truyền thông", .giao, line: 9),
            Self.assignment("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", .giao, line: 10),
            Self.assignment("Tỉnh Đoàn Thanh niên", .deNghi, line: 11),
        ]
        let hits = try TestDocuments.hits(Self.verbRule, d)
        #expect(hits.map { $0.span?.line } == [10])
        #expect(hits.first?.values["verb"] == "giao")
        #expect(hits.first?.values["expected"] == "đề nghị")
    }

    @Test func partyPatternsMatchRegardlessOfCase() throws {
        var d = TestDocuments.plan()
        d.assignments = [Self.assignment("BAN THƯỜNG VỤ TỈNH ỦY", .giao, line: 9)]
        #expect(try TestDocuments.hits(Self.verbRule, d).count == 1)
    }
}
