import Foundation
import Testing

@testable import PlanCheckParsing
import PlanCheckCore

/// A small .docx or PDF can unpack to far more than it holds. What it unpacks to is bounded by
/// the size of the file that came in, while it unpacks: the inflated part by its compression
/// ratio, Word's paragraphs, rows and cells by a count, pdftotext's output by its length.
@Suite struct ContainerBoundTests {
    let limits = IntakeLimits(maxBytes: 1 << 20, maxLineBytes: 1 << 10, baseLines: 10, bytesPerExtraLine: 8)

    func docx(_ body: String) throws -> [UInt8] {
        try HostileZip.docx(
            document: "<w:document \(HostileZip.wordNS)><w:body>\(body)</w:body></w:document>")
    }

    func refusal(_ bytes: [UInt8], limits: IntakeLimits? = nil) -> InputError? {
        do {
            _ = try PlanReader.read(bytes: bytes, path: "plan.docx", limits: limits ?? self.limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func theBoundsFollowTheFileSize() {
        let bounded = ContainerLimits.standard.bounded(forFileBytes: 800, lines: limits)
        #expect(bounded.maxLines == 110)  // 10 + 800 / 8
        #expect(bounded.maxRecords == 220)
        #expect(ContainerLimits.standard.maxRecords == .max)
        #expect(ContainerLimits.standard.inflateLimit(compressed: 1_000) == 4 << 20)
        #expect(ContainerLimits.standard.inflateLimit(compressed: 100_000) == 10_000_000)
        // 635 KB: 100 × would be 63.5 MB; held to 16 MiB + 4 × 635 KB.
        #expect(ContainerLimits.standard.inflateLimit(compressed: 635_000) == 16 << 20 + 2_540_000)
        #expect(ContainerLimits.standard.inflateLimit(compressed: 10_000_000) == 50 << 20)
    }

    @Test func bodyParagraphsPastTheLineLimitAreRefusedWhileTheyStream() throws {
        let bytes = try docx(String(repeating: "<w:p/>", count: 5_000))
        let allowed = limits.maxLines(forBytes: bytes.count)
        #expect(allowed < 5_000)
        let error = try #require(refusal(bytes))
        #expect(error.reason == .tooLarge)
        #expect(error.message.hasPrefix("có hơn \(IntakeErrors.grouped(allowed, ".")) dòng"))
        // Exactly at the limit the file is read, and each paragraph is a line. The paragraphs hold
        // text, so the unpacked text is longer than the file and the file's size sets the limit.
        let paragraph = "<w:p><w:r><w:t>Giao Ủy ban nhân dân xã chủ trì thực hiện.</w:t></w:r></w:p>"
        var fits = limits.maxLines(forBytes: try docx(String(repeating: paragraph, count: 40)).count)
        var exact = try docx(String(repeating: paragraph, count: fits))
        // The file grows a little with each paragraph: settle on a count that fits its own size.
        while limits.maxLines(forBytes: exact.count) != fits {
            fits = limits.maxLines(forBytes: exact.count)
            exact = try docx(String(repeating: paragraph, count: fits))
        }
        #expect(refusal(exact) == nil)
        let over = try docx(String(repeating: paragraph, count: fits + 1))
        if limits.maxLines(forBytes: over.count) == fits {
            #expect(refusal(over)?.reason == .tooLarge)
        }
    }

    @Test func tableCellsPastTheRecordLimitAreRefused() throws {
        // One row of many cells is one line, so only the count of records can stop it.
        let bytes = try docx(
            "<w:tbl><w:tr>" + String(repeating: "<w:tc><w:p/></w:tc>", count: 5_000) + "</w:tr></w:tbl>")
        let error = try #require(refusal(bytes))
        #expect(error.reason == .tooLarge)
        #expect(error.englishMessage.contains("paragraphs, lines, table rows and cells"))
        // The same table is read within the default limits.
        #expect(refusal(bytes, limits: .default) == nil)
    }

    @Test func lineBreaksInOneParagraphAreCounted() throws {
        let bytes = try docx(
            "<w:p><w:r>" + String(repeating: "<w:t>a</w:t><w:br/>", count: 5_000) + "</w:r></w:p>")
        #expect(refusal(bytes)?.reason == .tooLarge)
    }

    @Test func tableRowsPastTheLimitOfTheFileAreRefusedWhileTheyStream() throws {
        // Rows become lines only when the table ends; each row here is three records (row, cell,
        // paragraph) and one line, so the record count stops them first, before the table is held.
        let rows = String(
            repeating: "<w:tr><w:tc><w:p><w:r><w:t>dòng của bảng</w:t></w:r></w:p></w:tc></w:tr>", count: 200)
        let bytes = try docx("<w:tbl>\(rows)</w:tbl>")
        let allowed = limits.maxLines(forBytes: bytes.count)
        #expect(allowed < 200)
        let error = try #require(refusal(bytes))
        #expect(error.reason == .tooLarge)
        #expect(error.englishMessage.hasPrefix("word/document.xml holds more than \(2 * allowed) paragraphs"))
        #expect(refusal(bytes, limits: .default) == nil)
    }

    @Test func aPartInflatingPastItsRatioIsABomb() throws {
        // 6 MB of one repeated paragraph: over the 4 MB floor, and a ratio near 1000.
        let body = String(repeating: "<w:p><w:r><w:t>a</w:t></w:r></w:p>", count: 180_000)
        let error = try #require(refusal(try docx(body), limits: .default))
        #expect(error.reason == .tooLarge)
        #expect(error.message.contains("bom nén"))
    }

    @Test func aToolWritingWithoutEndIsStoppedAtItsOutputLimit() throws {
        let yes = try #require(ToolRunner.find("yes"))
        let output = try ToolRunner.run(yes, [], timeout: 20, maxOutput: 1 << 20)
        #expect(output.overflowed)
        #expect(output.stdout.count <= 1 << 20)
        #expect(!output.timedOut)
    }

    @Test func aPdfMayUnpackToThreeTimesItsSizeAndSixteenMegabytesMore() {
        #expect(PdfReader.maxTextBytes(forFileBytes: 0) == 16 << 20)
        #expect(PdfReader.maxTextBytes(forFileBytes: 1_000_000) == 3_000_000 + 16 << 20)
    }
}
