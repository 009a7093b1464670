import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing

@testable import PlanCheckParsing

/// Fixtures are written by tools/make-docx-fixtures.py; each feature appears once in a known form.
enum DocxFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let path = Fixtures.path("Tests/PlanCheckParsingTests/Fixtures/docx/\(name)")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

@Suite struct DocxReaderTests {
    let plan: ExtractedText

    init() throws {
        plan = try DocxReader.read(try DocxFixture.bytes("plan.docx"))
    }

    @Test func planReadsAsTheTextCopyWouldShowIt() {
        #expect(
            plan.lines == [
                "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH BẾN TRE | Độc lập - Tự do - Hạnh phúc",
                "------- | ---------------",
                "Số: 497/KH-UBND | Bến Tre, ngày 26 tháng 01 năm 2022",
                "KẾ HOẠCH",
                "Công tác thông tin đối ngoại",
                "năm 2022",
                "Căn cứ Nghị định số 72/2015/NĐ-CP",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích:",
                "- Nâng cao chất lượng thông tin đối ngoại.",
                "2. Yêu cầu:",
                "a) Bám sát chỉ đạo của Trung ương.",
                "b) Bảo đảm tiết kiệm.",
                "II. NỘI DUNG",
                "1. Nhiệm vụ trọng tâm",
                "I. Nhiệm vụ chung",
                "1. Tuyên truyền về biển, đảo",
                "- Cơ quan chủ trì: Sở Thông tin và Truyền thông",
                "- Cơ quan phối hợp: Sở Ngoại vụ; Báo Bến Tre",
                "- Thời gian: Quý IV năm 2022",
                "- Sản phẩm: Tin, bài",
                "2. Tổ chức hội nghị thông tin đối ngoại",
                "- Cơ quan chủ trì: Sở Ngoại vụ",
                "- Thời gian: Thường xuyên",
                "- Sản phẩm: Hội nghị",
                "1. Tổng quát",
                "1.1. Chi tiết một",
                "1.2. Chi tiết hai",
                "2. Tiếp theo",
                "2.1. Chi tiết ba",
                "5. Bắt đầu từ năm",
                "Nơi nhận: KT. CHỦ TỊCH",
            ])
        #expect(plan.origins.count == plan.lines.count)
        #expect(plan.hints.count == plan.lines.count)
    }

    @Test func headerTableRowsKeepTheirRowAsOrigin() {
        #expect(plan.origins[0] == LineOrigin(paragraph: 1, tableRow: 1, tableCell: 1))
        #expect(plan.origins[2] == LineOrigin(paragraph: 1, tableRow: 1, tableCell: 1))
        #expect(plan.origins[3] == LineOrigin(paragraph: 2, tableRow: 2, tableCell: 1))
    }

    @Test func aLineBreakInsideAParagraphKeepsTheParagraphOrigin() {
        #expect(plan.origins[5] == LineOrigin(paragraph: 4))
        #expect(plan.origins[6] == LineOrigin(paragraph: 4))
    }

    @Test func taskTableFieldsPointAtTheirRowAndCell() {
        // Paragraphs 1–2 header table, 3–13 body, 14 the task header, 15 the column numbers.
        #expect(plan.origins[16] == LineOrigin(paragraph: 16, tableRow: 3, tableCell: 2))
        #expect(plan.origins[17] == LineOrigin(paragraph: 17, tableRow: 4, tableCell: 2))
        #expect(plan.origins[18] == LineOrigin(paragraph: 17, tableRow: 4, tableCell: 3))
        #expect(plan.origins[21] == LineOrigin(paragraph: 17, tableRow: 4, tableCell: 6))
        #expect(plan.origins[26] == LineOrigin(paragraph: 19))
    }

    @Test func boldCentredTitleIsHintedNotMarked() {
        #expect(plan.hints[4] == ["bold", "centered"])
        #expect(plan.hints[8] == [])
    }

    @Test func commentsAndFootnotesStayOutOfTheLines() {
        #expect(plan.comments == ["Cần bổ sung căn cứ pháp lý"])
        #expect(plan.footnotes == ["Về quản lý hoạt động thông tin đối ngoại."])
        #expect(!plan.lines.contains { $0.contains("pháp lý") || $0.contains("quản lý hoạt động") })
    }

    @Test func deletedRevisionsAndFieldCodesAreNotText() {
        #expect(!plan.lines.contains { $0.contains("ĐÃ XÓA") || $0.contains("PAGE") })
        #expect(plan.notes.isEmpty)
    }

    @Test func legacyFontTextIsKeptAndNamedWithoutAConverter() throws {
        let text = try DocxReader.read(try DocxFixture.bytes("legacy-vntime.docx"))
        #expect(text.lines == ["KÕ ho¹ch", "Th«ng tin ®èi ngo¹i 2022", "Unicode bình thường"])
        #expect(
            text.notes == [
                "legacy font .VnTime (TCVN3) not converted: text kept as stored",
                "legacy font .VnTimeH (TCVN3) not converted: text kept as stored",
            ])
    }

    @Test func legacyFontRunsGoThroughTheConverterOnly() throws {
        let seen = FontLog()
        let text = try DocxReader.read(try DocxFixture.bytes("legacy-vntime.docx")) { run, font in
            seen.append(font)
            return "<\(run)>"
        }
        #expect(text.lines == ["<KÕ ho¹ch>", "<Th«ng tin ®èi ngo¹i> 2022", "Unicode bình thường"])
        #expect(seen.fonts == [".VnTimeH", ".VnTime"])
        #expect(text.notes == ["converted from .VnTime (TCVN3)", "converted from .VnTimeH (TCVN3)"])
    }

    @Test func numberingFormatsMatchWord() {
        #expect(DocxNumbering.roman(14) == "XIV")
        #expect(DocxNumbering.letters(27) == "AA")
        #expect(DocxNumbering.format(3, as: "lowerLetter") == "c")
        #expect(DocxNumbering.format(4, as: "decimalZero") == "04")
    }
}

/// Records the fonts the converter was called with; the converter is @Sendable.
final class FontLog: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []
    func append(_ name: String) { lock.withLock { names.append(name) } }
    var fonts: [String] { lock.withLock { names } }
}
