import Foundation
import PlanCheckCore

/// OCR of scanned plans, the common case for older provincial documents: render each page at
/// 300 dpi and read it with tesseract's Vietnamese model. Slow (seconds per page), so only on --ocr.
enum PdfOCR {
    static func read(path: String) throws(ReaderError) -> ExtractedText {
        let render = try PdfReader.require("pdftoppm", package: "poppler-utils")
        let tesseract = try PdfReader.require(
            "tesseract", package: "tesseract-ocr tesseract-ocr-vie")
        try requireVietnamese(tesseract)
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("plancheck-ocr-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            throw ReaderError(
                .toolFailed, message: "Không tạo được thư mục tạm cho OCR.",
                english: "Cannot create a temporary directory: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        let rendered = try ToolRunner.run(
            render, ["-r", "300", "-png", path, dir.appendingPathComponent("page").path],
            timeout: 300)
        try PdfReader.check(rendered, tool: "pdftoppm")
        let pages = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".png") }.sorted { pageNumber($0) < pageNumber($1) }
        var text = ExtractedText()
        for (index, page) in pages.enumerated() {
            // One thread per tesseract: CI has two cores and OpenMP would oversubscribe them.
            let output = try ToolRunner.run(
                tesseract, [dir.appendingPathComponent(page).path, "-", "-l", "vie"],
                environment: ["OMP_THREAD_LIMIT": "1"])
            try PdfReader.check(output, tool: "tesseract")
            for line in String(decoding: output.stdout, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                text.append(String(line).trimmingSpaces, origin: LineOrigin(page: index + 1))
            }
        }
        text.addNote("text recognised by OCR (tesseract, vie): expect recognition errors")
        return text
    }

    private static func requireVietnamese(_ tesseract: String) throws(ReaderError) {
        let output = try ToolRunner.run(tesseract, ["--list-langs"], timeout: 20)
        let langs = String(decoding: output.stdout, as: UTF8.self) + output.stderr
        guard langs.split(whereSeparator: \.isNewline).contains("vie") else {
            throw ReaderError(
                .toolMissing,
                message:
                    "Thiếu mô hình tiếng Việt cho tesseract; hãy cài: apt-get install tesseract-ocr tesseract-ocr-vie",
                english:
                    "tesseract has no Vietnamese model; run: apt-get install tesseract-ocr tesseract-ocr-vie")
        }
    }

    /// pdftoppm pads page numbers to the page count's width ("page-01.png"); sort numerically.
    private static func pageNumber(_ name: String) -> Int {
        let digits = name.dropLast(4).reversed().prefix { $0.isNumber }.reversed()
        return Int(String(digits)) ?? 0
    }
}
