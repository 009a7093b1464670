/// VNI writes a letter as its ASCII base followed by one diacritic byte that may carry both the
/// shape and the tone ("a"+"à" = ầ). Whether a byte is a diacritic depends on the letter before
/// it, so decoding and detection share this small state machine.
struct VNIScanner {
    private enum Base { case none, toneOnly, a, eo }
    private var base = Base.none
    private var hasShape = false
    private var hasTone = false
    /// The letter marks attach to, where its UTF-8 starts in the output, and the marks so far:
    /// a mark replaces the letter with the composed one, so the output is NFC as it is written.
    private var baseScalar: Unicode.Scalar = "a"
    private var baseStart = 0
    private var shape = LegacyTables.VNIMark.Shape.none
    private var tone = 0
    /// Counters the detector reads: high bytes that made sense here, and those that did not.
    private(set) var validHigh = 0
    private(set) var invalidHigh = 0
    private(set) var tonesInWord = 0

    mutating func step(_ byte: UInt8, into out: inout [UInt8]) {
        if byte < 0x80 {
            stepASCII(byte)
            baseScalar = Unicode.Scalar(byte)
            baseStart = out.count
            out.append(byte)
        } else if let letter = LegacyTables.vniSingleByByte[Int(byte)] {
            validHigh += 1
            let isBase = letter == "ơ" || letter == "Ơ" || letter == "ư" || letter == "Ư"
            if !isBase && letter != "đ" && letter != "Đ" { tonesInWord += 1 }
            setBase(isBase ? .toneOnly : .none)
            baseScalar = letter
            baseStart = out.count
            UTF8Append.scalar(letter, to: &out)
        } else if let mark = attachableMark(byte) {
            validHigh += 1
            if mark.shape != .none {
                hasShape = true
                shape = mark.shape
            }
            if mark.tone > 0 {
                hasTone = true
                tonesInWord += 1
                tone = mark.tone
            }
            out.removeSubrange(min(baseStart, out.count)...)
            UTF8Append.scalar(LegacyTables.vniCompose(baseScalar, shape, tone), to: &out)
        } else {
            if byte >= 0xA0 { invalidHigh += 1 }
            setBase(.none)
            UTF8Append.scalar(LegacyTables.windows1252[Int(byte)], to: &out)
        }
    }

    /// Starts counting a new word for the detector.
    mutating func resetWord() { tonesInWord = 0 }

    private mutating func stepASCII(_ byte: UInt8) {
        switch byte | 0x20 {
        case UInt8(ascii: "a"): setBase(.a)
        case UInt8(ascii: "e"), UInt8(ascii: "o"): setBase(.eo)
        case UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "y"): setBase(.toneOnly)
        default: setBase(.none)
        }
        if !Self.isLetter(byte) { setBase(.none) }
    }

    private mutating func setBase(_ newBase: Base) {
        base = newBase
        hasShape = false
        hasTone = false
        shape = .none
        tone = 0
    }

    /// The mark a byte adds to the current letter, if that letter can take it.
    private func attachableMark(_ byte: UInt8) -> LegacyTables.VNIMark? {
        let lower = (0xC0...0xDF).contains(byte) ? byte + 0x20 : byte
        guard let mark = LegacyTables.vniMarkByByte[Int(lower)], base != .none, !hasTone else { return nil }
        switch mark.shape {
        case .circumflex: return (base == .a || base == .eo) && !hasShape ? mark : nil
        case .breve: return base == .a && !hasShape ? mark : nil
        case .none: return mark
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
