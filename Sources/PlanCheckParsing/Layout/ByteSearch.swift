import Foundation

/// Substring search on UTF-8 bytes. Foundation's `range(of:)` goes through CFString and was the
/// top cost of parsing; the needles here are short and the haystacks are paragraphs.
enum ByteSearch {
    /// UTF-8 offset of the first `needle` in `text` at or after `from`, below `to`.
    static func find(_ needle: String, in text: String, from: Int = 0, to: Int? = nil) -> Int? {
        find(Array(needle.utf8), in: text, from: from, to: to)
    }

    /// True when `text` holds the byte `b` (memchr on the contiguous UTF-8; the generic
    /// `contains` walks the view one index at a time).
    static func contains(_ b: UInt8, in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            return memchr(base, Int32(b), buffer.count) != nil
        }) {
            return found
        }
        return text.utf8.contains(b)
    }

    /// The same with the needle already as bytes, for needles searched again and again.
    static func find(_ n: [UInt8], in text: String, from: Int = 0, to: Int? = nil) -> Int? {
        guard !n.isEmpty else { return from }
        return text.utf8.withContiguousStorageIfAvailable { find(n, in: $0, from: from, to: to) }
            ?? slowFind(n, Array(text.utf8), from, to)
    }

    /// True when `needle` occurs in `haystack` (a key in a stack buffer).
    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.isEmpty || find(needle, in: haystack) != nil
    }

    /// Offset of the first `n` in `h[from..<to]`. memchr finds each candidate, memcmp checks it.
    static func find(_ n: [UInt8], in h: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> Int? {
        guard let base = h.baseAddress, !n.isEmpty else { return nil }
        let end = min(to ?? h.count, h.count)
        guard end - from >= n.count else { return nil }
        return n.withUnsafeBufferPointer { needle -> Int? in
            // Anchor memchr on the first byte that is not a space: many needles start with one
            // (" chủ trì"), and a space is every few bytes of prose.
            let k = needle.firstIndex { $0 != 0x20 } ?? 0
            var i = from
            let last = end - n.count
            while i <= last {
                guard let hit = memchr(base + i + k, Int32(needle[k]), last - i + 1) else { return nil }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - k
                if memcmp(base + at, needle.baseAddress!, n.count) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }

    private static func slowFind(_ n: [UInt8], _ h: [UInt8], _ from: Int, _ to: Int?) -> Int? {
        let end = min(to ?? h.count, h.count) - n.count
        guard end >= from else { return nil }
        for i in from...end where h[i..<(i + n.count)].elementsEqual(n) { return i }
        return nil
    }
}
