import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing

@testable import PlanCheckParsing

/// The byte prefilter before citation scanning may only skip text in which the scanner would
/// find no number: checked on every line and paragraph of the bundled samples and on hand-made forms.
struct CitationPrefilterTests {
    @Test func realNumberFormsPassThePrefilter() {
        for text in [
            "Kế hoạch số 61/KH-UBND", "Nghị định số 72/2015/NĐ-CP", "Quyết định 1079/QĐTTg",
            "Kết luận số 57-KL/TW",
            "Văn bản số 5406/BTTTT-TTĐN", "Kế hoạch số: /KH-UBND", "KẾ HOẠCH SỐ:   /KH-UBND",
            "Kế hoạch số 99 /KH-UBND",
            "Kế hoạch 149- KH/TU", "Thông tư 22/2016/TT-BTTTT",
        ] {
            #expect(CitationRecognizer.mayHoldNumber(text), "\(text)")
            #expect(!CitationRecognizer.find(in: text).isEmpty, "\(text)")
        }
        for text in [
            "trước ngày 31/12/2024", "Độc lập - Tự do - Hạnh phúc", "giai đoạn 2023 - 2028", "tỷ lệ 50/50",
        ] {
            #expect(!CitationRecognizer.mayHoldNumber(text), "\(text)")
        }
    }

    @Test func theScannerFindsNothingWhereThePrefilterSaysNo() throws {
        let root = URL(fileURLWithPath: Fixtures.path("samples"))
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { ["txt", "md"].contains($0.pathExtension) } ?? []
        #expect(files.count >= 10)
        var skipped = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let doc = PlanParser.parse(
                text: text, source: SourceInfo(path: file.path, format: "txt", encoding: "utf-8"))
            // Lines, and paragraphs as the parser joined them (a number may span a line break).
            let pieces = doc.lines + doc.tasks.map(\.text) + doc.assignments.flatMap { $0.duties.map(\.text) }
            for piece in pieces where !CitationRecognizer.mayHoldNumber(piece) {
                skipped += 1
                #expect(
                    CitationRecognizer.findHeads(in: ScanText(piece)).isEmpty,
                    "\(file.lastPathComponent): \(piece)")
            }
        }
        #expect(skipped > 100)
    }
}
