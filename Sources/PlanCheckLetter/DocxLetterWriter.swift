import Foundation
import ZIPFoundation

/// A letter as a .docx package. The same letter and instant give the same bytes: parts are added
/// in a fixed order, every entry carries the run's instant (SOURCE_DATE_EPOCH when set), and the
/// XML is written by hand, so nothing varies with the machine or the moment.
public enum DocxLetterWriter {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func data(_ letter: LetterContent, at instant: Date) throws(Failure) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts(letter, at: instant) {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: instant,
                    permissions: 0o644, compressionMethod: .deflate,
                    provider: { position, size in
                        bytes.subdata(in: Int(position)..<(Int(position) + size))
                    })
            }
            guard let data = archive.data else { throw Failure(description: "the archive kept no bytes") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot build the .docx: \(error)")
        }
    }

    /// Every part in package order, [Content_Types].xml first as readers expect.
    static func parts(_ letter: LetterContent, at instant: Date) -> [(String, String)] {
        [
            ("[Content_Types].xml", OOXMLParts.contentTypes),
            ("_rels/.rels", OOXMLParts.rootRelationships),
            (
                "docProps/core.xml",
                OOXMLParts.core(title: letter.subject, creator: letter.sender, time: iso(instant))
            ),
            ("docProps/app.xml", OOXMLParts.app),
            ("word/_rels/document.xml.rels", OOXMLParts.documentRelationships),
            ("word/document.xml", LetterDocumentXML.render(letter)),
            ("word/styles.xml", OOXMLParts.styles),
            ("word/settings.xml", OOXMLParts.settings),
            ("word/header1.xml", OOXMLParts.firstPageHeader),
            ("word/header2.xml", OOXMLParts.pageNumberHeader),
        ]
    }

    static func iso(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: instant)
    }
}
