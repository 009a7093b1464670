/// File signatures of formats people mistake for text or rename to .txt. Naming what the bytes
/// look like tells the user what to do next (export the .docx as text, OCR the PDF…).
enum BinarySignatures {
    struct Match {
        var reason: InputError.Reason
        var vietnamese: String
        var english: String
    }

    private struct Signature {
        var magic: [UInt8]
        var offset = 0
        var reason = InputError.Reason.binary
        var vietnamese: String
        var english: String
    }

    private static let signatures: [Signature] = [
        Signature(
            magic: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], vietnamese: "ảnh PNG",
            english: "a PNG image"),
        Signature(magic: [0xFF, 0xD8, 0xFF], vietnamese: "ảnh JPEG", english: "a JPEG image"),
        Signature(magic: Array("GIF87a".utf8), vietnamese: "ảnh GIF", english: "a GIF image"),
        Signature(magic: Array("GIF89a".utf8), vietnamese: "ảnh GIF", english: "a GIF image"),
        Signature(magic: Array("II*\u{0}".utf8), vietnamese: "ảnh TIFF", english: "a TIFF image"),
        Signature(magic: Array("MM\u{0}*".utf8), vietnamese: "ảnh TIFF", english: "a TIFF image"),
        Signature(magic: Array("WEBP".utf8), offset: 8, vietnamese: "ảnh WebP", english: "a WebP image"),
        Signature(magic: Array("%PDF".utf8), vietnamese: "tệp PDF", english: "a PDF document"),
        Signature(
            magic: [0x50, 0x4B, 0x03, 0x04],
            vietnamese: "tệp nén ZIP (tệp .docx, .xlsx, .odt cũng là ZIP)",
            english: "a ZIP archive (.docx, .xlsx and .odt files are ZIP archives)"),
        Signature(
            magic: [0x50, 0x4B, 0x05, 0x06], vietnamese: "tệp nén ZIP rỗng", english: "an empty ZIP archive"),
        Signature(
            magic: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            vietnamese: "tệp Word .doc hoặc Excel .xls đời cũ",
            english: "a legacy Word .doc or Excel .xls file"),
        Signature(magic: Array("Rar!\u{1A}\u{7}".utf8), vietnamese: "tệp nén RAR", english: "a RAR archive"),
        Signature(
            magic: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], vietnamese: "tệp nén 7z", english: "a 7z archive"),
        Signature(magic: [0x1F, 0x8B], vietnamese: "tệp nén gzip", english: "a gzip archive"),
        Signature(
            magic: [0x7F, 0x45, 0x4C, 0x46], vietnamese: "chương trình ELF", english: "an ELF executable"),
        Signature(
            magic: [0xCF, 0xFA, 0xED, 0xFE], vietnamese: "chương trình Mach-O", english: "a Mach-O executable"
        ),
        Signature(
            magic: [0xCA, 0xFE, 0xBA, 0xBE], vietnamese: "chương trình Mach-O", english: "a Mach-O executable"
        ),
        Signature(
            magic: Array("SQLite format 3\u{0}".utf8), vietnamese: "cơ sở dữ liệu SQLite",
            english: "an SQLite database"),
        Signature(
            magic: Array("{\\rtf".utf8), reason: .unsupportedFormat,
            vietnamese: "tài liệu RTF (hãy lưu lại dưới dạng .docx hoặc .txt)",
            english: "an RTF document (save it as .docx or .txt)"),
    ]

    static func match(_ bytes: [UInt8]) -> Match? {
        for signature in signatures {
            let end = signature.offset + signature.magic.count
            guard bytes.count >= end else { continue }
            if bytes[signature.offset..<end].elementsEqual(signature.magic) {
                return Match(
                    reason: signature.reason,
                    vietnamese: "không phải tệp văn bản: có vẻ là \(signature.vietnamese)",
                    english: "not a text file: looks like \(signature.english)")
            }
        }
        return nil
    }
}
