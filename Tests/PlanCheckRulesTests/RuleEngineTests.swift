import Foundation
import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct RuleEngineTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/rules")

    @Test func findingsCarryRenderedMessageAndSortedOrder() throws {
        let set = try RuleSet.load(folders: [Self.fixtures])
        var d = TestDocuments.plan()
        d.header.motto = nil
        let engine = RuleEngine(ruleSet: set, config: PlanCheckConfig(rules: ["KH001": .error]))
        let findings = engine.run(document: d)
        #expect(findings.map(\.ruleId) == ["KH001", "TT001", "TT002"])
        #expect(findings.map(\.severity) == [.error, .error, .warning])
        #expect(findings[1].message == "Thiếu Quốc hiệu, Tiêu ngữ (motto).")
        #expect(findings[1].path == "plan.txt" && findings[1].span == nil && findings[1].excerpt == "")
        let english = engine.run(document: d, english: true)
        #expect(english[1].message == "The national name and motto (motto) are missing.")
        // No English wording: the Vietnamese message is used.
        #expect(english[2].message == findings[2].message)
    }

    @Test func closingPartRulesAreSkippedOnATruncatedCopy() throws {
        let set = try RuleSet.load(folders: [Self.fixtures])
        var d = TestDocuments.plan()
        #expect(RuleEngine(ruleSet: set).run(document: d).map(\.ruleId) == ["TT002"])
        TestDocuments.truncate(&d)
        #expect(RuleEngine(ruleSet: set).run(document: d).isEmpty)
    }

    @Test func excerptIsTheFindingsLine() throws {
        let folder = TempFolder()
        try folder.write(
            "the-thuc/TT010-cong-van-code.yaml",
            """
            id: TT010
            name: cong-van-code
            severity: error
            summary: Không có ký hiệu CV.
            message: "Ký hiệu {match} không tồn tại."
            rationale: Nghị định 30/2020/NĐ-CP không quy định chữ viết tắt CV.
            references: [Nghị định 30/2020/NĐ-CP, Phụ lục III]
            applies_to: [all]
            check: {kind: text-pattern, scope: header, must_not_match: "/CV-"}
            """)
        var d = TestDocuments.plan()
        d.lines[4] = "  Số: 61/CV-UBND"
        let findings = RuleEngine(ruleSet: try RuleSet.load(folders: [folder.url])).run(document: d)
        #expect(findings.map(\.excerpt) == ["Số: 61/CV-UBND"])
        #expect(findings.first?.span?.line == 5)
    }

    /// Past the limit a check gives places alone (CheckContext.fullHits): the listed findings and
    /// the closing count are those of a run without the limit.
    @Test func hitsPastTheLimitAreCountedAtTheirPlaceAlone() throws {
        let folder = TempFolder()
        try folder.write(
            "ke-hoach/KH906-task-without-lead.yaml",
            """
            id: KH906
            name: task-without-lead
            severity: warning
            summary: Nhiệm vụ không có cơ quan chủ trì.
            message: "Nhiệm vụ {label} {task} chưa có cơ quan chủ trì."
            rationale: Thử giới hạn số phát hiện.
            references: [Nghị định 30/2020/NĐ-CP]
            applies_to: [all]
            check: {kind: task-field, field: lead}
            """)
        var d = TestDocuments.plan()
        d.tasks = (0..<6).map { i in
            PlanTask(
                id: "t\(i)", label: "\(i + 1).", title: "Nhiệm vụ số \(i)", text: "",
                span: SourceSpan(line: 20 + i, column: 1, endLine: 20 + i, endColumn: 10), style: .plain)
        }
        let set = try RuleSet.load(folders: [folder.url])
        let all = RuleEngine(ruleSet: set).run(document: d).filter { $0.ruleId == "KH906" }
        #expect(all.count == 6)
        let capped = RuleEngine(ruleSet: set, findingLimit: 2).run(document: d).filter {
            $0.ruleId == "KH906"
        }
        #expect(capped.count == 3)
        #expect(capped.prefix(2).map(\.message) == all.prefix(2).map(\.message))
        #expect(capped[2].span == all[2].span)
        #expect(capped[2].message.hasPrefix("Còn 4 chỗ khác trong văn bản có cùng lỗi này (KH906)"))
        var context = CheckContext(document: d)
        context.fullHits = 1
        #expect(context.hit(0, span: nil) { CheckHit(span: nil, values: ["a": "b"]) }.values == ["a": "b"])
        #expect(context.hit(1, span: nil) { CheckHit(span: nil, values: ["a": "b"]) }.values.isEmpty)
    }

    @Test func aRuleRepeatingOneCauseListsTheLimitThenCountsTheRest() throws {
        let folder = TempFolder()
        try folder.write(
            "the-thuc/TT011-lowercase-x.yaml",
            """
            id: TT011
            name: lowercase-x
            severity: warning
            summary: Có chữ xx.
            message: "Có {match}."
            rationale: Thử giới hạn số phát hiện.
            references: [Nghị định 30/2020/NĐ-CP]
            applies_to: [all]
            check: {kind: text-pattern, scope: body, must_not_match: "xx"}
            """)
        var d = TestDocuments.plan()
        for i in 0..<5 { d.lines.append("Dòng xx thứ \(i).") }
        let set = try RuleSet.load(folders: [folder.url])
        let all = RuleEngine(ruleSet: set).run(document: d).filter { $0.ruleId == "TT011" }
        #expect(all.count == 5)
        let capped = RuleEngine(ruleSet: set, findingLimit: 2).run(document: d).filter {
            $0.ruleId == "TT011"
        }
        #expect(capped.count == 3)
        #expect(capped.prefix(2).map(\.message) == all.prefix(2).map(\.message))
        #expect(capped[2].span?.line == all[2].span?.line)
        #expect(capped[2].message.hasPrefix("Còn 3 chỗ khác trong văn bản có cùng lỗi này (TT011)"))
        #expect(capped[2].severity == .warning)
        let english = RuleEngine(ruleSet: set, findingLimit: 2).run(document: d, english: true)
        #expect(english.last { $0.ruleId == "TT011" }?.message.hasPrefix("3 more places") == true)
    }
}
