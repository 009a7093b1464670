import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckLetter
import PlanCheckParsing
import PlanCheckStore
import PlanCheckTestSupport
import Testing

/// Letters from a real review of the sample chain: each lists exactly the submission's open and
/// confirmed findings, after a reviewer has dismissed one and confirmed another.
struct ReviewLetterTests {
    /// A submission as the CLI builds it: the store's findings with their decisions, the header
    /// read again, the parent duties it was compared with.
    static func submission(_ input: SubmissionInput, _ decisions: [String: ReviewState]) -> LetterSubmission {
        let findings = input.findings.map { f in
            LetterFinding(
                fingerprint: f.fingerprint, ruleId: f.ruleId,
                severity: Severity(rawValue: f.severity) ?? .info,
                message: f.message, line: f.line, excerpt: f.excerpt,
                decision: decisions[f.fingerprint]?.decision)
        }
        return LetterSubmission(
            name: input.name, number: input.number,
            issueDate: input.issueDate.flatMap(CalendarDate.init(iso:)),
            header: try? PlanReader.read(path: input.path).header, findings: findings,
            duties: input.links.map(\.parentItemText))
    }

    @Test func eachLetterListsExactlyTheSubmissionsOpenAndConfirmedFindings() throws {
        let environment = try #require(LetterFixture.environment)
        let store = try PlanCheckStore(path: ":memory:")
        let runner = ReviewRunner(
            checker: PlanChecker(environment: environment), store: store, toolVersion: "test")
        let plan = try JobPlanner.plan(inputs: [Fixtures.path("samples/chains/quang-an-2024")])
        let first = try runner.run(plan, clock: { "2026-12-02T00:00:00Z" })
        let binhSon = try #require(first.submissions.first { $0.input.name == "03-huyen-binh-son.md" }?.input)
        let dismissed = try #require(binhSon.findings.first { $0.ruleId == "CT006" })
        let confirmed = try #require(binhSon.findings.first { $0.ruleId == "CT010" })
        _ = try store.decide(
            dismissed.fingerprint, .dismissed, reason: "báo nhầm", by: "A",
            at: "2026-12-02T01:00:00Z")
        _ = try store.decide(
            confirmed.fingerprint, .confirmed, reason: "lỗi thật", by: "A",
            at: "2026-12-02T01:00:00Z")
        // The second review is the one letters are written from: cached results, decisions applied.
        let outcome = try runner.run(plan, clock: { "2026-12-02T02:00:00Z" })
        let decisions = try store.decisions()
        let composer = try LetterFixture.composer()
        var letters = 0
        for reviewed in outcome.submissions {
            let input = reviewed.input
            let open = input.findings.filter {
                ($0.severity == "error" || $0.severity == "warning")
                    && decisions[$0.fingerprint]?.decision != .dismissed
            }
            let submission = Self.submission(input, decisions)
            #expect(submission.needsLetter == !open.isEmpty, "\(input.name)")
            guard submission.needsLetter else { continue }
            letters += 1
            let letter = composer.compose(submission, date: LetterFixture.date)
            #expect(letter.fingerprints.sorted() == open.map(\.fingerprint).sorted(), "\(input.name)")
            #expect(!letter.fingerprints.contains(dismissed.fingerprint))

            let dir = try LetterFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("gop-y.docx")
            try DocxLetterWriter.data(letter, at: LetterFixture.instant).write(to: file)
            let lines = Set(try PlanReader.read(path: file.path).lines)
            let points = letter.groups.flatMap(\.points)
            #expect(points.count == open.count)
            #expect(points.allSatisfy(lines.contains), "\(input.name): a point is missing from the .docx")
        }
        // Bình Sơn, Đông Hải and An Thạch have defects; An Phú has none.
        #expect(letters == 3)
        let binhSonLetter = composer.compose(
            Self.submission(
                try #require(outcome.submissions.first { $0.input.name == binhSon.name }?.input), decisions),
            date: LetterFixture.date)
        #expect(binhSonLetter.fingerprints.contains(confirmed.fingerprint))
        #expect(binhSonLetter.addressee == "Ủy ban nhân dân huyện Bình Sơn")
        #expect(binhSonLetter.subject.hasPrefix("V/v góp ý dự thảo Kế hoạch số 203/KH-UBND ngày 24/11/2023"))
    }
}
