import Foundation
import PlanCheckCore
@testable import PlanCheckParsing
import Testing

struct HeaderRecognizerTests {
    static func plan(_ header: [String]) -> PlanDocument {
        let rest = [
            "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ;", "",
            "I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao nhận thức.",
        ]
        return PlanReader.parse(
            text: (header + [""] + rest).joined(separator: "\n"), path: "t.md", format: "md")
    }

    @Test func aLineOfPipesAboveTheIssuerEndsItWithoutACrash() {
        // A stray table border from a converted Word file: no cell to read (it crashed before).
        let d = Self.plan([
            "|", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-UBND", "KẾ HOẠCH", "Tuyên truyền năm 2024",
        ])
        #expect(d.header.issuer?.lines == ["ỦY BAN NHÂN DÂN"])
        #expect(d.header.number?.normalized == "12/KH-UBND")
    }

    @Test func aBasisDateBelowTheTypeNameIsNotTheIssueDate() {
        let d = Self.plan([
            "ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "", "Số: 45/KH-UBND", "", "KẾ HOẠCH",
            "Thông tin đối ngoại năm 2024",
        ])
        #expect(d.header.issueDate == nil)
        #expect(d.header.documentTypeName?.value == "KẾ HOẠCH")
        #expect(d.header.title?.value == "Thông tin đối ngoại năm 2024")
    }

    @Test func aBasisRightUnderTheTypeNameIsNotTheTitle() {
        let d = Self.plan([
            "ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "", "Số: 45/KH-UBND", "", "Cầu Kè, ngày 05 tháng 3 năm 2024", "",
            "KẾ HOẠCH",
        ])
        #expect(d.header.issueDate?.date == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(d.header.title == nil)
    }

    @Test func aBasisRightUnderTheTitleWithNoEmptyLineEndsTheTitle() {
        // Word puts the first basis right under the summary; it must stay a basis, not the title.
        let text = [
            "ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 45/KH-UBND", "Cầu Kè, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Thông tin đối ngoại năm 2024",
            "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ;", "",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.",
        ].joined(separator: "\n")
        let d = PlanReader.parse(text: text, path: "t.md", format: "md")
        #expect(d.header.title?.value == "Thông tin đối ngoại năm 2024")
        #expect(d.bases.count == 1)
    }

    @Test func literalEscapedLineBreaksAreReadAsLines() {
        // A copy scraped from a page's script: the whole plan on one line, broken by "\\r\\n".
        let lines = [
            "ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 45/KH-UBND", "Cầu Kè, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Thông tin đối ngoại năm 2024",
        ]
        let d = PlanReader.parse(text: lines.joined(separator: #"\r\n"#), path: "t.txt", format: "txt")
        #expect(d.header.number?.normalized == "45/KH-UBND")
        #expect(d.header.issueDate?.date == CalendarDate(year: 2024, month: 3, day: 5))
        // A lone escaped break inside a text that has real lines is left as written.
        let one = "Ghi chú: dùng \\r\\n trong mẫu\nKẾ HOẠCH"
        #expect(PlanParser.unescapeLineBreaks(one) == one)
    }
}

struct MarkdownCommentTests {
    @Test func anHTMLCommentInMarkdownIsNotPartOfTheText() {
        let text = "ỦY BAN NHÂN DÂN\nXÃ THẠNH HẢI <!-- ghi chú -->\nSố: 1/KH-UBND"
        let blanked = PlanReader.blankingComments(text)
        #expect(
            blanked.components(separatedBy: "\n").map(\.count)
                == text.components(separatedBy: "\n").map(\.count))
        #expect(!blanked.contains("ghi chú") && blanked.contains("XÃ THẠNH HẢI "))
        // An unclosed comment is text, as a Markdown renderer shows it.
        #expect(PlanReader.blankingComments("a <!-- b") == "a <!-- b")
    }
}
