import PlanCheckCore
import PlanCheckParsing
import Testing

/// Word files rarely have blank paragraphs between a heading and its text; each Word paragraph
/// is still its own paragraph, so a heading never swallows the text below it.
@Test func aWordParagraphBoundaryEndsAParagraphWithoutABlankLine() {
    let lines = [
        "ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 187/KH-UBND", "An Phú, ngày 20 tháng 11 năm 2023", "KẾ HOẠCH",
        "Công tác thông tin đối ngoại năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao hiệu quả công tác thông tin đối ngoại.",
        "II. NỘI DUNG", "1. Tuyên truyền về biển, đảo",
        "- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.",
        "- Thời gian: Quý II năm 2024.",
    ]
    let origins = lines.indices.map { LineOrigin(paragraph: $0 + 1) }
    let doc = PlanParser.parse(
        text: lines.joined(separator: "\n"),
        source: SourceInfo(path: "x.docx", format: "docx", encoding: "utf-8"),
        origins: origins)
    #expect(doc.sections.first?.children.first?.title == "Mục đích")
    #expect(doc.tasks.first?.title == "Tuyên truyền về biển, đảo")
    #expect(doc.tasks.first?.lead.map(\.name) == ["Phòng Văn hóa và Thông tin huyện"])
    // Without origins (a text copy) consecutive lines are one paragraph: the heading runs on.
    let text = PlanParser.parse(
        text: lines.joined(separator: "\n"),
        source: SourceInfo(path: "x.txt", format: "txt", encoding: "utf-8"))
    #expect(text.sections.first?.children.first?.title != "Mục đích")
}
