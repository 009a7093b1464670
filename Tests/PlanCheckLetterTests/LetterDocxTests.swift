import Foundation
import PlanCheckCore
import PlanCheckLetter
import PlanCheckParsing
import PlanCheckRules
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The .docx itself: byte-stable, well-formed, and read back by PlanCheck's own reader and rules
/// as the Công văn it is meant to be.
struct LetterDocxTests {
    /// NĐ 30 form errors a correct letter still gets today, each for a reason outside the letter:
    /// TT005 because the office numbers the letter when it registers it (the number is left blank
    /// on purpose), TT014 because the parser reads a summary only under a type name, and a Công
    /// văn has none: its summary is the "V/v" line under the number.
    static let expectedOfACongVan: Set<String> = ["TT005", "TT014"]

    static func letterData(_ letter: LetterContent? = nil) throws -> Data {
        let content =
            try letter ?? LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        return try DocxLetterWriter.data(content, at: LetterFixture.instant)
    }

    static func parts(_ data: Data) throws -> [(path: String, text: String, date: Date)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (
                entry.path, String(decoding: bytes, as: UTF8.self),
                entry.fileAttributes[.modificationDate] as? Date ?? .distantPast
            )
        }
    }

    @Test func documentXMLMatchesItsSnapshot() throws {
        let document = try #require(
            try Self.parts(Self.letterData()).first { $0.path == "word/document.xml" })
        try LetterSnapshot.assert(document.text, named: "letter-document.xml")
    }

    @Test func theSameLetterAndInstantGiveTheSameBytesWithPartsInAFixedOrderAndDate() throws {
        let a = try Self.letterData()
        let b = try Self.letterData()
        #expect(a == b)
        let parts = try Self.parts(a)
        #expect(
            parts.map(\.path) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/header1.xml", "word/header2.xml",
            ])
        // DOS time stamps keep even seconds; the instant is on the hour.
        #expect(
            parts.allSatisfy { abs($0.date.timeIntervalSince(LetterFixture.instant)) < 2 },
            "\(parts.map(\.date))")
        let core = try #require(parts.first { $0.path == "docProps/core.xml" }?.text)
        #expect(
            core.contains(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-02T03:00:00Z</dcterms:created>"))
        let later = try DocxLetterWriter.data(
            LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date),
            at: LetterFixture.instant.addingTimeInterval(3600))
        #expect(later != a, "the instant is in the package, so a run at another time differs")
    }

    @Test func everyPartIsWellFormedXMLAndHostileTextIsEscaped() throws {
        for part in try Self.parts(Self.letterData()) {
            let parser = XMLParser(data: Data(part.text.utf8))
            #expect(parser.parse(), "\(part.path): \(parser.parserError.map { "\($0)" } ?? "")")
        }
        let document = try #require(
            try Self.parts(Self.letterData()).first { $0.path == "word/document.xml" }?.text)
        #expect(document.contains("Nhiệm vụ &lt;Tuyên truyền &amp; vận động&gt;"))
        #expect(!document.contains("\u{07}"))
    }

    @Test func pageSetUpAndFontsAreThoseOfTheDecree() throws {
        let parts = try Self.parts(Self.letterData())
        let document = try #require(parts.first { $0.path == "word/document.xml" }?.text)
        // A4; top and bottom 20 mm, left 30 mm, right 15 mm (in twips, 56.7 a millimetre).
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(
            document.contains("<w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""))
        let styles = try #require(parts.first { $0.path == "word/styles.xml" }?.text)
        #expect(styles.contains("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""))
        // Every run is between 11 pt (the recipients) and 14 pt (the body), in half-points.
        let sizes = document.components(separatedBy: "<w:sz w:val=\"").dropFirst().compactMap {
            Int($0.prefix { $0.isNumber })
        }
        #expect(!sizes.isEmpty)
        #expect(sizes.filter { $0 > 4 }.allSatisfy { (22...28).contains($0) }, "\(Set(sizes).sorted())")
    }

    @Test func theLetterReadBackByPlanCheckPassesItsOwnFormRules() throws {
        let dir = try LetterFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gop-y.docx")
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        try DocxLetterWriter.data(letter, at: LetterFixture.instant).write(to: file)
        let doc = try PlanReader.read(path: file.path)

        // The form was read, part by part, not merely left unjudged.
        #expect(doc.header.issuer?.lines == letter.issuer)
        #expect(doc.header.motto?.nationalName?.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(doc.header.motto?.motto?.value == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.number?.isBlank == true)
        #expect(doc.header.number?.raw == "/SVHTTDL-VP")
        #expect(doc.header.place?.value == "Vĩnh Long")
        #expect(doc.header.issueDate?.date == LetterFixture.date)
        #expect(doc.recipients?.items.map(\.value) == ["Như trên;", "Giám đốc Sở (để b/c);", "Lưu: VT, VP."])
        #expect(doc.recipients?.archiveIsLast == true)
        #expect(doc.header.signature?.authorityLines.map(\.value) == ["KT. GIÁM ĐỐC"])
        #expect(doc.header.signature?.titles == ["PHÓ GIÁM ĐỐC"])
        #expect(doc.header.signature?.signer?.value == "Nguyễn Văn An")
        #expect(doc.lines.contains("Kính gửi: Ủy ban nhân dân xã An Thạch."))
        #expect(doc.lines.contains { $0.hasPrefix(letter.subject) })

        let environment = try #require(LetterFixture.environment)
        let packs = Dictionary(environment.ruleSet.rules.map { ($0.id, $0.pack) }) { a, _ in a }
        let form = environment.engine.run(document: doc, comparison: nil, english: false).filter {
            packs[$0.ruleId] == "the-thuc" && $0.severity != .info
        }
        let unexpected = form.filter { !Self.expectedOfACongVan.contains($0.ruleId) }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.ruleId) \($0.message)" })")
    }

    @Test func aCommitteeSigningOnBehalfOfItsMembersPassesTheSignatureRules() throws {
        let dir = try LetterFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        letter.issuer = ["ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"]
        letter.authority = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
        letter.title = "PHÓ CHỦ TỊCH"
        let file = dir.appendingPathComponent("gop-y.docx")
        try DocxLetterWriter.data(letter, at: LetterFixture.instant).write(to: file)
        let doc = try PlanReader.read(path: file.path)
        #expect(doc.header.signature?.forms == ["TM.", "KT."])
        #expect(doc.header.signature?.signer?.value == "Nguyễn Văn An")
        let environment = try #require(LetterFixture.environment)
        let ids = environment.engine.run(document: doc, comparison: nil, english: false).map(\.ruleId)
        #expect(!ids.contains("TT017") && !ids.contains("TT018") && !ids.contains("TT003"), "\(ids)")
        // The same block without "TM." is what TT017 exists for: the rule still sees it.
        letter.authority = ["KT. CHỦ TỊCH"]
        try DocxLetterWriter.data(letter, at: LetterFixture.instant).write(to: file)
        let wrong = environment.engine.run(
            document: try PlanReader.read(path: file.path), comparison: nil, english: false)
        #expect(wrong.contains { $0.ruleId == "TT017" })
    }

    @Test func everyPointOfTheLetterIsInTheTextReadBack() throws {
        let dir = try LetterFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gop-y.docx")
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        try DocxLetterWriter.data(letter, at: LetterFixture.instant).write(to: file)
        let lines = Set(try PlanReader.read(path: file.path).lines)
        for group in letter.groups {
            #expect(lines.contains(group.heading))
            for point in group.points {
                let readable = point.replacingOccurrences(of: "\u{07}", with: "")
                #expect(lines.contains(readable), "\(point)")
            }
        }
        #expect(lines.contains(letter.opening) && lines.contains(letter.closing))
    }
}
