import PlanCheckCore
import PlanCheckParsing
import Testing

/// Every Vietnamese vowel with every tone (none, huyền, sắc, hỏi, ngã, nặng), written out by hand
/// so the tables are checked against text, not against themselves.
private let lowercaseLetters = [
    "a", "à", "á", "ả", "ã", "ạ", "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ", "â", "ầ", "ấ", "ẩ", "ẫ", "ậ",
    "e", "è", "é", "ẻ", "ẽ", "ẹ", "ê", "ề", "ế", "ể", "ễ", "ệ", "i", "ì", "í", "ỉ", "ĩ", "ị",
    "o", "ò", "ó", "ỏ", "õ", "ọ", "ô", "ồ", "ố", "ổ", "ỗ", "ộ", "ơ", "ờ", "ớ", "ở", "ỡ", "ợ",
    "u", "ù", "ú", "ủ", "ũ", "ụ", "ư", "ừ", "ứ", "ử", "ữ", "ự", "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ", "đ",
]
private let allLetters = lowercaseLetters + lowercaseLetters.map { $0.uppercased() }

/// Windows-1252 text of legacy bytes, as Word stores a run set in a legacy font. Letter codes are
/// all at 0xA1 and above, where Windows-1252 equals Latin-1.
private func fontText(_ bytes: [UInt8]) -> String {
    String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
}

@Test func everyLetterCountIsComplete() {
    #expect(lowercaseLetters.count == 73)
    #expect(Set(allLetters).count == 146)
}

@Test func tcvn3RoundTripsEveryLowercaseLetterAndTheShapedCapitals() throws {
    let shapedCapitals = ["A", "Ă", "Â", "E", "Ê", "I", "O", "Ô", "Ơ", "U", "Ư", "Y", "Đ"]
    for letter in lowercaseLetters + shapedCapitals {
        let bytes = try #require(LegacyVietnameseEncoding.tcvn3.encode(letter), "\(letter)")
        #expect(bytes.count == 1, "\(letter)")
        #expect(LegacyVietnameseEncoding.tcvn3.decode(bytes) == letter)
    }
}

@Test func tcvn3HasNoCodeForTonedCapitals() {
    #expect(LegacyVietnameseEncoding.tcvn3.encode("Ấ") == nil)
    #expect(LegacyVietnameseEncoding.tcvn3.encode("À") == nil)
}

@Test func tcvn3UppercaseFontsTurnEveryLowercaseCodeIntoItsCapital() throws {
    for letter in lowercaseLetters {
        let bytes = try #require(LegacyVietnameseEncoding.tcvn3.encode(letter))
        let capital = LegacyVietnameseEncoding.tcvn3.convert(fontText: fontText(bytes), uppercaseFont: true)
        #expect(capital == letter.uppercased(), "\(letter)")
        let plain = LegacyVietnameseEncoding.tcvn3.convert(fontText: fontText(bytes), uppercaseFont: false)
        #expect(plain == letter)
    }
}

@Test func tcvn3BytesMatchTheStandardTable() {
    // Bytes 0xA1–0xFE in order, "_" where VN3 has no letter: transcribed from glibc's
    // TCVN5712-1 converter, whose upper half is the VN3 table, so it checks ours independently.
    let standard = Array(
        "ĂÂÊÔƠƯĐăâêôơưđ______àảãáạ_ằẳẵắ_______ặầẩẫấậè_ẻẽéẹềểễếệìỉ___ĩíịò_ỏõóọồổỗốộờởỡớợù_ủũúụừửữứựỳỷỹýỵ")
    #expect(standard.count == 0xFE - 0xA1 + 1)
    for (index, letter) in standard.enumerated() where letter != "_" {
        let byte = UInt8(0xA1 + index)
        #expect(
            LegacyVietnameseEncoding.tcvn3.decode([byte]) == String(letter), "0x\(String(byte, radix: 16))")
    }
}

@Test func vniRoundTripsEveryLetterInBothCases() throws {
    for letter in allLetters {
        let bytes = try #require(LegacyVietnameseEncoding.vniWindows.encode(letter), "\(letter)")
        #expect(LegacyVietnameseEncoding.vniWindows.decode(bytes) == letter, "\(letter) \(bytes)")
        let viaFont = LegacyVietnameseEncoding.vniWindows.convert(
            fontText: fontText(bytes), uppercaseFont: false)
        #expect(viaFont == letter)
    }
}

