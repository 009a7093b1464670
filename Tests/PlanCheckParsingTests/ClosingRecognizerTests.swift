import PlanCheckCore
import Testing

@testable import PlanCheckParsing

/// The closing zone: the signer's name, the authority line split into its parts, recipients.
@Suite struct ClosingRecognizerTests {
    let recognizer = ClosingRecognizer(lines: [], bodyStart: 0)

    @Test func aSignerIsTwoToSixCapitalisedWords() {
        #expect(recognizer.looksLikeName("Hồng Thanh Vũ"))
        #expect(recognizer.looksLikeName("Trần  Văn Bình"))
        #expect(!recognizer.looksLikeName("HỒNG THANH VŨ"))
        #expect(!recognizer.looksLikeName("Nguyễn"))
        #expect(!recognizer.looksLikeName("Hồng thanh Vũ"))
        #expect(!recognizer.looksLikeName("Một Hai Ba Bốn Năm Sáu Bảy"))
    }

    @Test func anAuthorityLineSplitsAtFormsAndTheDeputysTitle() {
        let line = SourceLine(number: 40, raw: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
        let parts = recognizer.splitAuthority(line)
        #expect(parts.map(\.value) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(parts.map(\.span.column) == [1, 21, 34])
    }

    @Test func recipientsKeepTheirColumnsAndTheArchiveLine() {
        let raw = ["Nơi nhận:", "- Sở Nội vụ;", "  - UBND các huyện;", "- Lưu: VT, NC."]
        let lines = raw.enumerated().map { SourceLine(number: $0.offset + 1, raw: $0.element) }
        let closing = ClosingRecognizer(lines: lines, bodyStart: 0)
        let items = closing.recipients?.items ?? []
        #expect(items.map(\.value) == ["Sở Nội vụ;", "UBND các huyện;", "Lưu: VT, NC."])
        #expect(items.map(\.span.column) == [3, 5, 3])
        #expect(closing.recipients?.archiveIsLast == true)
    }
}
