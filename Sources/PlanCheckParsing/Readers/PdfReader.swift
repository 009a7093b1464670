import Foundation
import PlanCheckCore

/// Reads a PDF through poppler's pdftotext (or, for scans, pdftoppm + tesseract). Outside tools
/// rather than a Swift PDF library: poppler handles the broken PDFs offices produce, and Linux has no
/// PDFKit.
public enum PdfReader {
    /// Lines this far down page 1 may hold the two-column header (issuing body | Quốc hiệu).
    static let headerLines = 15

    public static func read(path: String, ocr: Bool = false) throws(ReaderError) -> ExtractedText {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReaderError(
                .toolFailed, message: "Không mở được tệp \(path).", english: "Cannot open \(path).")
        }
        if ocr { return try PdfOCR.read(path: path) }
        let tool = try require("pdftotext", package: "poppler-utils")
        let maxOutput = maxTextBytes(forFileBytes: fileSize(path))
        let output = try ToolRunner.run(
            tool, ["-layout", "-enc", "UTF-8", path, "-"], maxOutput: maxOutput)
        if output.overflowed {
            let size = IntakeErrors.grouped(maxOutput >> 20, ".")
            throw ReaderError(
                .tooLarge,
                message:
                    "Tệp PDF cho ra hơn \(size) MB chữ, quá nhiều so với kích thước tệp; không phải một văn bản đọc được.",
                english: "The PDF yields more than \(maxOutput >> 20) MB of text, too much for its size.")
        }
        try check(output, tool: "pdftotext")
        let text = layout(String(decoding: output.stdout, as: UTF8.self))
        guard text.lines.contains(where: { !$0.trimmingSpaces.isEmpty }) else {
            throw ReaderError(
                .noTextLayer,
                message: "Tệp PDF không có lớp chữ (có thể là bản quét); hãy chạy lại với --ocr.",
                english: "The PDF has no text layer (a scan?); run again with --ocr.")
        }
        return text
    }

    /// The most text a PDF of `fileBytes` may unpack to: three times the file and 16 MB more. A
    /// real plan's text is smaller than its PDF (fonts and images outweigh it), and the cap keeps
    /// the text, its decoded copy and its lines within the memory bound of 10 × the file + 100 MB.
    static func maxTextBytes(forFileBytes fileBytes: Int) -> Int {
        let (tripled, overflow) = fileBytes.multipliedReportingOverflow(by: 3)
        return overflow ? .max : tripled + 16 << 20
    }

    private static func fileSize(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func require(_ name: String, package: String) throws(ReaderError) -> String {
        guard let tool = ToolRunner.find(name) else {
            throw ReaderError(
                .toolMissing, message: "Thiếu công cụ \(name); hãy cài: apt-get install \(package)",
                english: "\(name) is not installed; run: apt-get install \(package)")
        }
        return tool
    }

    static func check(_ output: ToolRunner.Output, tool: String) throws(ReaderError) {
        if output.timedOut {
            throw ReaderError(
                .toolFailed, message: "\(tool) chạy quá lâu và đã bị dừng.",
                english: "\(tool) timed out.")
        }
        guard output.status != 0 else { return }
        // pdftotext exits 3 on permission errors and says "Incorrect password" for user passwords.
        let err = output.stderr
        if output.status == 3 || err.contains("Incorrect password") || err.contains("Permission Error") {
            throw ReaderError(
                .encrypted, message: "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại.",
                english: "The PDF is encrypted or forbids text extraction: \(err.trimmingSpaces)")
        }
        throw ReaderError(
            .toolFailed, message: "\(tool) không đọc được tệp PDF (mã lỗi \(output.status)).",
            english: "\(tool) failed with status \(output.status): \(err.trimmingSpaces)")
    }

    /// Splits pages at form feeds and tidies the layout: trailing spaces go, and on page 1 the
    /// columns of the header, which -layout keeps side by side, are joined by " | " as in the text
    /// copies of real plans.
    static func layout(_ raw: String) -> ExtractedText {
        var pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.count > 1, pages.last?.trimmingSpaces.isEmpty == true { pages.removeLast() }
        var text = ExtractedText()
        for (index, page) in pages.enumerated() {
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last?.isEmpty == true { lines.removeLast() }
            for (number, line) in lines.enumerated() {
                var tidy = line
                while tidy.last?.isWhitespace == true { tidy.removeLast() }
                if index == 0 && number < headerLines { tidy = joinColumns(tidy) }
                text.append(tidy, origin: LineOrigin(page: index + 1))
            }
        }
        return text
    }

    /// "   ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI…" → "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI…".
    static func joinColumns(_ line: String) -> String {
        let trimmed = line.trimmingSpaces
        guard trimmed.contains("   ") else { return line }
        var result = ""
        var spaces = 0
        for char in trimmed {
            if char == " " {
                spaces += 1
                continue
            }
            if spaces >= 3 {
                result += " | "
            } else if spaces > 0 {
                result += String(repeating: " ", count: spaces)
            }
            spaces = 0
            result.append(char)
        }
        return result
    }
}
