/// The accent-free, lower-case, single-spaced key used to compare short labels ("MỤC ĐÍCH, YẾU
/// CẦU" → "muc dich yeu cau"). One pass over the scalars with a lookup table: this runs on every
/// line of every document, so it must not allocate per character or call `lowercased()`.
public enum LooseKey {
    public static func make(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let folded = fold(scalar)
            if folded == 0 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(folded)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `make(text)` would start with `prefix` (itself a key), reading only as far as needed.
    public static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let want = Array(prefix.utf8)
        var i = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if i == want.count { return true }
            let folded = fold(scalar)
            if folded == 0 {
                pendingSpace = i > 0
                continue
            }
            if pendingSpace {
                guard want[i] == 0x20 else { return false }
                i += 1
                pendingSpace = false
                if i == want.count { return true }
            }
            guard want[i] == folded else { return false }
            i += 1
        }
        return i == want.count
    }

    /// ASCII letter or digit for a scalar (Vietnamese letters lose their marks, đ → d), or 0 for
    /// anything that separates words.
    @inline(__always) static func fold(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 { return b }
            if b >= 0x41 && b <= 0x5A { return b + 32 }
            return 0
        }
        if v >= base && v < base + UInt32(table.count) { return table[Int(v - base)] }
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
