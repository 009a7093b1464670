import Foundation
import Testing

@testable import PlanCheckParsing
import PlanCheckCore
import PlanCheckTestSupport

/// Each line costs the parser a few hundred bytes however short it is, so the intake bounds the
/// number of lines by the size of the text (`IntakeLimits.maxLines(forBytes:)`).
@Suite struct LineLimitTests {
    let limits = IntakeLimits(maxBytes: 1 << 20, maxLineBytes: 1 << 10, baseLines: 10, bytesPerExtraLine: 8)

    func text(lines: Int, width: Int) -> [UInt8] {
        Array(
            Array(repeating: String(repeating: "a", count: width), count: lines).joined(separator: "\n").utf8)
    }

    @Test func theAllowanceGrowsWithTheText() {
        #expect(limits.maxLines(forBytes: 0) == 10)
        #expect(limits.maxLines(forBytes: 80) == 20)
        #expect(IntakeLimits.default.maxLines(forBytes: 60_000_000) == 1_037_500)
    }

    @Test func aTextAtTheLimitIsReadAndOneLineMoreIsRefused() throws {
        let over = text(lines: 29, width: 4)  // 29 × 4 + 28 = 144 bytes: 10 + 18 = 28 allowed
        let refused = try #require(decodeError(over))
        #expect(refused.reason == .tooLarge)
        #expect(
            refused.englishMessage
                == "has 29 lines, over the limit of 28 lines for 144 bytes of text; not a readable document")
        #expect(
            refused.message
                == "có 29 dòng, quá giới hạn 28 dòng cho 144 byte văn bản; không phải một văn bản đọc được")
        let stillOver = text(lines: 28, width: 4)  // 139 bytes: 27 allowed
        #expect(decodeError(stillOver)?.reason == .tooLarge)
        let wider = text(lines: 28, width: 5)  // 167 bytes: 30 allowed
        #expect(decodeError(wider) == nil)
        let atLimit = text(lines: 19, width: 3)  // 75 bytes: 10 + 9 = 19 allowed, exactly
        #expect(decodeError(atLimit) == nil)
        let oneMore = text(lines: 20, width: 3)  // 79 bytes: still 19 allowed
        #expect(decodeError(oneMore)?.englishMessage.hasPrefix("has 20 lines, over the limit of 19") == true)
    }

    @Test func blankLinesCountLikeAnyOther() throws {
        let blanks = Array(("x" + String(repeating: "\n", count: 40) + "y").utf8)
        #expect(decodeError(blanks)?.reason == .tooLarge)
        #expect(decodeError(Array("x\n\n\ny".utf8)) == nil)
    }

    @Test func crlfCountsOneLineAsInTheLineNumbers() throws {
        // 12 lines joined by CRLF, 58 bytes: 10 + 7 = 17 allowed. Counting CR and LF apart would
        // make it 23 lines, over the limit.
        let crlf = Array(Array(repeating: "abc", count: 12).joined(separator: "\r\n").utf8)
        #expect(decodeError(crlf) == nil)
    }

    @Test func aWordFileOfManyShortParagraphsIsRefusedLikeText() throws {
        let paragraphs = String(repeating: "<w:p><w:r><w:t>a</w:t></w:r></w:p>", count: 200)
        let xml = "<w:document \(HostileZip.wordNS)><w:body>\(paragraphs)</w:body></w:document>"
        let bytes = try HostileZip.docx(document: xml)
        do {
            _ = try PlanReader.read(bytes: bytes, path: "many.docx", limits: limits)
            Issue.record("a .docx of 200 one-letter paragraphs was read")
        } catch {
            // Refused while document.xml streams, by the line limit of the file's size.
            let allowed = limits.maxLines(forBytes: bytes.count)
            #expect(error.reason == .tooLarge)
            #expect(
                error.englishMessage
                    == "has more than \(allowed) lines, the line limit for a file of \(bytes.count) bytes; not a readable document"
            )
        }
        // The same paragraphs within the default limits are read.
        #expect(try PlanReader.read(bytes: bytes, path: "many.docx").lines.count == 200)
    }

    @Test func theDefaultLimitIsFarAboveEveryRealPlan() throws {
        for name in ["000", "001", "002", "003", "004"] {
            let bytes = try #require(FileManager.default.contents(atPath: Fixtures.seed(name)))
            #expect(decodeError([UInt8](bytes), limits: .default) == nil)
        }
    }

    func decodeError(_ bytes: [UInt8], limits: IntakeLimits? = nil) -> InputError? {
        do {
            _ = try TextDecoder.decode(bytes, path: "plan.txt", limits: limits ?? self.limits)
            return nil
        } catch {
            return error
        }
    }
}
