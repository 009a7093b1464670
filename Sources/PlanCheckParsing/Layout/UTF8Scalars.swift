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
            // Per-byte counters in one word. The multiply below sums the eight lanes into the top
            // byte, so the total must stay under 256: flush every 31 words (at most 248).
            var lanes: UInt64 = 0
            var words = 0
            while i + 8 <= to, words < 31 {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Bit 7 set and bit 6 clear in a byte: shifting left moves bit 6 under bit 7.
                lanes &+= (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
                i += 8
                words += 1
            }
            continuation += Int((lanes &* 0x0101_0101_0101_0101) >> 56)
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

    /// The first scalar of UTF-8 bytes, or nil when they are empty or start inside a sequence
    /// or end before it is complete.
    static func first(in b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        value(at: 0, in: b).flatMap(Unicode.Scalar.init)
    }

    /// The scalar value of the sequence starting at byte `i`; nil for a continuation byte, a
    /// sequence cut short, or `i` out of range.
    static func value<C: RandomAccessCollection<UInt8>>(at i: Int, in b: C) -> UInt32? where C.Index == Int {
        guard i >= b.startIndex, i < b.endIndex else { return nil }
        let lead = b[i]
        func next(_ k: Int) -> UInt32 { UInt32(b[i + k] & 0x3F) }
        switch lead {
        case 0..<0x80: return UInt32(lead)
        case 0xC0..<0xE0 where i + 1 < b.endIndex: return UInt32(lead & 0x1F) << 6 | next(1)
        case 0xE0..<0xF0 where i + 2 < b.endIndex: return UInt32(lead & 0x0F) << 12 | next(1) << 6 | next(2)
        case 0xF0..<0xF8 where i + 3 < b.endIndex:
            return UInt32(lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
        default: return nil
        }
    }

    /// UTF-8 offset where scalar number `scalars` of `text` starts (the byte count when the text
    /// has fewer scalars).
    static func offset(ofScalar scalars: Int, in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { b -> Int in
            var seen = 0
            for i in 0..<b.count where b[i] & 0xC0 != 0x80 {
                if seen == scalars { return i }
                seen += 1
            }
            return b.count
        } ?? String(text.unicodeScalars.prefix(scalars)).utf8.count
    }
}

extension String {
    /// A string from a run of scalars, encoded straight into the string's storage (building a
    /// `String.UnicodeScalarView` from a slice goes through a slow generic append).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: bytes) { out in
            var w = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    out[w] = byte
                    w += 1
                }
            }
            return w
        }
    }
}

extension String {
    /// The text between two UTF-8 offsets that fall on scalar boundaries. Slicing the string
    /// copies bytes already known to be valid; `String(decoding:)` would validate them again.
    func slice(utf8 range: Range<Int>) -> String {
        let u = utf8
        let lo = u.index(u.startIndex, offsetBy: range.lowerBound)
        let hi = u.index(lo, offsetBy: range.count)
        return String(self[lo..<hi])
    }
}
