import PlanCheckCore
import PlanCheckParsing
import Testing

@Test func spanAcrossAJoinedLineBreakPointsAtBothLines() {
    var block = TextBlock(line: 7, text: "Sóc Trăng, ngày the")
    block.append(line: 9, text: "tháng 10 năm 2023")
    let text = block.text
    let start = text.utf8.count - "the tháng 10 năm 2023".utf8.count
    let span = block.span(utf8: start..<text.utf8.count)
    #expect(span == SourceSpan(line: 7, column: 17, endLine: 9, endColumn: 18))
}

@Test func spansInABlockOfManyLinesPointAtTheirOwnLine() {
    // Each piece "dòng N" on line N + 10, from column 3; pieces are joined by single spaces.
    var block = TextBlock()
    for n in 0..<200 { block.append(line: n + 10, text: "dòng \(n)", column: 3) }
    var start = 0
    for n in 0..<200 {
        let piece = "dòng \(n)"
        let end = start + piece.utf8.count
        // A span ending on a piece boundary stays on its own line; one starting there moves on.
        #expect(
            block.span(utf8: start..<end)
                == SourceSpan(
                    line: n + 10, column: 3, endLine: n + 10, endColumn: 3 + piece.unicodeScalars.count))
        start = end + 1
    }
    #expect(block.firstLine == 10)
    #expect(block.lastLine == 209)
}
