import Foundation
import PlanCheckCore

extension PlanParser {
    static func addDiagnostics(
        _ doc: inout PlanDocument, lines: [SourceLine], header: HeaderRecognizer, closing: ClosingRecognizer
    ) {
        var out: [Diagnostic] = []
        if let span = spanOfText(lines, 0..<header.start) {
            out.append(
                Diagnostic(
                    code: .skippedChrome,
                    message:
                        "Bỏ qua \(span.endLine - span.line + 1) dòng trước phần đầu văn bản (không thuộc văn bản: tiêu đề trang, thuộc tính văn bản).",
                    span: span))
        }
        if header.header.number == nil && header.header.motto == nil {
            out.append(
                Diagnostic(
                    code: .missingPart, message: "Không tìm thấy phần đầu văn bản (Quốc hiệu, số, ký hiệu).",
                    span: nil))
        }
        for i in header.unplaced {
            out.append(
                Diagnostic(
                    code: .unplacedLine, message: "Dòng không thuộc thành phần nào của phần đầu văn bản.",
                    span: lines[i].span))
        }
        if let date = doc.header.issueDate, date.problem == .unreadable {
            out.append(
                Diagnostic(
                    code: .unreadableDate, message: "Không đọc được ngày ban hành \"\(date.raw)\".",
                    span: date.span))
        }
        for i in closing.unplaced {
            out.append(
                Diagnostic(
                    code: .unplacedLine, message: "Dòng không thuộc nơi nhận hay phần chữ ký.",
                    span: lines[i].span))
        }
        if let t = closing.truncatedAt {
            out.append(
                Diagnostic(
                    code: .truncated,
                    message:
                        "Bản sao dừng ở dòng \(t + 1) (\"\(lines[t].text)\"): phần còn lại của văn bản (nơi nhận, chữ ký) không có để kiểm tra.",
                    span: lines[t].span))
        }
        if closing.truncatedAt == nil, let span = spanOfText(lines, closing.documentEnd..<lines.count) {
            out.append(
                Diagnostic(
                    code: .skippedChrome,
                    message: "Bỏ qua \(span.endLine - span.line + 1) dòng sau chữ ký (không thuộc văn bản).",
                    span: span))
        }
        doc.diagnostics = out
    }

    /// The span from the first to the last non-blank line of a range, or nil when all are blank.
    static func spanOfText(_ lines: [SourceLine], _ range: Range<Int>) -> SourceSpan? {
        guard !range.isEmpty else { return nil }
        let text = range.filter { !lines[$0].isBlank }
        guard let a = text.first, let b = text.last else { return nil }
        return lines[a].span.union(lines[b].span)
    }
}
