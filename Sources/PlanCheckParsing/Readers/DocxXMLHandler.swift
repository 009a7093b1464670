import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a WordprocessingML part handler sees: element names and attribute keys without their
/// namespace prefix. Word always writes "w:", but other producers (LibreOffice, WPS) may pick another
/// prefix, and our handlers only care about the local name.
protocol DocxElementHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String])
    func end(_ name: String)
    func text(_ string: String)
    /// Set when the handler has seen enough to refuse the part; parsing stops at once.
    var refusal: ReaderError? { get }
}

extension DocxElementHandler {
    var refusal: ReaderError? { nil }
}

/// Adapts XMLParser to a DocxElementHandler and enforces the nesting limit, so that every part
/// (document, numbering, comments, footnotes) gets the same hostile-input protection.
final class DocxXMLHandler: NSObject, XMLParserDelegate {
    private let handler: DocxElementHandler
    private let maxDepth: Int
    private var depth = 0
    private(set) var tooDeep = false

    init(handler: DocxElementHandler, maxDepth: Int) {
        self.handler = handler
        self.maxDepth = maxDepth
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        depth += 1
        if depth > maxDepth {
            tooDeep = true
            parser.abortParsing()
            return
        }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[Self.localName(key)] = value }
        handler.start(Self.localName(elementName), attributes)
        if handler.refusal != nil { parser.abortParsing() }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        depth -= 1
        handler.end(Self.localName(elementName))
        if handler.refusal != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.text(string)
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// FoundationXML hands libxml2's bytes to String unchecked and traps on invalid UTF-8 inside
    /// an element (issue 11), so the part is validated first. Word writes UTF-8 only.
    static func requireUTF8(_ bytes: Data, part: String) throws(ReaderError) {
        let found = bytes.withUnsafeBytes { raw -> (offset: Int, byte: UInt8, line: Int)? in
            let buffer = raw.bindMemory(to: UInt8.self)
            guard let offset = ByteScan.firstInvalidUTF8(buffer) else { return nil }
            return (offset, buffer[offset], ByteScan.lineNumber(of: offset, in: buffer))
        }
        guard let found else { return }
        let hex = "0x" + String(found.byte, radix: 16, uppercase: true)
        throw ReaderError(
            .invalidUTF8,
            message:
                "Tệp \(part) có byte \(hex) không hợp lệ trong UTF-8 tại vị trí \(found.offset) (dòng \(found.line)); tệp bị hỏng.",
            english:
                "\(part) has an invalid UTF-8 byte \(hex) at offset \(found.offset) (line \(found.line)).")
    }

    /// Parses one part. `part` names it in error messages ("word/document.xml").
    static func parse(
        _ bytes: Data, part: String, handler: DocxElementHandler, limits: ContainerLimits
    ) throws(ReaderError) {
        let prologWindow = 64 * 1024
        switch XMLPrologGuard.check(Array(bytes.prefix(prologWindow))) {
        case .noRoot where bytes.count > prologWindow, .doctype:
            // A prolog longer than the window could hide a DOCTYPE; Word's is one line.
            throw ReaderError(
                .xmlEntities,
                message:
                    "Tệp \(part) khai báo DOCTYPE/ENTITY; tài liệu Word thật không bao giờ có, nên tệp bị từ chối vì lý do an toàn.",
                english: "\(part) declares a DOCTYPE/ENTITY; refused (entity expansion attack).")
        case .utf16:
            throw ReaderError(
                .malformedXML, message: "Tệp \(part) mã hóa UTF-16, chưa được hỗ trợ.",
                english: "\(part) is UTF-16 encoded, which is not supported.")
        case .clean, .noRoot: break
        }
        try requireUTF8(bytes, part: part)
        // XMLParser(data:) on Linux gives up on documents over about 10 MB; the stream form does not.
        let parser = XMLParser(stream: InputStream(data: bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let adapter = DocxXMLHandler(handler: handler, maxDepth: limits.maxXMLDepth)
        parser.delegate = adapter
        let ok = parser.parse()
        if let refusal = handler.refusal { throw refusal }
        if adapter.tooDeep {
            throw ReaderError(
                .xmlTooDeep,
                message: "Tệp \(part) lồng nhau quá \(limits.maxXMLDepth) cấp; tệp bị từ chối.",
                english: "\(part) nests deeper than \(limits.maxXMLDepth) elements.")
        }
        guard ok else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw ReaderError(
                .malformedXML,
                message:
                    "Tệp \(part) bị lỗi cấu trúc XML ở dòng \(parser.lineNumber), cột \(parser.columnNumber).",
                english:
                    "\(part) is malformed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(reason)"
            )
        }
    }
}
