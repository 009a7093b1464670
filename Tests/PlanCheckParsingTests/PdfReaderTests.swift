import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing

@testable import PlanCheckParsing

/// plan.pdf is tools/make-docx-fixtures.py's pdf-source.docx converted by LibreOffice: a two-column
/// header table, a title, and a second page. encrypted.pdf is the same with the open password
/// "matkhau".
@Suite(.enabled(if: ToolRunner.find("pdftotext") != nil, "needs pdftotext (apt-get install poppler-utils)"))
struct PdfReaderTests {
    static func fixture(_ name: String) -> String {
        Fixtures.path("Tests/PlanCheckParsingTests/Fixtures/pdf/\(name)")
    }

    @Test func twoColumnHeaderIsJoinedLikeTheTextCopies() throws {
        let text = try PdfReader.read(path: Self.fixture("plan.pdf"))
        #expect(
            text.lines.prefix(2) == [
                "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "HUYỆN CẦU NGANG | Độc lập - Tự do - Hạnh phúc",
            ])
        #expect(text.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "KẾ HOẠCH" })
        #expect(!text.lines.contains { $0.hasSuffix(" ") })
    }

    @Test func formFeedsBecomePageOrigins() throws {
        let text = try PdfReader.read(path: Self.fixture("plan.pdf"))
        let first = try #require(text.lines.firstIndex(of: "I. MỤC ĐÍCH, YÊU CẦU"))
        let second = try #require(text.lines.firstIndex(of: "II. NỘI DUNG"))
        #expect(text.origins[first] == LineOrigin(page: 1))
        #expect(text.origins[second] == LineOrigin(page: 2))
        #expect(text.lines[second + 1] == "- Cơ quan chủ trì: Phòng Văn hóa và Thông tin")
        #expect(text.origins.count == text.lines.count)
    }

    @Test func aPasswordProtectedPDFIsReportedAsEncrypted() {
        do {
            _ = try PdfReader.read(path: Self.fixture("encrypted.pdf"))
            Issue.record("an encrypted PDF was read")
        } catch {
            #expect(error.reason == .encrypted)
        }
    }

    @Test func aPDFWithoutTextSuggestsOCR() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("plancheck-blank-\(UUID().uuidString).pdf").path
        try Data(Self.blankPDF().utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try PdfReader.read(path: path)
            Issue.record("a blank PDF was read")
        } catch {
            #expect(error.reason == .noTextLayer)
            #expect(error.message.contains("--ocr"))
        }
    }

    @Test func aMissingFileIsAClearError() {
        do {
            _ = try PdfReader.read(path: "/nonexistent/kehoach.pdf")
            Issue.record("a missing file was read")
        } catch {
            #expect(error.reason == .toolFailed)
        }
    }

    @Test(.enabled(if: ToolRunner.find("tesseract") == nil))
    func ocrWithoutTesseractSaysWhatToInstall() {
        do {
            _ = try PdfReader.read(path: Self.fixture("plan.pdf"), ocr: true)
            Issue.record("OCR ran without tesseract")
        } catch {
            #expect(error.reason == .toolMissing)
            #expect(error.message.contains("tesseract-ocr-vie"))
        }
    }

    /// One empty page, with a correct cross-reference table.
    static func blankPDF() -> String {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf
    }
}

/// Layout clean-up needs no outside tool.
@Suite struct PdfLayoutTests {
    @Test func headerColumnsAreJoinedAndPagesSplit() {
        let raw =
            "   ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   \n"
            + "Số: 99 /KH-UBND  \n\u{0C}Trang hai        còn khoảng trắng\n\u{0C}"
        let text = PdfReader.layout(raw)
        #expect(
            text.lines == [
                "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 99 /KH-UBND",
                "Trang hai        còn khoảng trắng",
            ])
        #expect(text.origins.map(\.page) == [1, 1, 2])
    }

    @Test func aMissingToolNamesThePackageToInstall() {
        do {
            _ = try PdfReader.require("plancheck-no-such-tool", package: "poppler-utils")
            Issue.record("found a tool that does not exist")
        } catch {
            #expect(error.reason == .toolMissing)
            #expect(error.message.contains("apt-get install poppler-utils"))
        }
    }
}
