import PlanCheckCore

/// Byte tables of the two legacy Vietnamese encodings still produced by government offices.
/// The TCVN3 rows were cross-checked against glibc's TCVN5712-1 converter (positions 0xA1–0xFE
/// agree); the VNI rows against well-known mojibake ("Coäng hoøa", "Ñoäc laäp - Töï do").
enum LegacyTables {
    // MARK: TCVN3 (TCVN 5712:1993, VN3 / "ABC", .VnTime fonts)

    /// VN3 only has lowercase toned letters plus the seven shaped capitals. The gaps of the
    /// 0xA1–0xFF area hold capitals in VN1, but offices type capitals with the ".VnTimeH" fonts,
    /// which draw these same lowercase codes as capitals, so gaps are left as Windows-1252.
    static let tcvn3Letters: [(UInt8, Unicode.Scalar)] = [
        (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
        (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
        (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
        (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
        (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
        (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
        (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
        (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
        (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
        (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
        (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
        (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
        (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
        (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
    ]

    /// Byte → scalar for decoding TCVN3: ASCII, Windows-1252 punctuation (offices' curly quotes
    /// and dashes survive), and the letters above.
    static let tcvn3Decode: [Unicode.Scalar] = {
        var table = windows1252
        for (byte, scalar) in tcvn3Letters { table[Int(byte)] = scalar }
        return table
    }()

    /// Whether a byte is a TCVN3 letter, and whether it carries a tone (for the one-tone-per-
    /// syllable plausibility test of the detector).
    static let tcvn3IsLetter: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for (byte, _) in tcvn3Letters { table[Int(byte)] = true }
        return table
    }()

    static func tcvn3IsToned(_ byte: UInt8) -> Bool { byte >= 0xB5 && tcvn3IsLetter[Int(byte)] }

    // MARK: VNI-Windows

    /// What a VNI diacritic byte adds to the letter before it. Uppercase text uses the byte
    /// 0x20 lower (Windows-1252 capital); both are accepted after either case, as real files mix.
    struct VNIMark {
        enum Shape { case none, circumflex, breve }
        var shape: Shape
        var tone: Int  // 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng
    }

    static let vniMarks: [UInt8: VNIMark] = [
        0xE2: VNIMark(shape: .circumflex, tone: 0), 0xE0: VNIMark(shape: .circumflex, tone: 1),
        0xE1: VNIMark(shape: .circumflex, tone: 2), 0xE5: VNIMark(shape: .circumflex, tone: 3),
        0xE3: VNIMark(shape: .circumflex, tone: 4), 0xE4: VNIMark(shape: .circumflex, tone: 5),
        0xEA: VNIMark(shape: .breve, tone: 0), 0xE8: VNIMark(shape: .breve, tone: 1),
        0xE9: VNIMark(shape: .breve, tone: 2), 0xFA: VNIMark(shape: .breve, tone: 3),
        0xFC: VNIMark(shape: .breve, tone: 4), 0xEB: VNIMark(shape: .breve, tone: 5),
        0xF8: VNIMark(shape: .none, tone: 1), 0xF9: VNIMark(shape: .none, tone: 2),
        0xFB: VNIMark(shape: .none, tone: 3), 0xF5: VNIMark(shape: .none, tone: 4),
        0xEF: VNIMark(shape: .none, tone: 5),
    ]

    /// Letters VNI stores as one byte: đ, ơ, ư, the toned i's and ỵ.
    static let vniSingles: [UInt8: Unicode.Scalar] = [
        0xF1: "đ", 0xD1: "Đ", 0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư",
        0xEC: "ì", 0xCC: "Ì", 0xED: "í", 0xCD: "Í", 0xE6: "ỉ", 0xC6: "Ỉ",
        0xF3: "ĩ", 0xD3: "Ĩ", 0xF2: "ị", 0xD2: "Ị", 0xEE: "ỵ", 0xCE: "Ỵ",
    ]

    /// The two tables above indexed by byte, as decoding looks them up for every high byte.
    static let vniMarkByByte: [VNIMark?] = (0..<256).map { vniMarks[UInt8($0)] }
    static let vniSingleByByte: [Unicode.Scalar?] = (0..<256).map { vniSingles[UInt8($0)] }

    /// Base letter + shape + tone → the precomposed letter, built once with NFC so the decoder
    /// composes with one lookup.
    static let vniComposed: [UInt64: Unicode.Scalar] = {
        var map: [UInt64: Unicode.Scalar] = [:]
        for base in "aeiouyAEIOUYơưƠƯ".unicodeScalars {
            for shape in [VNIMark.Shape.none, .circumflex, .breve] {
                for tone in 0...5 {
                    var text = String(base)
                    if shape == .circumflex { text.unicodeScalars.append("\u{302}") }
                    if shape == .breve { text.unicodeScalars.append("\u{306}") }
                    if tone > 0 { text.unicodeScalars.append(toneMarks[tone]) }
                    let scalars = Array(VietnameseText.nfc(text).unicodeScalars)
                    if scalars.count == 1 { map[composeKey(base, shape, tone)] = scalars[0] }
                }
            }
        }
        return map
    }()

    private static func composeKey(_ base: Unicode.Scalar, _ shape: VNIMark.Shape, _ tone: Int) -> UInt64 {
        let shapeCode: UInt64 = shape == .none ? 0 : shape == .circumflex ? 1 : 2
        return UInt64(base.value) << 8 | shapeCode << 4 | UInt64(tone)
    }

    static func vniCompose(_ base: Unicode.Scalar, _ shape: VNIMark.Shape, _ tone: Int) -> Unicode.Scalar {
        vniComposed[composeKey(base, shape, tone)] ?? base
    }

    /// Combining marks in tone order (index = tone).
    static let toneMarks: [Unicode.Scalar] = ["\u{0}", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]

    /// The VNI byte for a shape and tone, lowercase form (the inverse of `vniMarks`).
    static func vniMarkByte(shape: VNIMark.Shape, tone: Int) -> UInt8? {
        vniMarks.first { $0.value.shape == shape && $0.value.tone == tone }?.key
    }

    // MARK: Windows-1252

    /// Word stores each legacy-font byte as the Windows-1252 character for it.
    static let windows1252: [Unicode.Scalar] = {
        var table = (0..<256).map { Unicode.Scalar(UInt8($0)) }
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        for (i, value) in high.enumerated() { table[0x80 + i] = Unicode.Scalar(value)! }
        return table
    }()

    static let windows1252Inverse: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for (byte, scalar) in windows1252.enumerated() { map[scalar.value] = UInt8(byte) }
        return map
    }()

    /// The byte a Word run in a legacy font stands for. Symbol-style fonts are sometimes stored
    /// in the U+F000 private-use page, so that page maps back too.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 { return UInt8(scalar.value) }
        if (0xF020...0xF0FF).contains(scalar.value) { return UInt8(scalar.value - 0xF000) }
        return windows1252Inverse[scalar.value]
    }
}
