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
    /// Largest input file read at all.
    public var maxFileBytes: Int = 100 * 1024 * 1024

    public init() {}

    public static let standard = ContainerLimits()
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
