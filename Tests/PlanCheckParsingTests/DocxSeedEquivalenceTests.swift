import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckTestSupport
import Testing

/// samples/docx holds each real seed as a Word file (tools/make-seed-docx.sh, see samples/README.md):
/// the same text, one Word paragraph per line, 003 with its header as a two-column table and 002 with
/// its tasks as Word task tables. Reading the .docx must give the plan the .txt gives.
@Suite struct DocxSeedEquivalenceTests {
    static let seeds = [
        "000_481931eabe76bbbc", "001_96e476ef786eba14", "002_ba7950973bf1c86d",
        "003_7aacbaa29d860e1d", "004_90fd5a8570340aee",
    ]

    static func pair(_ seed: String) throws -> (txt: PlanDocument, docx: PlanDocument) {
        (
            try PlanReader.read(path: Fixtures.path("samples/real/\(seed).txt")),
            try PlanReader.read(path: Fixtures.path("samples/docx/\(seed).docx"))
        )
    }

    /// Header fields that do not depend on where the line is.
    static func header(_ doc: PlanDocument) -> [String] {
        let h = doc.header
        return [
            "number: \(h.number?.raw ?? "-") \(h.number?.normalized ?? "-") blank=\(h.number?.isBlank ?? false)",
            "date: \(h.issueDate?.raw ?? "-") \(h.issueDate?.date.map { "\($0)" } ?? "-") \(h.issueDate?.problem?.rawValue ?? "")",
            "type: \(h.documentType ?? "-") \(h.documentTypeName?.value ?? "-")",
            "place: \(h.place?.value ?? "-")",
            "issuer: \(h.issuer?.lines ?? [])",
            "motto: \(h.motto?.nationalName?.value ?? "-") / \(h.motto?.motto?.value ?? "-")",
            "title: \(h.title?.value ?? "-")",
        ]
    }

    static func bases(_ doc: PlanDocument) -> [String] {
        doc.bases.map { basis in
            let cited = basis.citationIDs.compactMap { id in doc.citations.first { $0.id == id } }
            return "\(basis.keyword): "
                + cited.map { "\($0.number ?? "-") \($0.date.map { "\($0)" } ?? "-")" }.joined(
                    separator: "; ")
        }
    }

    static func sections(_ doc: PlanDocument) -> [String] {
        doc.allSections.map { "\($0.level) \($0.label ?? "-") \($0.kind.rawValue) \($0.title)" }
    }

    static func tasks(_ doc: PlanDocument) -> [String] {
        doc.tasks.map { task in
            "\(task.id) \(task.label ?? "-") \(task.title) | lead: \(task.lead.map(\.name)) | coop: \(task.cooperating.map(\.name))"
                + " | time: \(task.timeRaw?.value ?? "-") \(task.time?.kind.rawValue ?? "-")"
        }
    }

    static func assignments(_ doc: PlanDocument) -> [String] {
        doc.assignments.map {
            "\($0.label ?? "-") \($0.agency.name) \($0.verb.rawValue) lower=\($0.addressesLowerLevel) duties=\($0.duties.count)"
        }
    }

    @Test(arguments: seeds) func docxGivesTheSamePlanAsTheText(seed: String) throws {
        let (txt, docx) = try Self.pair(seed)
        #expect(docx.source.format == "docx")
        // 003's header is a two-column Word table, laid out row by row ("ỦY BAN NHÂN DÂN | CỘNG HÒA …",
        // "TỈNH LẠNG SƠN | Độc lập …", "Số: 61/KH-UBND | Lạng Sơn, ngày …"): it must read the same.
        #expect(Self.header(docx) == Self.header(txt))
        #expect(Self.bases(docx) == Self.bases(txt))
        #expect(Self.sections(docx) == Self.sections(txt))
        #expect(Self.tasks(docx) == Self.tasks(txt))
        #expect(Self.assignments(docx) == Self.assignments(txt))
        #expect(docx.recipients?.items.count == txt.recipients?.items.count)
        #expect(docx.isTruncated == txt.isTruncated)
    }

    @Test func seed002TasksComeFromWordTaskTables() throws {
        let (_, docx) = try Self.pair("002_ba7950973bf1c86d")
        #expect(docx.tasks.count == 6)
        for task in docx.tasks {
            let origin = docx.lineOrigins[task.span.line - 1]
            #expect(origin.tableRow != nil && origin.tableCell == 2, "\(task.label ?? task.id)")
        }
    }

    @Test func seed003HeaderIsATwoColumnTable() throws {
        let (_, docx) = try Self.pair("003_7aacbaa29d860e1d")
        #expect(docx.lines.contains("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(docx.lines.contains("Số: 61/KH-UBND | Lạng Sơn, ngày 18 tháng 3 năm 2024"))
    }
}
