import Foundation
import PlanCheckTestSupport
import Testing

@testable import PlanCheckParsing

/// The zip's directory is checked before ZIPFoundation reads it (it trapped on offsets outside the
/// file), and each kind of damage is reported as what it is (issue 19 item 5).
struct ZipDirectoryTests {
    static let folder = Fixtures.path("Tests/PlanCheckParsingTests/Fixtures/fuzz-regressions")

    func refusal(_ name: String) throws -> ReaderError? {
        refusal(bytes: try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))))
    }

    func refusal(bytes: [UInt8]) -> ReaderError? {
        do {
            _ = try DocxReader.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("central-directory-past-end.docx", "không phải 1293"),
        ("cut-in-the-middle.docx", "ở giữa"),
        ("central-directory-size-past-end.docx", "nằm ngoài tệp"),
        ("entry-count-too-large.docx", "khai báo 9 phần"),
        ("local-header-past-end.docx", "không nằm ở vị trí"),
        ("entry-size-past-end.docx", "vượt ra ngoài"),
    ])
    func aDamagedDirectoryIsNamedForWhatItIs(_ name: String, _ fragment: String) throws {
        let error = try #require(try refusal(name))
        #expect(error.reason == .damagedZip)
        #expect(error.message.contains(fragment), "\(error.message)")
        #expect(
            !error.message.contains("word/document.xml") || name.contains("entry") || name.contains("local"))
    }

    @Test func aZipCutShortHasNoEndRecord() throws {
        let whole = try HostileZip.docx(document: "<w:document \(HostileZip.wordNS)/>")
        let error = refusal(bytes: Array(whole.dropLast(30)))
        #expect(error?.reason == .damagedZip)
        #expect(error?.message.contains("cắt cụt") == true)
    }

    @Test(arguments: [
        "invalid-utf8-in-text.docx", "invalid-utf8-in-element.docx", "invalid-utf8-in-attribute-name.docx",
        "invalid-utf8-in-comment.docx", "overlong-and-surrogate-utf8.docx",
    ])
    func invalidUTF8InTheXMLIsRefusedBeforeTheParser(_ name: String) throws {
        let error = try #require(try refusal(name))
        #expect(error.reason == .invalidUTF8)
        #expect(error.message.contains("word/document.xml") && error.message.contains("UTF-8"))
    }

    @Test func aSmallDeeplyNestedDocumentIsTooDeepNotABomb() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/deeply-nested.docx"))
        #expect(bytes.count < 10_000)
        #expect(try refusal("deeply-nested.docx")?.reason == .xmlTooDeep)
    }

    @Test func anHonestZipPassesTheDirectoryCheck() throws {
        let bytes = try HostileZip.make([
            ("word/document.xml", Data("<w:document \(HostileZip.wordNS)/>".utf8)),
            ("word/media/a.bin", Data((0..<5000).map { UInt8($0 % 251) })),
        ])
        let directory = try ZipDirectory(bytes)
        #expect(directory.entries.map(\.name) == ["word/document.xml", "word/media/a.bin"])
        #expect(directory.entries.allSatisfy { !$0.isEncrypted })
    }
}

/// A deflate stream that never reaches its final block once made ZIPFoundation's reader ask for
/// input forever; PlanCheck now inflates parts itself and refuses such a part at once.
struct DeflateStreamTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    @Test(arguments: [
        ("deflate-stream-cut-short.docx", "word/document.xml"),
        ("fuzz-footnotes-deflate-never-ends.docx", "word/footnotes.xml"),
    ])
    func aStreamWithoutItsEndIsRefusedAsDamaged(_ name: String, _ part: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let clock = ContinuousClock()
        let started = clock.now
        #expect {
            _ = try DocxReader.read(bytes)
        } throws: { error in
            "\(error)".contains("Không giải nén được \(part)")
        }
        // Generous for a debug build on a busy machine; the hang it guards against never ended.
        #expect(clock.now - started < .seconds(10))
    }
}

struct ReaderErrorLineTests {
    /// A damaged entry's name comes from the file; the fuzzer found one holding a newline, which
    /// made the refusal two lines (and could forge a line in a CI log).
    @Test func aNameFromTheFileCannotBreakTheRefusalLine() {
        let error = ZipDamage.missingLocal("word/doc\nument\u{1B}[2J.xml")
        for line in [error.message, error.englishMessage] {
            #expect(!line.contains("\n") && !line.unicodeScalars.contains("\u{1B}"), "\(line)")
            #expect(line.contains("word/doc") && line.contains("ument"))
        }
    }
}
