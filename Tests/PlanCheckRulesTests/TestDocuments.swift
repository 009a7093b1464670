import Foundation
import PlanCheckCore
@testable import PlanCheckRules

/// Hand-built documents: the parser is written separately, so checks are tested on the model.
enum TestDocuments {
    static func document(_ lines: [String]) -> PlanDocument {
        PlanDocument(source: SourceInfo(path: "plan.txt", format: "txt", encoding: "utf-8"), lines: lines)
    }

    /// A whole-line span of line `n` of `document`.
    static func span(_ n: Int, in document: PlanDocument) -> SourceSpan {
        .line(n, length: document.line(n).unicodeScalars.count)
    }

    static func span(_ n: Int) -> SourceSpan { .line(n, length: 10) }

    static func located(_ value: String, line: Int) -> Located<String> {
        Located(value, span: .line(line, length: value.unicodeScalars.count))
    }

    /// The standard opening of a provincial plan, lines 1–8.
    static func plan() -> PlanDocument {
        var d = document([
            "ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số: 61/KH-UBND", "Bến Tre, ngày 12 tháng 10 năm 2023",
            "KẾ HOẠCH", "Thông tin đối ngoại năm 2024",
        ])
        d.header.issuer = IssuerBlock(
            lines: ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"],
            span: SourceSpan(line: 1, column: 1, endLine: 2, endColumn: 13))
        d.header.motto = MottoBlock(
            nationalName: located("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line: 3),
            motto: located("Độc lập - Tự do - Hạnh phúc", line: 4))
        d.header.number = DocumentNumber(
            raw: "61/KH-UBND", normalized: "61/KH-UBND", isBlank: false, typeCode: "KH",
            issuerCode: "UBND", defects: [], span: span(5))
        d.header.place = located("Bến Tre", line: 6)
        d.header.issueDate = DateField(
            raw: "ngày 12 tháng 10 năm 2023", date: CalendarDate(year: 2023, month: 10, day: 12),
            problem: nil, leadingZeroIssues: [], span: span(6))
        d.header.documentTypeName = located("KẾ HOẠCH", line: 7)
        d.header.documentType = "KH"
        d.header.title = located("Thông tin đối ngoại năm 2024", line: 8)
        d.kind = .keHoach
        return d
    }

    /// `plan()` with a closing: signature on lines 10–12 and recipients on 13–15.
    static func signedPlan(authority: String = "TM. ỦY BAN NHÂN DÂN", archiveLast: Bool = true)
        -> PlanDocument
    {
        var d = plan()
        d.lines += [
            "Nội dung.", authority, "CHỦ TỊCH", "Trần Ngọc Tam", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
        ]
        d.header.signature = SignatureBlock(
            authorityLines: [located(authority, line: 10)], forms: ["TM."], titles: ["CHỦ TỊCH"],
            signer: located("Trần Ngọc Tam", line: 12),
            span: SourceSpan(line: 10, column: 1, endLine: 12, endColumn: 14))
        let items =
            archiveLast
            ? [located("- Như trên;", line: 14), located("- Lưu: VT.", line: 15)]
            : [located("- Lưu: VT.", line: 15), located("- Như trên;", line: 14)]
        d.recipients = Recipients(
            span: SourceSpan(line: 13, column: 1, endLine: 15, endColumn: 11), items: items,
            archive: located("- Lưu: VT.", line: 15), archiveIsLast: archiveLast)
        return d
    }

    static func truncate(_ d: inout PlanDocument) {
        d.diagnostics.append(Diagnostic(code: .truncated, message: "copy ends with [...]", span: span(9)))
        d.copy.endsMidway = true
        d.copy.lastLine = 9
    }

    /// Builds a check from YAML, as a rule file would.
    static func check(_ yaml: String) throws -> any CheckKind {
        try CheckBuilder.build(yaml: yaml).instance
    }

    static func hits(_ yaml: String, _ document: PlanDocument) throws -> [CheckHit] {
        try check(yaml).run(CheckContext(document: document))
    }
}

/// A unique temporary folder, removed when the test is done.
final class TempFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("plancheck-rules-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
}
