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
