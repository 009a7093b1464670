/// Text from a plan or a file name, made safe to show to a person: in a terminal, a CI log, a
/// Markdown comment, an XML or HTML report.
///
/// A plan is someone else's document. Raw ESC and BEL can retitle a reviewer's terminal or clear
/// it, C1 controls (U+009B is CSI) do the same on terminals that honour them, a newline in a file
/// name forges a line that a CI log runs as a workflow command (`::error::…`), and the bidi
/// overrides reorder what the reader sees ("Trojan Source"). Every such character is written as a
/// visible escape in the style of Python's `repr`: `\x1B` up to U+00FF, `\u202E` in the rest of
/// the first plane, `\U000E0041` above it. The escape is for the eye, not for decoding: a backslash
/// in the text is left as it is, and the machine formats (JSON, SARIF) keep the exact text.
public enum DisplaySafe {
    /// Layout characters a caller may keep where its format uses them between records (a tab in
    /// a terminal excerpt, the line feed between lines of an HTML quote).
    public struct Kept: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let tab = Kept(rawValue: 1 << 0)
        public static let lineFeed = Kept(rawValue: 1 << 1)
        public static let carriageReturn = Kept(rawValue: 1 << 2)

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "\t": return contains(.tab)
            case "\n": return contains(.lineFeed)
            case "\r": return contains(.carriageReturn)
            default: return false
            }
        }
    }

    /// `text` with every hidden character (see `isHidden`) escaped, except those in `kept`.
    /// Without `kept` the result is one line with no control character at all.
    public static func escape(_ text: String, keeping kept: Kept = []) -> String {
        // Most messages and paths are printable ASCII: no copy for them.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isHidden(scalar) && !kept.contains(scalar) {
                out += visible(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when `text` has nothing `escape(_:keeping:)` would change.
    public static func isSafe(_ text: String, keeping kept: Kept = []) -> Bool {
        text.unicodeScalars.allSatisfy { !isHidden($0) || kept.contains($0) }
    }

    /// Characters that act instead of showing, or show nothing: C0 and C1 controls and DEL; line
    /// and paragraph separators; format characters (bidi embeddings, overrides and isolates, the
    /// marks LRM/RLM/ALM, zero-width spaces and joiners, soft hyphen, BOM, tags); other default-
    /// ignorable code points (Hangul fillers, invisible operators); and noncharacters, which XML
    /// forbids. Variation selectors stay: they only pick the glyph of the letter before them.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return true }
        // Printable ASCII, Latin-1 to IPA and the combining accents, and the precomposed
        // Vietnamese letters (U+1E00–U+1EFF) hold no hidden character but the soft hyphen: the
        // common case never reaches the property tables.
        if v < 0x034F { return v == 0xAD }
        if v >= 0x1E00 && v <= 0x1EFF { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: break
        }
        if properties.isNoncharacterCodePoint { return true }
        return properties.isDefaultIgnorableCodePoint && !properties.isVariationSelector
    }

    /// `\xHH`, `\uHHHH` or `\UHHHHHHHH`, upper-case hex.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        let (prefix, digits) = v <= 0xFF ? ("\\x", 2) : v <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
        let hex = String(v, radix: 16, uppercase: true)
        return prefix + String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }
}
