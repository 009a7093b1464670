/// Scalar counts on UTF-8 bytes. Every column in the model is counted in scalars, and counting
/// them one byte at a time was a visible share of parsing; a scalar is a byte that does not
/// continue a sequence (not 10xxxxxx), so eight bytes are checked with one word operation.
enum UTF8Scalars {
    /// Scalars in `base[from..<to]`.
    static func count(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        guard to > from else { return 0 }
        var i = from
        var continuation = 0
        while i + 8 <= to {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // Bit 7 set and bit 6 clear in a byte: shifting left moves bit 6 under bit 7.
            continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < to {
            if base[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return (to - from) - continuation
    }

    /// Scalars in the UTF-8 range `from..<to` of `text`.
    static func count(_ text: String, from: Int = 0, to: Int? = nil) -> Int {
        let end = min(to ?? text.utf8.count, text.utf8.count)
        guard end > from else { return 0 }
        return text.utf8.withContiguousStorageIfAvailable { b in
            b.baseAddress.map { count($0, from: from, to: end) } ?? 0
        } ?? text.utf8.dropFirst(from).prefix(end - from).reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    /// UTF-8 offset where scalar number `scalars` of `text` starts (the byte count when the text
    /// has fewer scalars).
    static func offset(ofScalar scalars: Int, in text: String) -> Int {
        var seen = 0
        var i = 0
        for b in text.utf8 {
            if b & 0xC0 != 0x80 {
                if seen == scalars { return i }
                seen += 1
            }
            i += 1
        }
        return i
    }
}
