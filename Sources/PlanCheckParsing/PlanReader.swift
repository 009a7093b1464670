import Foundation
import PlanCheckCore

/// Reads a plan file of any supported format into the model.
public enum PlanReader {
    /// Extensions PlanCheck reads, for directory walks.
    public static let supportedExtensions: Set<String> = ["txt", "md", "markdown", "docx", "pdf"]

    public struct Options: Sendable {
        public var limits: IntakeLimits
        /// Run OCR (tesseract, Vietnamese model) on a PDF without a text layer.
        public var ocr: Bool

        public init(limits: IntakeLimits = .default, ocr: Bool = false) {
            self.limits = limits
            self.ocr = ocr
        }
    }

    public static func read(path: String, options: Options = Options()) throws(InputError) -> PlanDocument {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "docx":
            return try read(bytes: FileIntake.readBytes(path: path, limits: options.limits), path: path)
        case "pdf":
            let fileBytes = try FileIntake.readBytes(path: path, limits: options.limits).count
            let extracted = try wrap(path) { () throws(ReaderError) in
                try PdfReader.read(path: path, ocr: options.ocr)
            }
            return try parse(
                extracted, path: path, format: "pdf", fileBytes: fileBytes, limits: options.limits)
        case _ where OfficeConverter.extensions.contains(ext):
            guard OfficeConverter.isAvailable else {
                throw InputError(
                    path: path, reason: .unsupportedFormat,
                    message:
                        "tệp .\(ext) cần LibreOffice để đọc: cài gói libreoffice-writer-nogui, hoặc lưu lại thành .docx.",
                    englishMessage:
                        ".\(ext) files need LibreOffice to be read: install libreoffice-writer-nogui, or save the file as .docx."
                )
            }
            let fileBytes = try FileIntake.readBytes(path: path, limits: options.limits).count
            let bounded = ContainerLimits.standard.bounded(forFileBytes: fileBytes, lines: options.limits)
            let extracted = try wrap(path) { () throws(ReaderError) in
                try DocxReader.read(
                    try OfficeConverter.convert(path), limits: bounded, legacyFontConverter: convertLegacyFont
                )
            }
            return try parse(
                extracted, path: path, format: ext, fileBytes: fileBytes, limits: options.limits)
        default:
            // .txt, .md and anything else is read as text; binary content is refused by intake.
            // In one statement: the file's bytes and decoded text are gone before parsing starts.
            let (lines, source) = try textLines(
                FileIntake.readBytes(path: path, limits: options.limits), path: path, limits: options.limits)
            return PlanParser.parse(lines: lines, source: source)
        }
    }

    /// A text file's bytes decoded and split into lines, with what the source says of them.
    static func textLines(_ bytes: [UInt8], path: String, limits: IntakeLimits) throws(InputError)
        -> (lines: [String], source: SourceInfo)
    {
        let decoded = try TextDecoder.decode(bytes, path: path, limits: limits)
        let ext = (path as NSString).pathExtension.lowercased()
        let format = ext == "md" || ext == "markdown" ? "md" : "txt"
        let source = SourceInfo(path: path, format: format, encoding: decoded.encoding)
        let text = format == "md" ? blankingComments(decoded.text) : decoded.text
        return (PlanParser.lines(of: text), source)
    }

    /// Reads a plan already in memory (an upload, a fuzzer's input) exactly as from a file of that
    /// name: the extension picks the reader. A PDF needs its file (pdftotext reads it).
    public static func read(bytes: [UInt8], path: String, limits: IntakeLimits = .default) throws(InputError)
        -> PlanDocument
    {
        try FileIntake.checkSize(bytes.count, path: path, limits: limits)
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "docx":
            let bounded = ContainerLimits.standard.bounded(forFileBytes: bytes.count, lines: limits)
            let extracted = try wrap(path) { () throws(ReaderError) in
                try DocxReader.read(bytes, limits: bounded, legacyFontConverter: convertLegacyFont)
            }
            return try parse(
                extracted, path: path, format: "docx", fileBytes: bytes.count, limits: limits)
        case "pdf", "doc":
            throw InputError(
                path: path, reason: .unsupportedFormat,
                message: "tệp .\(ext) chỉ đọc được từ tệp trên đĩa, không đọc được từ bộ nhớ.",
                englishMessage: ".\(ext) files can only be read from a file on disk, not from memory.")
        default:
            let (lines, source) = try textLines(bytes, path: path, limits: limits)
            return PlanParser.parse(lines: lines, source: source)
        }
    }

    /// An HTML comment in Markdown is not part of the document (rule examples mark their expected
    /// findings with one): it becomes spaces, so that it cannot make a capitalised header line look
    /// mixed-case, and every column after it stays where it was. Only comments within one line.
    static func blankingComments(_ text: String) -> String {
        guard ByteSearch.find("<!--", in: text) != nil else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: "<!--") {
            guard let close = rest[open.upperBound...].range(of: "-->"),
                !rest[open.lowerBound..<close.lowerBound].contains("\n")
            else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            out += rest[..<open.lowerBound]
            out += String(repeating: " ", count: rest[open.lowerBound..<close.upperBound].count)
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// Parses text already in memory (tests, benchmarks).
    public static func parse(text: String, path: String, format: String = "txt") -> PlanDocument {
        PlanParser.parse(
            text: VietnameseText.nfc(text), source: SourceInfo(path: path, format: format, encoding: "utf-8"))
    }

    static func parse(
        _ extracted: ExtractedText, path: String, format: String, fileBytes: Int, limits: IntakeLimits
    ) throws(InputError) -> PlanDocument {
        // A small .docx or PDF can unpack to many short lines: the same line limit as a text file,
        // for the text it unpacked to or the file itself, whichever is smaller, since memory is
        // bounded by the size of the file that came in.
        let textBytes = extracted.lines.reduce(0) { $0 + $1.utf8.count + 1 }
        let allowed = limits.maxLines(forBytes: min(textBytes, fileBytes))
        if extracted.lines.count > allowed {
            throw IntakeErrors.tooManyLines(
                path, count: extracted.lines.count, allowed: allowed, bytes: min(textBytes, fileBytes),
                ofFile: fileBytes < textBytes)
        }
        let converted = LegacyVietnameseEncoding.allCases.first { enc in
            extracted.notes.contains {
                $0.contains(enc.rawValue) || $0.lowercased().contains(enc == .tcvn3 ? "tcvn3" : "vni")
            }
        }
        let text = VietnameseText.nfc(extracted.lines.joined(separator: "\n"))
        let source = SourceInfo(path: path, format: format, encoding: converted?.rawValue ?? "utf-8")
        var doc = PlanParser.parse(text: text, source: source, origins: extracted.origins)
        for note in extracted.notes {
            doc.diagnostics.append(Diagnostic(code: .convertedEncoding, message: note, span: nil))
        }
        return doc
    }

    /// Text of a Word run set in a .Vn* or VNI-* font, converted to Unicode.
    @Sendable static func convertLegacyFont(_ text: String, _ font: String) -> String? {
        guard let (encoding, uppercase) = LegacyVietnameseEncoding.forFont(named: font) else { return nil }
        return encoding.convert(fontText: text, uppercaseFont: uppercase)
    }

    static func wrap(_ path: String, _ body: () throws(ReaderError) -> ExtractedText) throws(InputError)
        -> ExtractedText
    {
        do {
            return try body()
        } catch {
            let reason: InputError.Reason
            switch error.reason {
            case .encrypted: reason = .encrypted
            case .zipBomb, .tooLarge: reason = .tooLarge
            case .noTextLayer, .toolMissing, .toolFailed: reason = .unreadable
            default: reason = .malformed
            }
            throw InputError(
                path: path, reason: reason, message: error.message, englishMessage: error.englishMessage)
        }
    }
}
