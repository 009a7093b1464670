import Foundation

/// Reads a Word .docx into lines. Hostile files (zip bombs, entity expansion, deep nesting,
/// encrypted or foreign files) are refused with a ReaderError before they can cost much.
public enum DocxReader {
    public static func read(
        _ bytes: [UInt8],
        legacyFontConverter: (@Sendable (_ text: String, _ fontName: String) -> String?)? = nil
    ) throws(ReaderError) -> ExtractedText {
        try read(bytes, limits: .standard, legacyFontConverter: legacyFontConverter)
    }

    public static func read(
        _ bytes: [UInt8], limits: ContainerLimits,
        legacyFontConverter: (@Sendable (_ text: String, _ fontName: String) -> String?)? = nil
    ) throws(ReaderError) -> ExtractedText {
        let archive = try DocxArchive(bytes, limits: limits)
        guard let document = try archive.part("word/document.xml") else {
            throw ReaderError(
                .missingDocumentXML,
                message: "Tệp nén không chứa word/document.xml nên không phải tài liệu Word (.docx).",
                english: "The zip has no word/document.xml; not a Word document.")
        }
        let numberingHandler = DocxNumberingHandler()
        if let numbering = try archive.part("word/numbering.xml") {
            try DocxXMLHandler.parse(
                numbering, part: "word/numbering.xml", handler: numberingHandler, limits: limits)
        }
        let body = DocxDocumentHandler(
            numbering: numberingHandler.numbering, converter: legacyFontConverter, limits: limits)
        try DocxXMLHandler.parse(document, part: "word/document.xml", handler: body, limits: limits)
        var layout = DocxLayout()
        layout.add(body.blocks)
        var text = layout.text
        text.comments = try notes(in: archive, part: "word/comments.xml", item: "comment", limits)
        text.footnotes = try notes(in: archive, part: "word/footnotes.xml", item: "footnote", limits)
        for (font, converted) in body.legacyFonts.sorted(by: { $0.key < $1.key }) {
            let encoding = LegacyFont.encoding(of: font) ?? "legacy"
            text.addNote(
                converted
                    ? "converted from \(font) (\(encoding))"
                    : "legacy font \(font) (\(encoding)) not converted: text kept as stored")
        }
        return text
    }

    private static func notes(
        in archive: DocxArchive, part: String, item: String, _ limits: ContainerLimits
    ) throws(ReaderError) -> [String] {
        guard let data = try archive.part(part) else { return [] }
        let handler = DocxNotesHandler(item: item)
        try DocxXMLHandler.parse(data, part: part, handler: handler, limits: limits)
        return handler.items
    }
}

/// The zip container, checked as a whole before any part is inflated. Parts are read from the
/// directory PlanCheck validated itself and inflated by `ZipInflater`; ZIPFoundation's archive
/// reader is not used, since it loops forever on a deflate stream cut short (issue 11).
struct DocxArchive {
    private let bytes: [UInt8]
    private let directory: ZipDirectory
    private let limits: ContainerLimits

    init(_ bytes: [UInt8], limits: ContainerLimits) throws(ReaderError) {
        self.limits = limits
        guard bytes.count <= limits.maxFileBytes else {
            throw ReaderError(
                .tooLarge, message: "Tệp lớn hơn \(limits.maxFileBytes / 1_048_576) MB.",
                english: "The file is larger than \(limits.maxFileBytes) bytes.")
        }
        try Self.refuseForeign(bytes)
        // Checked by us first: offsets outside the bytes are refused with their cause.
        let directory = try ZipDirectory(bytes)
        if directory.entries.contains(where: \.isEncrypted) {
            throw ReaderError(
                .encrypted, message: "Tệp nén có phần được mã hóa; hãy gỡ mật khẩu rồi kiểm tra lại.",
                english: "A zip entry is encrypted.")
        }
        self.bytes = bytes
        self.directory = directory
        try checkDeclaredSizes()
    }

    private static func refuseForeign(_ bytes: [UInt8]) throws(ReaderError) {
        if ContainerSniffer.isOLE(bytes) {
            // Office wraps a password-protected .docx in an OLE file with an "EncryptedPackage"
            // stream; any other OLE file is a Word 97–2003 .doc.
            let marker = Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            if bytes.firstRange(of: marker) != nil {
                throw ReaderError(
                    .encrypted,
                    message: "Tài liệu được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại.",
                    english: "The Office document is password-protected (encrypted OLE package).")
            }
            throw ReaderError(
                .notAZip, message: "Đây là tệp Word 97–2003 (.doc); hãy lưu lại thành .docx.",
                english: "This is a legacy Word 97-2003 .doc (OLE) file, not .docx.")
        }
        guard ContainerSniffer.isZip(bytes) else {
            throw ReaderError(
                .notAZip, message: "Tệp không phải tài liệu Word .docx (không phải tệp nén ZIP).",
                english: "The file is not a .docx (not a zip archive).")
        }
    }

    private func checkDeclaredSizes() throws(ReaderError) {
        var total: UInt64 = 0
        for entry in directory.entries {
            let size = entry.uncompressedSize
            total = total &+ size
            let ratio = size / max(entry.compressedSize, 1)
            // The parts we read are inflated with their real bytes counted, so their ratio alone
            // proves nothing: a small, deeply nested document.xml compresses a thousandfold.
            let judgedByRatio = !Self.readParts.contains(entry.name)
            if total > limits.maxTotalBytes
                || (judgedByRatio && size > limits.ratioCheckFloor && ratio > limits.maxRatio)
                || (entry.name.hasSuffix(".xml") && size > limits.maxPartBytes)
            {
                throw Self.bomb(entry.name)
            }
        }
    }

    static let readParts: Set<String> = [
        "word/document.xml", "word/numbering.xml", "word/comments.xml", "word/footnotes.xml",
    ]

    static func bomb(_ path: String) -> ReaderError {
        ReaderError(
            .zipBomb,
            message: "Tệp nén có phần \(path) giải nén ra quá lớn (nghi là bom nén); tệp bị từ chối.",
            english: "Zip entry \(path) inflates beyond the limits (zip bomb).")
    }

    /// Inflates one part, counting real bytes: the declared size can lie.
    func part(_ path: String) throws(ReaderError) -> Data? {
        guard let entry = directory.entries.first(where: { $0.name == path }) else { return nil }
        let limit = limits.inflateLimit(compressed: entry.compressedSize)
        do {
            return try ZipInflater.contents(of: entry, in: bytes, limit: limit)
        } catch .overLimit {
            throw Self.bomb(path)
        } catch {
            throw ReaderError(
                .notAZip, message: "Không giải nén được \(path): tệp nén bị hỏng (\(error.vietnamese)).",
                english: "Could not inflate \(path): \(error.english)")
        }
    }
}
