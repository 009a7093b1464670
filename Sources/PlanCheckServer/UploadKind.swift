/// What an upload is, judged by its extension and its first bytes together: a renamed .exe is not
/// a .docx, and a .docx is always a ZIP.
enum UploadKind: String, Sendable {
    case docx, pdf, txt, md

    enum Refusal: Error, Equatable {
        /// The extension is not one PlanCheck reads (.doc, .odt, images…) or there is none.
        case unsupportedExtension(String)
        /// The bytes are not what the extension says.
        case contentMismatch(String)
        case empty
    }

    static func judge(filename: String?, bytes: [UInt8]) throws(Refusal) -> UploadKind {
        let name = filename ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        let kind: UploadKind
        switch ext {
        case "docx": kind = .docx
        case "pdf": kind = .pdf
        case "txt": kind = .txt
        case "md", "markdown": kind = .md
        default: throw .unsupportedExtension(ext)
        }
        guard !bytes.isEmpty else { throw .empty }
        guard kind.matches(bytes) else { throw .contentMismatch(ext) }
        return kind
    }

    func matches(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .docx: return bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        // A PDF may carry a few bytes before its header (ISO 32000-1, 7.5.2 tolerates it).
        case .pdf: return ByteSearch.find(Array("%PDF-".utf8), in: Array(bytes.prefix(1024)), from: 0) != nil
        case .txt, .md: return !UploadKind.looksBinary(bytes)
        }
    }

    /// Text files may be UTF-16 (NUL bytes are then normal) but never start like a known binary.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let signatures: [[UInt8]] = [
            [0x50, 0x4B, 0x03, 0x04], Array("%PDF-".utf8), [0xD0, 0xCF, 0x11, 0xE0],
            [0x89, 0x50, 0x4E, 0x47],
            [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), [0x4D, 0x5A], [0x7F, 0x45, 0x4C, 0x46],
        ]
        if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        return !utf16 && bytes.prefix(65536).contains(0)
    }

    /// The extension of the temporary file the reader gets.
    var fileExtension: String { rawValue }
}
