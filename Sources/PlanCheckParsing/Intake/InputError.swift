/// Why an input file could not be read as a plan. Every reader reports through this one type so
/// that the CLI can print one line per file and exit with the input-error code.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case missing, isDirectory, empty, binary, tooLarge, lineTooLong, invalidEncoding,
            unsupportedFormat, unreadable, malformed, encrypted,
            /// The worker process that checked the file apart was killed (`check --isolate`).
            crashed
    }

    public var path: String
    public var reason: Reason
    /// Vietnamese, one line, names the problem concretely (offset, size, what the bytes look like).
    public var message: String
    /// The same in English.
    public var englishMessage: String

    public init(path: String, reason: Reason, message: String, englishMessage: String) {
        self.path = path
        self.reason = reason
        self.message = message
        self.englishMessage = englishMessage
    }

    public func message(english: Bool) -> String {
        "\(path): \(english ? englishMessage : message)"
    }

    public var description: String { message(english: false) }
}

/// Bounds that keep a hostile or mistaken input (a disk image renamed .txt, a minified blob) from
/// exhausting memory or triggering slow paths further down the pipeline.
public struct IntakeLimits: Sendable {
    public var maxBytes: Int
    public var maxLineBytes: Int
    /// Lines any text may have, whatever its size.
    public var baseLines: Int
    /// Beyond `baseLines`, one more line is allowed for every this many bytes of text.
    public var bytesPerExtraLine: Int

    /// Every line costs the parser about half a kilobyte at its peak (its record, its paragraph,
    /// a heading's section), however short the line is: 60 MB of blank lines took 14 GB. Memory
    /// stays within 10× the input plus 100 MB only if short lines are bounded: 100,000 lines
    /// (a hundred times the longest real plan) plus one per 64 bytes — about 8× the text at
    /// 500 bytes a line.
    public static let `default` = IntakeLimits(maxBytes: 64 << 20, maxLineBytes: 256 << 10)

    public init(maxBytes: Int, maxLineBytes: Int, baseLines: Int = 100_000, bytesPerExtraLine: Int = 64) {
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes
        self.baseLines = baseLines
        self.bytesPerExtraLine = bytesPerExtraLine
    }

    /// The most lines a text of `bytes` bytes may have.
    public func maxLines(forBytes bytes: Int) -> Int {
        baseLines + bytes / max(bytesPerExtraLine, 1)
    }
}

/// Decoded document text and the encoding it was found in (reported so a user knows a legacy
/// TCVN3/VNI file was converted rather than read as-is).
public struct DecodedText: Sendable, Equatable {
    /// NFC; CRLF and CR turned into \n; BOM removed.
    public var text: String
    /// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "tcvn3", "vni-windows".
    public var encoding: String

    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

extension InputError {
    /// Sizes in messages: exact bytes under 10 KB, then KB and MB with one decimal, so the user can
    /// compare a file with the limit at a glance (a .docx's size is quoted in its line limit).
    static func sizeText(_ bytes: Int, english: Bool) -> String {
        if bytes < 10 << 10 { return "\(bytes) byte" + (english && bytes != 1 ? "s" : "") }
        if bytes < 1 << 20 {
            let tenths = (bytes * 10 + (1 << 9)) >> 10
            return "\(tenths / 10)\(english ? "." : ",")\(tenths % 10) KB"
        }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        let separator = english ? "." : ","
        return "\(tenths / 10)\(separator)\(tenths % 10) MB"
    }
}