@Test func vniSpellingsMatchTheKnownForms() {
    let expected: [(String, String)] = [
        ("a\u{F9}", "á"), ("a\u{F8}", "à"), ("a\u{FB}", "ả"), ("a\u{F5}", "ã"), ("a\u{EF}", "ạ"),
        ("a\u{EA}", "ă"), ("a\u{E9}", "ắ"), ("a\u{E8}", "ằ"), ("a\u{FA}", "ẳ"), ("a\u{FC}", "ẵ"),
        ("a\u{EB}", "ặ"), ("a\u{E2}", "â"), ("a\u{E1}", "ấ"), ("a\u{E0}", "ầ"), ("a\u{E5}", "ẩ"),
        ("a\u{E3}", "ẫ"), ("a\u{E4}", "ậ"), ("\u{F4}\u{F9}", "ớ"), ("\u{F6}\u{EF}", "ự"),
        ("\u{F1}", "đ"), ("\u{D1}", "Đ"), ("\u{D2}", "Ị"), ("\u{F3}", "ĩ"), ("\u{E6}", "ỉ"),
        ("\u{EE}", "ỵ"), ("\u{EC}", "ì"), ("\u{ED}", "í"), ("\u{CD}", "Í"), ("\u{D4}", "Ơ"),
        ("\u{D6}", "Ư"), ("\u{CE}", "Ỵ"), ("A\u{C9}", "Ắ"), ("E\u{C4}", "Ệ"), ("O\u{C2}", "Ô"),
        ("U\u{DB}", "Ủ"), ("U\u{FB}", "Ủ"),
    ]
    for (spelling, letter) in expected {
        let bytes = spelling.unicodeScalars.map { UInt8($0.value) }
        #expect(LegacyVietnameseEncoding.vniWindows.decode(bytes) == letter, "\(spelling)")
    }
}

private let sentence = "Kế hoạch công tác thông tin đối ngoại năm 2024 của Ủy ban nhân dân huyện"

/// Bytes as typed in the legacy encoding (mojibake as seen in real files).
private func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

@Test func realisticTCVN3SentenceDecodes() throws {
    let bytes = latin1(
        "K\u{D5} ho\u{B9}ch c\u{AB}ng t\u{B8}c th\u{AB}ng tin \u{AE}\u{E8}i ngo\u{B9}i n\u{A8}m 2024 c\u{F1}a \u{F1}y ban nh\u{A9}n d\u{A9}n huy\u{D6}n"
    )
    #expect(
        LegacyVietnameseEncoding.tcvn3.decode(bytes) == sentence.replacingOccurrences(of: "Ủy", with: "ủy"))
    #expect(LegacyVietnameseEncoding.detect(bytes) == .tcvn3)
    let decoded = try TextDecoder.decode(bytes, path: "kh.txt")
    #expect(decoded.encoding == "tcvn3")
    #expect(decoded.text.hasPrefix("Kế hoạch công tác"))
    // A heading set in .VnTimeH: the same lowercase codes, drawn as capitals.
    let heading = LegacyVietnameseEncoding.tcvn3.convert(
        fontText: "\u{F1}y ban nh\u{A9}n d\u{A9}n", uppercaseFont: true)
    #expect(heading == "ỦY BAN NHÂN DÂN")
}

@Test func realisticVNISentenceDecodes() throws {
    let bytes = latin1(
        "Ke\u{E1} hoa\u{EF}ch co\u{E2}ng ta\u{F9}c tho\u{E2}ng tin \u{F1}o\u{E1}i ngoa\u{EF}i na\u{EA}m 2024 cu\u{FB}a U\u{DB}y ban nha\u{E2}n da\u{E2}n huye\u{E4}n"
    )
    #expect(LegacyVietnameseEncoding.vniWindows.decode(bytes) == sentence)
    #expect(LegacyVietnameseEncoding.detect(bytes) == .vniWindows)
    let decoded = try TextDecoder.decode(bytes + [0x0D, 0x0A], path: "kh.txt")
    #expect(decoded == DecodedText(text: sentence + "\n", encoding: "vni-windows"))
}

