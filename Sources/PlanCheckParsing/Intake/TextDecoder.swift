import PlanCheckCore

/// Bytes of a .txt/.md file → NFC text with \n line ends, or an InputError that says what is
/// wrong. Everything works on bytes: Character iteration would make a 64 MB file take seconds.
public enum TextDecoder {
    public static func decode(
        _ bytes: [UInt8], path: String, limits: IntakeLimits = .default
    ) throws(InputError) -> DecodedText {
        guard !bytes.isEmpty else { throw IntakeErrors.empty(path, onlyWhitespace: false) }
        if let match = BinarySignatures.match(bytes) {
            throw InputError(
                path: path, reason: match.reason, message: match.vietnamese, englishMessage: match.english)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw IntakeErrors.invalid(
                path, vi: "mã UTF-32 không được hỗ trợ; hãy lưu lại tệp dưới dạng UTF-8",
                en: "UTF-32 is not supported; save the file as UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, path: path, limits: limits)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? 3 : 0
        return try bytes.withUnsafeBufferPointer { (all) throws(InputError) -> DecodedText in
            let content = UnsafeBufferPointer(rebasing: all[body...])
            let lines = ByteScan.lines(content, maxLineBytes: limits.maxLineBytes)
            try check(lines, bytes: content.count, path: path, limits: limits, offsetBase: body)
            if let text = try decodeUTF8(content, lines: lines, path: path) {
                return DecodedText(text: text, encoding: hasBOM ? "utf-8-bom" : "utf-8")
            }
            if !hasBOM, let legacy = LegacyVietnameseEncoding.detect(bytes) {
                let normalized = lines.hasCR ? ByteScan.normalizingLineEnds(content) : bytes
                let text = legacy.decode(normalized)
                try requireContent(text, path: path)
                return DecodedText(text: text, encoding: legacy.rawValue)
            }
            let bad = ByteScan.firstInvalidUTF8(content) ?? 0
            let line = ByteScan.lineNumber(of: bad, in: content)
            throw IntakeErrors.invalidUTF8(path, byte: content[bad], offset: bad + body, line: line)
        }
    }

    private static func decodeUTF16(
        _ bytes: [UInt8], path: String, limits: IntakeLimits
    ) throws(InputError) -> DecodedText {
        let bigEndian = bytes[0] == 0xFE
        let encoding = bigEndian ? "utf-16be" : "utf-16le"
        let converted = bytes.withUnsafeBufferPointer {
            ByteScan.utf16ToUTF8(UnsafeBufferPointer(rebasing: $0[2...]), bigEndian: bigEndian)
        }
        let utf8: [UInt8]
        switch converted {
        case .success(let value): utf8 = value
        case .failure(.oddLength):
            throw IntakeErrors.invalid(
                path, vi: "tệp UTF-16 có số byte lẻ (\(bytes.count)); tệp bị cắt cụt",
                en: "UTF-16 file has an odd number of bytes (\(bytes.count)); it is truncated")
        case .failure(.unpairedSurrogate(let offset)):
            throw IntakeErrors.invalid(
                path, vi: "cặp thay thế UTF-16 không hợp lệ tại byte \(offset + 2)",
                en: "invalid UTF-16 surrogate pair at byte \(offset + 2)")
        }
        return try utf8.withUnsafeBufferPointer { (content) throws(InputError) -> DecodedText in
            let lines = ByteScan.lines(content, maxLineBytes: limits.maxLineBytes)
            // Offsets in the converted text do not point into the file, so NUL is reported
            // without one.
            if lines.firstNUL != nil {
                throw InputError(
                    path: path, reason: .binary, message: "không phải tệp văn bản: chứa ký tự NUL (U+0000)",
                    englishMessage: "not a text file: contains the NUL character (U+0000)")
            }
            try check(lines, bytes: content.count, path: path, limits: limits, offsetBase: 2)
            let text = try decodeUTF8(content, lines: lines, path: path)
            return DecodedText(text: text ?? "", encoding: encoding)
        }
    }

    private static func check(
        _ lines: ByteScan.Lines, bytes: Int, path: String, limits: IntakeLimits, offsetBase: Int
    ) throws(InputError) {
        if let nul = lines.firstNUL { throw IntakeErrors.nul(path, offset: nul + offsetBase) }
        if let line = lines.tooLongLine {
            throw IntakeErrors.lineTooLong(path, line: line, limit: limits.maxLineBytes)
        }
        try checkLineCount(lines.count, bytes: bytes, path: path, limits: limits)
    }

    /// Refuses a text with more lines than its size allows (see `IntakeLimits.default`), before
    /// any line is made.
    static func checkLineCount(_ count: Int, bytes: Int, path: String, limits: IntakeLimits)
        throws(InputError)
    {
        let allowed = limits.maxLines(forBytes: bytes)
        if count > allowed {
            throw IntakeErrors.tooManyLines(path, count: count, allowed: allowed, bytes: bytes)
        }
    }

    /// UTF-8 → String with LF line ends and NFC, or nil when the bytes are not valid UTF-8. NFC
    /// through VietnameseText (linear, unlike Foundation's), and only when marks are present.
    private static func decodeUTF8(
        _ content: UnsafeBufferPointer<UInt8>, lines: ByteScan.Lines, path: String
    ) throws(InputError) -> String? {
        let decoded: String?
        if lines.hasCR {
            decoded = ByteScan.normalizingLineEnds(content).withUnsafeBufferPointer {
                ByteScan.string(validating: $0)
            }
        } else {
            decoded = ByteScan.string(validating: content)
        }
        guard let decoded else { return nil }
        let text = lines.hasCombiningLead ? VietnameseText.nfc(decoded) : decoded
        try requireContent(text, path: path)
        return text
    }

    /// Whitespace-only files are as empty as 0-byte ones. Stops at the first visible character,
    /// so it costs nothing on a real document.
    private static func requireContent(_ text: String, path: String) throws(InputError) {
        for scalar in text.unicodeScalars where !(scalar.properties.isWhitespace || scalar == "\u{FEFF}") {
            return
        }
        throw IntakeErrors.empty(path, onlyWhitespace: true)
    }
}
