import Foundation
import Testing
import ZIPFoundation

@testable import PlanCheckParsing
import PlanCheckCore

/// Builds hostile .docx files in memory. Nothing large is ever held: big entries are streamed from a
/// provider closure and compress to a few hundred kilobytes.
enum HostileZip {
    static let wordNS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func make(_ entries: [(String, Data)]) throws -> [UInt8] {
        try make(
            entries.map { entry in
                (
                    entry.0, Int64(entry.1.count),
                    { position, size in
                        entry.1.subdata(in: Int(position)..<Int(position) + size)
                    }
                )
            })
    }

    static func make(_ entries: [(String, Int64, (Int64, Int) throws -> Data)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, size, provider) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, compressionMethod: .deflate,
                bufferSize: 1 << 20, provider: provider)
        }
        return [UInt8](try #require(archive.data))
    }

    static func zeros(_ path: String, _ size: Int64) -> (String, Int64, (Int64, Int) throws -> Data) {
        (path, size, { _, chunk in Data(count: chunk) })
    }

    static func docx(document: String) throws -> [UInt8] {
        try make([("word/document.xml", Data(document.utf8))])
    }

    /// Overwrites the uncompressed size of the single entry in both its local header and the central
    /// directory, to make a zip that lies about how much it inflates to.
    static func lie(_ bytes: inout [UInt8], uncompressedSize: UInt32) {
        let central = bytes.indices.last { index in
            index + 4 <= bytes.count && bytes[index..<index + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02])
        }!
        for offset in [22, central + 24] {
            for k in 0..<4 { bytes[offset + k] = UInt8((uncompressedSize >> (8 * UInt32(k))) & 0xFF) }
        }
    }

    /// Sets the "encrypted" bit of every header, as a password-protected zip does.
    static func flagEncrypted(_ bytes: inout [UInt8]) {
        var index = 0
        while index + 10 <= bytes.count {
            if bytes[index] == 0x50 && bytes[index + 1] == 0x4B {
                if bytes[index + 2] == 3 && bytes[index + 3] == 4 { bytes[index + 6] |= 1 }
                if bytes[index + 2] == 1 && bytes[index + 3] == 2 { bytes[index + 8] |= 1 }
            }
            index += 1
        }
    }
}

@Suite struct HostileFileTests {
    /// Reads and returns the refusal's reason, checking it came within the 2-second budget.
    func refusal(_ bytes: [UInt8]) -> ReaderError? {
        let start = ContinuousClock.now
        defer { #expect(ContinuousClock.now - start < .seconds(2)) }
        do {
            _ = try DocxReader.read(bytes)
            return nil
        } catch {
            #expect(!error.message.isEmpty && !error.englishMessage.isEmpty)
            return error
        }
    }

    @Test func randomBytesAreNotAZip() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(refusal(bytes)?.reason == .notAZip)
        #expect(refusal([])?.reason == .notAZip)
    }

    @Test func anOldWordDocIsToldApartFromAnEncryptedDocx() {
        let ole = ContainerSniffer.oleMagic + [UInt8](repeating: 0, count: 512)
        #expect(refusal(ole)?.reason == .notAZip)
        let stream = Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(refusal(ole + stream + [0, 0])?.reason == .encrypted)
    }

    @Test func aZipWithoutDocumentXMLIsNotAWordFile() throws {
        let bytes = try HostileZip.make([("hello.txt", Data("xin chào".utf8))])
        #expect(refusal(bytes)?.reason == .missingDocumentXML)
    }

    @Test func anEncryptedZipEntryIsRefused() throws {
        var bytes = try HostileZip.docx(document: "<w:document \(HostileZip.wordNS)/>")
        HostileZip.flagEncrypted(&bytes)
        #expect(refusal(bytes)?.reason == .encrypted)
    }

    @Test func aZipBombIsRefusedFromItsDeclaredSize() throws {
        let bytes = try HostileZip.make([HostileZip.zeros("word/document.xml", 200 << 20)])
        #expect(bytes.count < 1 << 20)
        #expect(refusal(bytes)?.reason == .zipBomb)
    }

    @Test func aSmallButOverlyCompressedEntryIsRefused() throws {
        let bytes = try HostileZip.make([HostileZip.zeros("word/media/image1.png", 20 << 20)])
        #expect(refusal(bytes)?.reason == .zipBomb)
    }

