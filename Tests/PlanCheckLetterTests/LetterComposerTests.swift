import Foundation
import PlanCheckCore
import PlanCheckLetter
import PlanCheckRules
import Testing

/// The sentences of a letter: what it lists, in which part, how it names the submission and its
/// committee, and the date it asks for the revised plan by.
struct LetterComposerTests {
    @Test func theLetterListsOpenAndAcceptedErrorsAndWarningsButNotDismissedOrInfoFindings() throws {
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        let expected = LetterFixture.findings.filter {
            ($0.severity == .error || $0.severity == .warning) && $0.decision != .dismissed
        }
        #expect(Set(letter.fingerprints) == Set(expected.map(\.fingerprint)))
        #expect(letter.fingerprints.count == expected.count)
        #expect(!letter.fingerprints.contains("fp-KH007"), "rejected as a false alarm")
        #expect(letter.fingerprints.contains("fp-CT010"), "accepted as a real defect")
        #expect(!letter.fingerprints.contains("fp-TT020"), "info")
    }

    @Test func pointsAreGroupedByPartOfThePlanInTheTemplatesOrderAndNumberedWithoutGaps() throws {
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        #expect(
            letter.groups.map(\.heading) == [
                "1. Về thể thức và kỹ thuật trình bày văn bản", "2. Về căn cứ xây dựng Kế hoạch",
                "3. Về việc cụ thể hóa nhiệm vụ cấp trên giao", "4. Về thời hạn thực hiện và báo cáo",
                "5. Về cơ quan chủ trì, phối hợp",
            ])
        #expect(
            letter.groups.map(\.fingerprints) == [
                ["fp-TT012"], ["fp-CC001"], ["fp-CT005"], ["fp-CT007"], ["fp-KH008", "fp-KH006", "fp-CT010"],
            ])
        #expect(
            letter.groups[2].intro
                == "Dự thảo chưa tiếp nhận đầy đủ nhiệm vụ cấp trên giao cho cấp mình (1 nội dung):")
    }

    @Test func aPointQuotesItsLineAndCitesTheRulesLegalBasis() throws {
        let composer = try LetterFixture.composer()
        let letter = composer.compose(LetterFixture.submission, date: LetterFixture.date)
        let point = try #require(letter.groups.first { $0.fingerprints == ["fp-CC001"] }?.points.first)
        let references = try #require(composer.rules["CC001"]?.references)
        #expect(!references.isEmpty)
        #expect(
            point
                == "- Dòng 14 (“Nội dung dòng 14 của dự thảo”): Viện dẫn “Nghị định số 72/NĐ-CP” thiếu năm ban hành"
                + " (căn cứ: \(references.joined(separator: "; ")))."
        )
    }

    @Test func aDutyCutShortInTheFindingIsQuotedInFull() throws {
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        let point = try #require(letter.groups.first { $0.fingerprints == ["fp-CT005"] }?.points.first)
        #expect(point.contains("\"\(LetterFixture.duty)\""))
        #expect(!point.contains("…"))
        #expect(point.hasPrefix("- Không có nhiệm vụ nào"), "a finding about the whole plan has no line")
    }

    @Test func theSubmissionIsNamedByNumberAndDateAndItsCommitteeAsOfficialsWriteIt() throws {
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        #expect(
            letter.subject == "V/v góp ý dự thảo Kế hoạch số 15/KH-UBND ngày 05/3/2026 của UBND xã An Thạch")
        #expect(letter.addressee == "Ủy ban nhân dân xã An Thạch")
        #expect(
            letter.opening.hasPrefix(
                "Sở Văn hóa, Thể thao và Du lịch nhận được dự thảo Kế hoạch số 15/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân xã An Thạch."
            ))
        #expect(letter.closing.contains("trước ngày 12 tháng 12 năm 2026"), "ten days after 2 December")
        #expect(letter.closing.hasSuffix("./."))
        #expect(letter.recipients == ["Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, VP"])
        #expect(letter.issuer == ["UBND TỈNH VĨNH LONG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"])
        #expect(
            (letter.authority, letter.title, letter.signer) == (
                ["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"
            ))
    }

    @Test(arguments: [
        (["ỦY BAN NHÂN DÂN", "THỊ TRẤN CẦU NGANG"], "Ủy ban nhân dân thị trấn Cầu Ngang"),
        (["UBND HUYỆN CẦU NGANG", "UBND XÃ LONG SƠN"], "Ủy ban nhân dân xã Long Sơn"),
        (["ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"], "Ủy ban nhân dân tỉnh Sóc Trăng"),
        (["UỶ BAN NHÂN DÂN", "THỊ XÃ DUYÊN HẢI"], "Ủy ban nhân dân thị xã Duyên Hải"),
        (["HUYỆN ỦY AN PHÚ"], "HUYỆN ỦY AN PHÚ"),
    ])
    func theCommitteeIsNamedFromTheIssuingBody(issuer: [String], addressee: String) throws {
        var submission = LetterFixture.submission
        submission.issuer = issuer
        #expect(
            try LetterFixture.composer().compose(submission, date: LetterFixture.date).addressee == addressee)
    }

    @Test func aDraftWithABlankNumberIsNamedByItsSummaryAndOneWithoutAnyByItsFile() throws {
        let composer = try LetterFixture.composer()
        var submission = LetterFixture.submission
        submission.number = nil
        #expect(
            composer.compose(submission, date: LetterFixture.date).subject
                == "V/v góp ý dự thảo Kế hoạch công tác thông tin đối ngoại năm 2026 của UBND xã An Thạch")
        submission.title = nil
        submission.issuer = []
        let letter = composer.compose(submission, date: LetterFixture.date)
        #expect(letter.subject.contains("xa-an-thach.docx"))
        #expect(letter.addressee.contains("xa-an-thach.docx"))
        var undated = LetterFixture.submission
        undated.issueDate = nil
        #expect(
            composer.compose(undated, date: LetterFixture.date).subject
                == "V/v góp ý dự thảo Kế hoạch số 15/KH-UBND của UBND xã An Thạch")
    }

    @Test func aSubmissionWithNothingLeftToCorrectNeedsNoLetter() {
        var submission = LetterFixture.submission
        submission.findings = LetterFixture.findings.filter {
            $0.severity == .info || $0.decision == .dismissed
        }
        #expect(!submission.findings.isEmpty)
        #expect(!submission.needsLetter)
        #expect(LetterFixture.submission.needsLetter)
    }
}
