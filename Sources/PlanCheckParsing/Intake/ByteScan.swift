/// Single linear passes over raw bytes. They read eight bytes at a time where the text is plain
/// ASCII, because decoding must stay far above 200 MB/s on a shared two-core machine.
enum ByteScan {
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    struct Lines {
        var firstNUL: Int?
        var hasCR = false
        /// Lead bytes 0xCC/0xCD of combining marks: only then is NFC composition needed.
        var hasCombiningLead = false
        /// 1-based number of the first line longer than the limit.
        var tooLongLine: Int?
        /// Lines scanned (all of them unless a problem stopped the scan).
        var count = 0
    }

    /// Finds NUL bytes, carriage returns, combining marks and an over-long line, stopping at the
    /// first problem.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, maxLineBytes: Int) -> Lines {
        var result = Lines()
        guard let base = bytes.baseAddress else { return result }
        let count = bytes.count
        var line = 1, lineStart = 0, i = 0
        var combining: UInt64 = 0
        while i < count {
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // A zero byte in `marks` is a 0xCC or 0xCD byte in `word`.
                let marks = (word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xCCCC_CCCC_CCCC_CCCC
                combining |= (marks &- 0x0101_0101_0101_0101) & ~marks & highBits
                // No byte below 0x0E (NUL, CR, LF) among these eight: skip them.
                if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & highBits == 0 {
                    i += 8
                    if i - lineStart > maxLineBytes { break }
                    continue
                }
            }
            let byte = base[i]
            if byte & 0xFE == 0xCC { result.hasCombiningLead = true }
            if byte == 0x0A || byte == 0x0D {
                if i - lineStart > maxLineBytes { break }
                if byte == 0x0D {
                    result.hasCR = true
                    if i + 1 < count && base[i + 1] == 0x0A { i += 1 }
                }
                line += 1
                lineStart = i + 1
            } else if byte == 0 {
                result.firstNUL = i
                return result
            }
            i += 1
        }
        if min(i, count) - lineStart > maxLineBytes { result.tooLongLine = line }
        result.count = line
        result.hasCombiningLead = result.hasCombiningLead || combining != 0
        return result
    }

    /// Valid UTF-8 → String, or nil. The standard library's validator is the fastest available;
    /// ours below only runs to locate the first bad byte for the error message.
    static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            return String(validating: bytes, as: UTF8.self)
        }
        return firstInvalidUTF8(bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (overlongs, surrogates and values above U+10FFFF included), or nil when all is valid.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & highBits == 0 {
                i += 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            var need = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return i
            }
            guard i + need < count, base[i + 1] >= low, base[i + 1] <= high else { return i }
            for k in stride(from: 2, through: need, by: 1) where base[i + k] & 0xC0 != 0x80 {
                return i
            }
            i += need + 1
        }
        return nil
    }

    /// CRLF and lone CR become LF.
    static func normalizingLineEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let count = bytes.count
        return [UInt8](unsafeUninitializedCapacity: count) { out, written in
            var j = 0, i = 0
            while i < count {
                let byte = bytes[i]
                if byte == 0x0D {
                    out[j] = 0x0A
                    if i + 1 < count && bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    out[j] = byte
                }
                j += 1
                i += 1
            }
            written = j
        }
    }

    /// 1-based line of a byte offset, counting CRLF, CR and LF as one break each.
    static func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1, i = 0
        while i < offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
            }
            i += 1
        }
        return line
    }

    /// UTF-16 (after its BOM) to UTF-8, or the offset of the first unit that cannot be decoded.
    static func utf16ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Result<
        [UInt8], UTF16Failure
    > {
        let count = bytes.count
        guard count % 2 == 0 else { return .failure(.oddLength) }
        var out: [UInt8] = []
        out.reserveCapacity(count + count / 2)
        func unit(_ i: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        var i = 0
        while i < count {
            let first = unit(i)
            var value = first
            if (0xD800...0xDBFF).contains(first) {
                guard i + 3 < count else { return .failure(.unpairedSurrogate(i)) }
                let second = unit(i + 2)
                guard (0xDC00...0xDFFF).contains(second) else { return .failure(.unpairedSurrogate(i)) }
                value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                i += 2
            } else if (0xDC00...0xDFFF).contains(first) {
                return .failure(.unpairedSurrogate(i))
            }
            UTF8Append.scalar(Unicode.Scalar(value)!, to: &out)
            i += 2
        }
        return .success(out)
    }

    enum UTF16Failure: Error {
        case oddLength
        case unpairedSurrogate(Int)
    }
}
