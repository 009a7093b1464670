/// The accent-free, lower-case, single-spaced key used to compare short labels ("MỤC ĐÍCH, YẾU
/// CẦU" → "muc dich yeu cau"). One pass over the scalars with a lookup table: this runs on every
/// line of every document, so it must not allocate per character or call `lowercased()`.
public enum LooseKey {
    public static func make(_ text: String) -> String { make(text, maxScalars: Int.max) }

    /// The key of the first `maxScalars` scalars of `text` only (a head word, never a paragraph).
    public static func make(_ text: String, maxScalars: Int) -> String {
        var text = text
        let count = text.utf8.count
        guard count > 0 else { return "" }
        return text.withUTF8 { make(utf8: $0, maxScalars: maxScalars) }
    }

    /// The key of valid UTF-8 bytes (a truncated last sequence counts as a separator).
    public static func make(utf8 input: UnsafeBufferPointer<UInt8>, maxScalars: Int = .max) -> String {
        guard input.count > 0 else { return "" }
        // At most one byte per scalar read: a head word's key (≤ 15 bytes) stays inline.
        return String(unsafeUninitializedCapacity: min(input.count, maxScalars)) { out in
            fillKey(input, maxScalars: maxScalars, into: out)
        }
    }

    /// Calls `body` with the key of the first `maxScalars` scalars of `bytes`, built in a stack
    /// buffer: for tests on a key that is never kept (a key over 15 bytes would be a heap string).
    /// Inlinable so that callers in other modules get it specialised; the work is in `fillKey`.
    @inlinable
    public static func withKey<R>(
        utf8 bytes: UnsafeBufferPointer<UInt8>, maxScalars: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let capacity = min(bytes.count, maxScalars)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { out in
            let n = fillKey(bytes, maxScalars: maxScalars, into: out)
            return body(UnsafeBufferPointer(rebasing: out[0..<n]))
        }
    }

    /// Writes the key into `out` (at least min(bytes, maxScalars) long); returns its length.
    @usableFromInline
    static func fillKey(
        _ bytes: UnsafeBufferPointer<UInt8>, maxScalars: Int, into out: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        // The table is read through a local buffer: touching the global on every scalar cost a
        // `swift_once` check per character.
        table.withUnsafeBufferPointer { folds -> Int in
            var w = 0
            var pendingSpace = false
            forEachScalar(bytes, maxScalars: maxScalars) { value in
                let folded = fold(value, folds)
                if folded == 0 {
                    pendingSpace = w > 0
                    return true
                }
                if pendingSpace {
                    out[w] = 0x20
                    w += 1
                    pendingSpace = false
                }
                out[w] = folded
                w += 1
                return true
            }
            return w
        }
    }

    /// The same for the first `maxScalars` scalars of `text`.
    @inlinable
    public static func withKey<R>(_ text: String, maxScalars: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R)
        -> R
    {
        var text = text
        return text.withUTF8 { withKey(utf8: $0, maxScalars: maxScalars, body) }
    }

    /// True when `make(text)` would start with `prefix` (itself a key), reading only as far as needed.
    public static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var text = text
        var prefix = prefix
        return prefix.withUTF8 { want in
            text.withUTF8 { input in
                var i = 0
                var pendingSpace = false
                var failed = false
                forEachScalar(input, maxScalars: Int.max) { value in
                    if i == want.count { return false }
                    let folded = fold(value)
                    if folded == 0 {
                        pendingSpace = i > 0
                        return true
                    }
                    if pendingSpace {
                        guard want[i] == 0x20 else {
                            failed = true
                            return false
                        }
                        i += 1
                        pendingSpace = false
                        if i == want.count { return false }
                    }
                    guard want[i] == folded else {
                        failed = true
                        return false
                    }
                    i += 1
                    return true
                }
                return !failed && i == want.count
            }
        }
    }

    /// Decodes the scalars of valid UTF-8 (what a String holds) without the standard library's
    /// checks; `body` returns false to stop.
    @inline(__always)
    static func forEachScalar(_ b: UnsafeBufferPointer<UInt8>, maxScalars: Int, _ body: (UInt32) -> Bool) {
        var i = 0
        var n = 0
        let count = b.count
        while i < count, n < maxScalars {
            let lead = b[i]
            let value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                i += 1
            } else if lead < 0xE0, i + 1 < count {
                value = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0, i + 2 < count {
                value = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                i += 3
            } else {
                // Four-byte scalars (emoji, rare CJK) separate words like any other symbol.
                value = 0x10000
                i += lead >= 0xF0 ? 4 : 1
            }
            n += 1
            guard body(value) else { return }
        }
    }

    /// ASCII letter or digit for a scalar (Vietnamese letters lose their marks, đ → d), or 0 for
    /// anything that separates words.
    @inline(__always) static func fold(_ s: Unicode.Scalar) -> UInt8 { fold(s.value) }

    @inline(__always) static func fold(_ v: UInt32) -> UInt8 {
        table.withUnsafeBufferPointer { fold(v, $0) }
    }

    @inline(__always) static func fold(_ v: UInt32, _ folds: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 { return b }
            if b >= 0x41 && b <= 0x5A { return b + 32 }
            return 0
        }
        if v >= base && v < base + UInt32(folds.count) { return folds[Int(v - base)] }
        return 0
    }

    static let base: UInt32 = 0xC0

    /// Folded ASCII for U+00C0 … U+1EFF, built once from the Vietnamese vowel rows in both cases.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x1F00 - 0xC0)
        func set(_ s: Unicode.Scalar, _ ascii: UInt8) {
            if s.value >= base && s.value < 0x1F00 { t[Int(s.value - base)] = ascii }
        }
        for row in VietnameseText.rows {
            let plain = VietnameseText.plainOf[row[0]] ?? row[0]
            let ascii = UInt8(plain.value)
            for scalar in row {
                set(scalar, ascii)
                for upper in String(scalar).uppercased().unicodeScalars { set(upper, ascii) }
            }
        }
        set("đ", 0x64)
        set("Đ", 0x64)
        // OCR sometimes gives the Icelandic eth for Đ.
        set("\u{00D0}", 0x64)
        return t
    }()
}