@Test func famousMottoDecodesInBothEncodings() {
    let motto = "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập - Tự do - Hạnh phúc"
    let tcvn = latin1(
        "C\u{E9}ng h\u{DF}a x\u{B7} h\u{E9}i ch\u{F1} ngh\u{DC}a Vi\u{D6}t Nam \u{A7}\u{E9}c l\u{CB}p - T\u{F9} do - H\u{B9}nh ph\u{F3}c"
    )
    let vni = latin1(
        "Co\u{E4}ng ho\u{F8}a xa\u{F5} ho\u{E4}i chu\u{FB} ngh\u{F3}a Vie\u{E4}t Nam \u{D1}o\u{E4}c la\u{E4}p - T\u{F6}\u{EF} do - Ha\u{EF}nh phu\u{F9}c"
    )
    #expect(LegacyVietnameseEncoding.tcvn3.decode(tcvn) == motto)
    #expect(LegacyVietnameseEncoding.vniWindows.decode(vni) == motto)
    #expect(LegacyVietnameseEncoding.detect(tcvn) == .tcvn3)
    #expect(LegacyVietnameseEncoding.detect(vni) == .vniWindows)
}

@Test func aLongerLegacyTextIsDetectedWithTheRightEncoding() throws {
    let text = String(
        repeating: sentence + ". Đoàn kết, phát triển bền vững, nâng cao hiệu quả được giao.\n", count: 20)
    let tcvn = try #require(
        LegacyVietnameseEncoding.tcvn3.encode(text.replacingOccurrences(of: "Ủy", with: "ủy")))
    let vni = try #require(LegacyVietnameseEncoding.vniWindows.encode(text))
    #expect(LegacyVietnameseEncoding.detect(tcvn) == .tcvn3)
    #expect(LegacyVietnameseEncoding.detect(vni) == .vniWindows)
    #expect(LegacyVietnameseEncoding.detect(Array(text.utf8)) == nil)
}

@Test func fontNamesMapToTheirEncodings() {
    #expect(LegacyVietnameseEncoding.forFont(named: ".VnTime")! == (.tcvn3, false))
    #expect(LegacyVietnameseEncoding.forFont(named: ".VnTimeH")! == (.tcvn3, true))
    #expect(LegacyVietnameseEncoding.forFont(named: ".VnArialH")! == (.tcvn3, true))
    #expect(LegacyVietnameseEncoding.forFont(named: ".VnArial")! == (.tcvn3, false))
    #expect(LegacyVietnameseEncoding.forFont(named: "VNI-Times")! == (.vniWindows, false))
    #expect(LegacyVietnameseEncoding.forFont(named: "Times New Roman") == nil)
    #expect(LegacyVietnameseEncoding.forFont(named: "Arial") == nil)
}

@Test func unicodeCharactersInALegacyFontRunPassThrough() {
    #expect(
        LegacyVietnameseEncoding.tcvn3.convert(fontText: "Việt \u{201C}k\u{D5}\u{201D}", uppercaseFont: false)
            == "Việt “kế”")
}

@Test func vniCapitalHeadingDecodes() {
    let bytes = latin1("U\u{DB}Y BAN NHA\u{C2}N DA\u{C2}N HUYE\u{C4}N - \u{D1}OA\u{D8}N KE\u{C1}T")
    #expect(LegacyVietnameseEncoding.vniWindows.decode(bytes) == "ỦY BAN NHÂN DÂN HUYỆN - ĐOÀN KẾT")
}

@Test func aSingleAccentedWordIsTooLittleEvidence() {
    #expect(LegacyVietnameseEncoding.detect(latin1("Jos\u{E9}")) == nil)
    #expect(LegacyVietnameseEncoding.detect(latin1("caf\u{E9} and more words here")) == nil)
}

@Test func tcvn3TextWithALegacyWindowsLineEndingDecodesThroughTheFilePath() throws {
    let bytes = latin1("KÕ ho¹ch\r\nc«ng t¸c\r\nth«ng tin ®èi ngo¹i\r\n")
    #expect(
        try TextDecoder.decode(bytes, path: "a.txt")
            == DecodedText(text: "Kế hoạch\ncông tác\nthông tin đối ngoại\n", encoding: "tcvn3"))
}
