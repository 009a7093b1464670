import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts, in memory: the upload's file
/// name is kept only as text to show, never used as a path.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var filename: String?
        var data: [UInt8]
    }

    enum Failure: Error, Equatable {
        case notMultipart, malformed, tooManyParts
    }

    /// A form has a few fields; thousands of empty parts are an attack on the parser, not a plan.
    static let maxParts = 16

    var parts: [Part]

    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            // RFC 2046 §5.1.1: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    static func parse(_ body: [UInt8], contentType: String?) throws(Failure) -> MultipartForm {
        guard let boundary = boundary(contentType: contentType) else { throw .notMultipart }
        let delimiter = Array("--\(boundary)".utf8)
        guard var at = ByteSearch.find(delimiter, in: body, from: 0) else { throw .malformed }
        var parts: [Part] = []
        while true {
            at += delimiter.count
            if body.count >= at + 2, body[at] == 0x2D, body[at + 1] == 0x2D { break }  // "--": the end
            guard let headerStart = ByteSearch.lineEnd(body, from: at) else { throw .malformed }
            guard let headerEnd = ByteSearch.find(Array("\r\n\r\n".utf8), in: body, from: headerStart - 2)
            else { throw .malformed }
            let next = ByteSearch.find(Array("\r\n".utf8) + delimiter, in: body, from: headerEnd + 4)
            guard let next else { throw .malformed }
            let headers = String(decoding: body[headerStart..<headerEnd], as: UTF8.self)
            guard let disposition = Disposition(headers) else { throw .malformed }
            parts.append(
                Part(
                    name: disposition.name, filename: disposition.filename,
                    data: Array(body[(headerEnd + 4)..<next])))
            if parts.count > maxParts { throw .tooManyParts }
            at = next + 2
        }
        return MultipartForm(parts: parts)
    }
}

/// The `Content-Disposition: form-data; name="…"; filename="…"` header of one part.
struct Disposition {
    var name: String
    var filename: String?

    init?(_ headers: String) {
        let lines = headers.split(separator: "\r\n")
        guard
            let line = lines.first(where: { $0.lowercased().hasPrefix("content-disposition:") })
        else { return nil }
        var name: String?
        var filename: String?
        for piece in line.split(separator: ";").dropFirst() {
            let kv = piece.trimmingCharacters(in: .whitespaces)
            guard let eq = kv.firstIndex(of: "=") else { continue }
            let key = kv[..<eq].lowercased()
            var value = String(kv[kv.index(after: eq)...])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            if key == "name" { name = value }
            if key == "filename" { filename = value }
        }
        guard let name else { return nil }
        self.name = name
        self.filename = filename
    }
}

enum ByteSearch {
    /// First index of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var i = max(0, from)
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The index just past the CRLF that ends the line starting at `from`.
    static func lineEnd(_ bytes: [UInt8], from: Int) -> Int? {
        find([0x0D, 0x0A], in: bytes, from: from).map { $0 + 2 }
    }
}
