import PlanCheckCore

/// Unicode → legacy byte tables, derived from the decoding tables so that the two can only
/// disagree if a test of the round trip fails.
enum LegacyEncoders {
    static let tcvn3: [UInt32: [UInt8]] = {
        var map: [UInt32: [UInt8]] = [:]
        // Only punctuation and symbols: a Latin-1 capital such as "À" has no TCVN3 code even
        // though its Windows-1252 byte falls in a gap of the table.
        for byte in 0x80...0xBF where !LegacyTables.tcvn3IsLetter[byte] {
            map[LegacyTables.windows1252[byte].value] = [UInt8(byte)]
        }
        for (byte, scalar) in LegacyTables.tcvn3Letters { map[scalar.value] = [byte] }
        return map
    }()

    static let vni: [UInt32: [UInt8]] = {
        var map: [UInt32: [UInt8]] = [:]
        // VNI's letters and marks all sit at 0xC0 and above; below are punctuation and symbols.
        for byte in 0x80...0xBF {
            map[LegacyTables.windows1252[byte].value] = [UInt8(byte)]
        }
        var singles: [UInt32: UInt8] = [:]
        for (byte, scalar) in LegacyTables.vniSingles { singles[scalar.value] = byte }
        let bases: [(Unicode.Scalar, [LegacyTables.VNIMark.Shape])] = [
            ("a", [.none, .circumflex, .breve]), ("e", [.none, .circumflex]),
            ("o", [.none, .circumflex]), ("i", [.none]), ("u", [.none]), ("y", [.none]),
            ("ơ", [.none]), ("ư", [.none]),
        ]
        for (base, shapes) in bases {
            for shape in shapes {
                for tone in 0...5 {
                    addVNI(base: base, shape: shape, tone: tone, singles: singles, to: &map)
                }
            }
        }
        map[UInt32(("đ" as Unicode.Scalar).value)] = [0xF1]
        map[UInt32(("Đ" as Unicode.Scalar).value)] = [0xD1]
        return map
    }()

    /// Adds the lowercase and uppercase spelling of one letter.
    private static func addVNI(
        base: Unicode.Scalar, shape: LegacyTables.VNIMark.Shape, tone: Int,
        singles: [UInt32: UInt8], to map: inout [UInt32: [UInt8]]
    ) {
        var text = String(base)
        if shape == .circumflex { text.unicodeScalars.append("\u{302}") }
        if shape == .breve { text.unicodeScalars.append("\u{306}") }
        if tone > 0 { text.unicodeScalars.append(LegacyTables.toneMarks[tone]) }
        let lower = VietnameseText.nfc(text)
        for (letter, upper) in [(lower, false), (lower.uppercased(), true)] {
            let scalars = Array(letter.unicodeScalars)
            guard scalars.count == 1 else { continue }
            if let single = singles[scalars[0].value] {
                map[scalars[0].value] = [single]
                continue
            }
            let baseScalar = upper ? Unicode.Scalar(String(base).uppercased())! : base
            var bytes = [singles[baseScalar.value] ?? UInt8(baseScalar.value)]
            let markByte: UInt8? =
                shape == .none && tone == 0 ? nil : LegacyTables.vniMarkByte(shape: shape, tone: tone)
            if let markByte { bytes.append(upper ? markByte - 0x20 : markByte) }
            map[scalars[0].value] = bytes
        }
    }
}
