import PlanCheckCore
import Testing

struct DisplaySafeTests {
    @Test func everyC0AndC1ControlAndDeleteBecomesAVisibleHexEscape() {
        let controls = Array(0x00..<0x20) + Array(0x7F...0x9F)
        for v in controls {
            let scalar = Unicode.Scalar(UInt32(v))!
            let hex = String(v, radix: 16, uppercase: true)
            let expected = "\\x" + (hex.count == 1 ? "0" : "") + hex
            #expect(DisplaySafe.escape("a" + String(scalar) + "b") == "a\(expected)b")
        }
    }

    @Test func escapeSequencesThatRetitleOrClearATerminalAreDefused() {
        let hostile = "Kế hoạch\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"
        let safe = DisplaySafe.escape(hostile)
        #expect(safe == "Kế hoạch\\x1B]0;pwned\\x07\\x1B[2J\\x9B31m")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func bidiOverridesIsolatesAndMarksAreEscaped() {
        let text = "số \u{202A}1\u{202B}2\u{202C}3\u{202D}4\u{202E}5\u{2066}6\u{2067}7\u{2068}8\u{2069}9"
        #expect(
            DisplaySafe.escape(text)
                == "số \\u202A1\\u202B2\\u202C3\\u202D4\\u202E5\\u20666\\u20677\\u20688\\u20699")
        #expect(DisplaySafe.escape("\u{200E}a\u{200F}b\u{061C}") == "\\u200Ea\\u200Fb\\u061C")
    }

    @Test func invisibleFormatCharactersAndSeparatorsAreEscaped() {
        #expect(
            DisplaySafe.escape("a\u{200B}b\u{200D}c\u{FEFF}d\u{AD}e") == "a\\u200Bb\\u200Dc\\uFEFFd\\xADe")
        #expect(DisplaySafe.escape("a\u{2028}b\u{2029}c") == "a\\u2028b\\u2029c")
        #expect(DisplaySafe.escape("\u{3164}\u{115F}") == "\\u3164\\u115F")
        #expect(DisplaySafe.escape("tag\u{E0041}") == "tag\\U000E0041")
        // Swift refuses noncharacters in literals.
        let nonCharacters = String(String.UnicodeScalarView([0xFFFE, 0xFDD0].map { Unicode.Scalar($0)! }))
        #expect(DisplaySafe.escape("x" + nonCharacters) == "x\\uFFFE\\uFDD0")
    }

    @Test func vietnameseTextPrecomposedOrDecomposedIsUnchanged() {
        let samples = [
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG AN — Kế hoạch số 12/KH-UBND, ngày 05 tháng 3 năm 2024",
            "Đẩy mạnh ứng dụng công nghệ thông tin; “trích dẫn” ‘đơn’ … € ½ № ①",
            "Vie\u{0323}\u{0302}t Nam ho\u{0300}a",
            "ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵýđĐơưƠƯ",
            "❤️ 👍🏽 中文",
        ]
        for s in samples {
            #expect(DisplaySafe.escape(s) == s)
            #expect(DisplaySafe.isSafe(s))
        }
    }

    @Test func tabLineFeedAndCarriageReturnAreKeptOnlyWhenAsked() {
        let text = "a\tb\nc\rd"
        #expect(DisplaySafe.escape(text) == "a\\x09b\\x0Ac\\x0Dd")
        #expect(DisplaySafe.escape(text, keeping: .tab) == "a\tb\\x0Ac\\x0Dd")
        #expect(DisplaySafe.escape(text, keeping: [.tab, .lineFeed]) == "a\tb\nc\\x0Dd")
        #expect(DisplaySafe.escape(text, keeping: [.lineFeed, .carriageReturn]) == "a\\x09b\nc\rd")
        #expect(!DisplaySafe.isSafe(text, keeping: [.tab, .lineFeed]))
        #expect(DisplaySafe.isSafe(text, keeping: [.tab, .lineFeed, .carriageReturn]))
    }

    @Test func aForgedFileNameBecomesOneHarmlessLine() {
        let name = "x\n::error file=a.md::giả mạo\r\u{1B}[8m.md"
        let safe = DisplaySafe.escape(name)
        #expect(safe == "x\\x0A::error file=a.md::giả mạo\\x0D\\x1B[8m.md")
        #expect(!safe.contains("\n") && !safe.contains("\r"))
        #expect(DisplaySafe.isSafe(safe))
        #expect(DisplaySafe.escape(safe) == safe)
    }

    /// The shortcut ranges for ASCII, Latin letters, accents and Vietnamese (all below U+2000)
    /// must agree with the Unicode properties, or a hidden character could slip through them;
    /// above them `isHidden` asks the properties themselves.
    @Test func theFastPathAgreesWithTheUnicodePropertiesOnTheFirstScalars() {
        var disagreements: [UInt32] = []
        for v in UInt32(0)..<0x2000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let p = scalar.properties
            let category = [.control, .format, .lineSeparator, .paragraphSeparator].contains(
                p.generalCategory)
            let reference =
                category || p.isNoncharacterCodePoint
                || (p.isDefaultIgnorableCodePoint && !p.isVariationSelector)
            if DisplaySafe.isHidden(scalar) != reference { disagreements.append(v) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).map { String($0, radix: 16) })")
    }
}