    @Test func aZipThatLiesAboutItsSizeIsStoppedWhileInflating() throws {
        var bytes = try HostileZip.make([HostileZip.zeros("word/document.xml", 60 << 20)])
        HostileZip.lie(&bytes, uncompressedSize: 1000)
        #expect(refusal(bytes)?.reason == .zipBomb)
    }

    @Test func entityDeclarationsAreRefusedBeforeParsing() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!-- a comment first must not hide it -->
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <w:document \(HostileZip.wordNS)><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>
            """
        #expect(refusal(try HostileZip.docx(document: laughs))?.reason == .xmlEntities)
    }

    @Test func prologGuardSeesOnlyTheProlog() {
        let clean = Array("\u{FEFF}<?xml version=\"1.0\"?><!-- <!DOCTYPE --><a><!DOCTYPE x></a>".utf8)
        #expect(XMLPrologGuard.check(clean) == .clean)
        #expect(XMLPrologGuard.check(Array("<?xml?>\n<!ENTITY x 'y'><a/>".utf8)) == .doctype)
        #expect(XMLPrologGuard.check(Array("<?xml?><!-- unfinished".utf8)) == .noRoot)
    }

    @Test func aDoctypeHiddenBehindAHugeCommentIsRefused() throws {
        let xml = "<!--" + String(repeating: "x", count: 70_000) + "--><!DOCTYPE a [<!ENTITY b 'c'>]><a/>"
        #expect(refusal(try HostileZip.docx(document: xml))?.reason == .xmlEntities)
    }

    @Test func deepNestingIsRefused() throws {
        // 50 000 levels stay under the size where the compression ratio alone would refuse it.
        let depth = 50_000
        let xml =
            "<w:document \(HostileZip.wordNS)>" + String(repeating: "<w:p>", count: depth)
            + String(repeating: "</w:p>", count: depth) + "</w:document>"
        #expect(refusal(try HostileZip.docx(document: xml))?.reason == .xmlTooDeep)
    }

    @Test func malformedXMLNamesTheLine() throws {
        let xml = "<?xml version=\"1.0\"?>\n<w:document \(HostileZip.wordNS)>\n<w:body><w:p>\n</w:body>"
        let error = refusal(try HostileZip.docx(document: xml))
        #expect(error?.reason == .malformedXML)
        #expect(error?.message.contains("dòng") == true)
    }

    @Test func aLargeButHonestDocumentIsRead() throws {
        // Over the ≈10 MB where XMLParser(data:) fails on Linux; the stream parser must cope.
        // Varied text, so that it compresses like a real plan rather than like a bomb.
        let words = ["Tuyên", "truyền", "biển", "đảo", "Sở", "Ngoại", "vụ", "quý", "năm", "kế", "hoạch"]
        var seed: UInt64 = 42
        var body = ""
        var count = 0
        while body.utf8.count < 12 * 1024 * 1024 {
            var sentence = "\(count)"
            for _ in 0..<12 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                sentence += " " + words[Int(seed >> 33) % words.count] + "\(seed >> 50)"
            }
            body += "<w:p><w:r><w:t>\(sentence)</w:t></w:r></w:p>"
            count += 1
        }
        let xml = "<w:document \(HostileZip.wordNS)><w:body>" + body + "</w:body></w:document>"
        let text = try DocxReader.read(try HostileZip.docx(document: xml))
        #expect(text.lines.count == count)
        #expect(text.origins.last == LineOrigin(paragraph: count))
    }

    @Test func strayRowsAndHugeCountersDoNotCrash() throws {
        let ns = HostileZip.wordNS
        let document = """
            <w:document \(ns)><w:body><w:tr><w:tc><w:p><w:r><w:t>lạc</w:t></w:r></w:p></w:tc></w:tr>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>
            <w:r><w:t>Mục</w:t></w:r></w:p></w:body></w:document>
            """
        let numbering = """
            <w:numbering \(ns)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">
            <w:start w:val="9223372036854775807"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
            </w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
        let bytes = try HostileZip.make([
            ("word/document.xml", Data(document.utf8)), ("word/numbering.xml", Data(numbering.utf8)),
        ])
        let text = try DocxReader.read(bytes)
        #expect(text.lines == ["lạc", "100000. Mục"])
    }
}
