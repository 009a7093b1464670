/// Limits that keep a hostile .docx from exhausting memory or time. A real plan's document.xml is
/// well under 5 MB; the limits leave room for embedded tables while refusing zip bombs in seconds.
public struct ContainerLimits: Sendable, Equatable {
    /// Largest uncompressed XML part we are willing to inflate.
    public var maxPartBytes: UInt64 = 50 * 1024 * 1024
    /// Largest sum of the declared uncompressed sizes of all entries.
    public var maxTotalBytes: UInt64 = 100 * 1024 * 1024
    /// Deflate rarely beats 100:1 on real XML; beyond that, on a big entry, it is a bomb.
    public var maxRatio: UInt64 = 100
    /// Entries below this size are never judged by ratio: a tiny part of zeros compresses well.
    public var ratioCheckFloor: UInt64 = 1024 * 1024
    /// Word nests perhaps 30 deep; libxml2 itself stops at 256, so we stop earlier with a clear error.
    public var maxXMLDepth: Int = 200
    /// A part we read may always inflate to this much, whatever its ratio. Above it, the ratio is
    /// held to `maxRatio` on the bytes really inflated: the inflated part is held whole, so a
    /// 50 KB part that inflates to 50 MB would alone break the memory bound. A small, deeply
    /// nested document (2 MB from 3 KB) stays under it and is refused for its depth.
    public var readPartFloor: UInt64 = 4 * 1024 * 1024
    /// Above the floor, a part we read may also inflate to no more than this plus
    /// `heldPartRatio` times its compressed size. The inflated part is held whole, and at its peak
    /// costs about twice its size: 635 KB inflating 75 × to 48 MB peaked at 135 MB, over its
    /// bound of 106 MB (tools/bench-hostile-docx.sh). Real document.xml parts inflate 2–7 ×, so a
    /// real 30 MB part (4.3 MB compressed) still fits.
    public var heldPartBase: UInt64 = 16 * 1024 * 1024
    public var heldPartRatio: UInt64 = 4
    /// Largest input file read at all.
    public var maxFileBytes: Int = 100 * 1024 * 1024
    /// Most paragraphs, line breaks, table rows and cells word/document.xml may hold. Each is a
    /// record kept until the part ends, so their number, not the XML's size, is what unpacking
    /// costs: a 100 KB file can hold a million empty paragraphs. Set from the file's size by
    /// `bounded(forFileBytes:lines:)`; unbounded for a caller that sets nothing.
    public var maxRecords: Int = .max
    /// The line limit of the file (`IntakeLimits.maxLines`): body paragraphs past it are refused
    /// while the part streams, as the whole text would be once unpacked.
    public var maxLines: Int = .max
    /// The size of the file these limits were bounded for, quoted when a line limit refuses it.
    public var fileBytes: Int = 0

    public init() {}

    public static let standard = ContainerLimits()

    /// How far a part we read (document, numbering, notes) may inflate: `readPartFloor`, or the
    /// smaller of `maxRatio` times its compressed size and `heldPartBase` plus `heldPartRatio`
    /// times it, and never past `maxPartBytes`.
    func inflateLimit(compressed: UInt64) -> UInt64 {
        let (byRatio, overflow) = compressed.multipliedReportingOverflow(by: maxRatio)
        let (held, heldOverflow) = compressed.multipliedReportingOverflow(by: heldPartRatio)
        let heldLimit = heldOverflow ? UInt64.max : held.addingReportingOverflow(heldPartBase).partialValue
        let allowed = min(overflow ? .max : byRatio, heldLimit < held ? .max : heldLimit)
        return min(maxPartBytes, max(readPartFloor, allowed))
    }

    /// These limits with `maxRecords` set for a file of `fileBytes`: two records for every line
    /// the line limit allows that file. At three, 600 KB of one-cell rows peaked over the memory
    /// bound (tools/bench-hostile-docx.sh). Real plans stay far below: a 3,000-row table of 30
    /// columns is 183,000 records, and the smallest file gets 200,000.
    public func bounded(forFileBytes fileBytes: Int, lines: IntakeLimits) -> ContainerLimits {
        var copy = self
        copy.maxLines = lines.maxLines(forBytes: fileBytes)
        let (records, overflow) = copy.maxLines.multipliedReportingOverflow(by: 2)
        copy.maxRecords = overflow ? .max : records
        copy.fileBytes = fileBytes
        return copy
    }
}

/// Cheap byte-level checks made before any parser sees the bytes.
enum ContainerSniffer {
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func isOLE(_ bytes: [UInt8]) -> Bool { bytes.starts(with: oleMagic) }

    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5)
    }
}

/// Refuses XML whose prolog declares a DOCTYPE. Entity declarations live only inside a DOCTYPE, so
/// this rules out billion-laughs expansion and external entities before libxml2 sees a byte.
enum XMLPrologGuard {
    /// `noRoot`: the bytes ended before the root element, so the prolog was not seen whole.
    enum Verdict: Equatable { case clean, doctype, utf16, noRoot }

    static func check(_ bytes: [UInt8]) -> Verdict {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return .utf16 }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if next == UInt8(ascii: "?") {
                i = skip(bytes, from: i + 2, past: Array("?>".utf8))
            } else if next == UInt8(ascii: "!") {
                guard starts(bytes, at: i + 2, with: "--") else { return .doctype }
                i = skip(bytes, from: i + 4, past: Array("-->".utf8))
            } else {
                return .clean  // the root element: no DOCTYPE can follow it
            }
        }
        return .noRoot
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return Array(bytes[index..<index + pattern.count]) == pattern
    }

    private static func skip(_ bytes: [UInt8], from start: Int, past end: [UInt8]) -> Int {
        var i = start
        while i + end.count <= bytes.count {
            if bytes[i] == end[0] && Array(bytes[i..<i + end.count]) == end { return i + end.count }
            i += 1
        }
        return bytes.count
    }
}
