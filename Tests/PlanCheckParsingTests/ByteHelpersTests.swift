import PlanCheckCore
import Testing

@testable import PlanCheckParsing

/// The byte-level helpers the parser's speed depends on, each checked against the plain
/// standard-library answer on Vietnamese text, spaces of every kind and odd lengths.
@Suite struct ByteHelpersTests {
    static let texts = [
        "", "a", "Sở Thông tin và Truyền thông", "  Ủy ban nhân dân tỉnh\u{00A0}",
        "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
        "x\u{200B}y", "日本語 và 😀 emoji", "1234567", "12345678", "123456789", "ắằẳẵặ ấầẩẫậ ếềểễệ",
    ]

    @Test func scalarCountsMatchTheStandardLibrary() {
        for text in Self.texts {
            let n = text.utf8.count
            for from in 0...n {
                for to in from...n where isBoundary(text, from) && isBoundary(text, to) {
                    let expected = String(decoding: Array(text.utf8)[from..<to], as: UTF8.self).unicodeScalars
                        .count
                    #expect(
                        UTF8Scalars.count(text, from: from, to: to) == expected, "\(text) \(from)..<\(to)")
                }
            }
        }
    }

    @Test func scalarCountsOfLongTextsMatchTheStandardLibrary() {
        // Long runs exercise the word-at-a-time path and its periodic flush.
        for piece in ["ắằẳẵặ", "ĐỘC LẬP ", "a", "日本", "Sở Nội vụ chủ trì; "] {
            for repeats in [1, 31, 32, 33, 250, 1000] {
                let text = String(repeating: piece, count: repeats) + "x"
                #expect(UTF8Scalars.count(text) == text.unicodeScalars.count, "\(piece) × \(repeats)")
                #expect(
                    UTF8Scalars.count(text, from: 1) == text.unicodeScalars.count - 1
                        || piece.utf8.first! >= 0x80)
            }
        }
    }

    @Test func scalarOffsetsMatchTheStandardLibrary() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            for k in 0...(scalars.count + 1) {
                let expected = String(String.UnicodeScalarView(scalars.prefix(k))).utf8.count
                #expect(UTF8Scalars.offset(ofScalar: k, in: text) == expected)
            }
        }
    }

    @Test func byteSearchFindsNeedlesThatStartWithASpace() {
        let text = "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ chủ trì"
        let needle = " chủ trì"
        var expected: [Int] = []
        let bytes = Array(text.utf8)
        let n = Array(needle.utf8)
        for i in 0...(bytes.count - n.count) where Array(bytes[i..<(i + n.count)]) == n { expected.append(i) }
        var found: [Int] = []
        var from = 0
        while let at = ByteSearch.find(needle, in: text, from: from) {
            found.append(at)
            from = at + 1
        }
        #expect(found == expected)
        #expect(expected.count == 2)
        // A bound that cuts the needle finds nothing; a needle at offset 0 is found.
        #expect(ByteSearch.find(needle, in: text, from: 0, to: expected[0] + n.count - 1) == nil)
        #expect(ByteSearch.find(" Sở", in: " Sở Tư pháp") == 0)
        #expect(ByteSearch.find("   ", in: "a  b") == nil)
    }

    @Test func linesSplitLikeTheStandardLibrary() {
        for text in ["", "\n", "a\nb", "dòng 1\n\ndòng 3\n", "Ủy ban\nnhân dân"] {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(PlanParser.splitLines(text) == expected)
        }
    }

    @Test func keysOfAPrefixStopAtTheScalarLimit() {
        let text = "Sở Văn hóa, Thể thao và Du lịch"
        for limit in 0...40 {
            let expected = LooseKey.make(String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))))
            #expect(LooseKey.make(text, maxScalars: limit) == expected)
        }
        #expect(LooseKey.hasPrefix("  Nơi nhận:", "noi nhan"))
        #expect(!LooseKey.hasPrefix("Nơi", "noi nhan"))
        #expect(!LooseKey.hasPrefix("Nơi gửi", "noi nhan"))
    }

    @Test func firstScalarsDecodeLikeTheStandardLibrary() {
        for text in Self.texts where !text.isEmpty {
            let bytes = Array(text.utf8)
            let first = bytes.withUnsafeBufferPointer { UTF8Scalars.first(in: $0) }
            #expect(first == text.unicodeScalars.first)
            // Cut inside the first character: no scalar.
            let width = UTF8.width(text.unicodeScalars.first!)
            if width > 1 {
                #expect(
                    Array(bytes.prefix(width - 1)).withUnsafeBufferPointer { UTF8Scalars.first(in: $0) }
                        == nil)
            }
        }
    }

    @Test func agencySplitsFollowCapitalsAndCac() {
        func names(_ text: String) -> [String] {
            AgencyList.split(TextBlock(line: 1, text: text)).map(\.name)
        }
        #expect(
            names("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ") == [
                "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ",
            ])
        #expect(names("Sở Tư pháp, các sở, ban, ngành") == ["Sở Tư pháp", "các sở, ban, ngành"])
        #expect(
            names("UBND các huyện, thị xã, thành phố và Đài Phát thanh") == [
                "UBND các huyện, thị xã, thành phố", "Đài Phát thanh",
            ])
    }

    @Test func foldingLowerCasesVietnameseLettersInPlace() {
        let upper = "ĐỘC LẬP TỰ DO HẠNH PHÚC ĂN Ơ Ư Ĩ Ũ À Ả Ã Á Ạ Ằ Ẳ Ẵ Ắ Ặ Ầ Ẩ Ẫ Ấ Ậ Ề Ể Ễ Ế Ệ Ỳ Ỷ Ỹ Ý Ỵ"
        let folded = ScanText.fold(Array(upper.utf8))
        #expect(String(decoding: folded, as: UTF8.self) == upper.lowercased())
        // Everything else keeps its bytes, including four-byte scalars and a sequence cut short.
        for text in Self.texts + ["😀", "ĐỘC 😀 LẬP", "×÷ ß Ω"] {
            let bytes = Array(text.utf8)
            let out = ScanText.fold(bytes)
            #expect(out.count == bytes.count)
            #expect(String(decoding: out, as: UTF8.self) == reference(text))
            for cut in 0..<bytes.count {
                #expect(ScanText.fold(Array(bytes[0..<cut])).count == cut)
            }
        }
    }

    /// Lower-cases only the scalars whose lower case has the same UTF-8 length and that the
    /// parser folds (Latin letters up to U+1EFF): what `ScanText.fold` promises.
    private func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let lower = String(s).lowercased()
            let foldable =
                s.value < 0x80 || (0xC0...0x1B0).contains(s.value) || (0x1EA0...0x1EF9).contains(s.value)
            if foldable, lower.utf8.count == String(s).utf8.count, lower.unicodeScalars.count == 1,
                s != "×", s != "÷"
            {
                out.append(contentsOf: lower.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    @Test func theDatePrefilterPassesEveryTimeWordAndDigit() {
        for text in [
            "Thực hiện thường xuyên", "THƯỜNG XUYÊN", "báo cáo hằng năm", "HẰNG NĂM", "hàng quý",
            "HÀNG QUÝ", "định kỳ 6 tháng", "kể từ ngày ký", "trước ngày 30/11", "năm 2024",
        ] {
            #expect(DateExpressions.mayHoldDate(text), "\(text)")
        }
        for text in ["", "Sở Nội vụ chủ trì, phối hợp với các đơn vị", "Tuyên truyền về chuyển đổi số", "ờ"] {
            #expect(!DateExpressions.mayHoldDate(text), "\(text)")
        }
    }

    @Test func lettersWithoutCaseAreNeitherUpperNorLower() {
        #expect(LetterCase.of("Đ") == .upper)
        #expect(LetterCase.of("ữ") == .lower)
        #expect(LetterCase.of("中") == .none)
        #expect(LetterCase.of("\u{02BC}") == .none)  // modifier letter apostrophe
        #expect(LetterCase.of("Ω") == .upper)
        #expect(!SourceLine.isUpperCase("中文 中文"))
        // A caseless letter after a type code is no issuer code: no missing-hyphen repair.
        #expect(DocumentNumberParser.parse("12/QĐ中文").typeCode == nil)
        // A digit carrying a combining mark is not a serial digit.
        #expect(DocumentNumberParser.parse("0\u{301}9/KH-UBND").serial == nil)
    }

    private func isBoundary(_ text: String, _ offset: Int) -> Bool {
        let bytes = Array(text.utf8)
        return offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
