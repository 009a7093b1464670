import Foundation
import PlanCheckCore
import Testing

@testable import PlanCheckRules

/// The literal prefilter of profile patterns never changes an answer: on every pattern of the
/// shipped profiles and on texts in every case, with and without the lower-cased copy.
struct CompiledPatternsPrefilterTests {
    static let patterns = [
        "quyền con người", "nhân quyền", "biển,? đảo", "Biển Đông", "chủ quyền biển", "biên giới",
        "(kỷ niệm|kỉ niệm)", "Kế hoạch[^.]{0,80}thông tin đối ngoại", "\\bĐBSCL\\b", "a|b",
    ]
    static let texts = [
        "TUYÊN TRUYỀN VỀ QUYỀN CON NGƯỜI", "Nhân Quyền", "biển đảo", "BIỂN, ĐẢO", "biển Đông", "bien dao",
        "Chủ Quyền Biển", "BIÊN GIỚI", "KỶ NIỆM", "Kỉ niệm", "KẾ HOẠCH công tác THÔNG TIN ĐỐI NGOẠI",
        "đbscl", "ĐBSCL", "b", "ſ K", "nhân quyền\u{0301}", "",
    ]

    @Test func thePrefilterGivesTheExpressionsAnswer() {
        let compiled = CompiledPatterns(Self.patterns)
        for pattern in Self.patterns {
            for text in Self.texts {
                let plain = compiled.matches(pattern, text)
                let filtered = compiled.matches(
                    pattern, text, lowercased: VietnameseText.simpleLowercase(text))
                #expect(plain == filtered, "\(pattern) on \(text)")
            }
        }
        #expect(
            compiled.matches(
                "Biển Đông", "tuyên truyền về BIỂN ĐÔNG", lowercased: "tuyên truyền về biển đông"))
    }

    @Test func onlyTextsWhoseLowerCaseIsTheirFoldAreLowerCased() {
        #expect(VietnameseText.simpleLowercase("ỦY BAN NHÂN DÂN Ơ Ư") == "ủy ban nhân dân ơ ư")
        #expect(VietnameseText.simpleLowercase("Kelvin \u{212A}") == nil)
        #expect(VietnameseText.simpleLowercase("ſ") == nil)
        #expect(VietnameseText.simpleLowercase("İstanbul") == nil)
        #expect(VietnameseText.simpleLowercase("STRAßE") == nil)
    }

    /// Written into storage of the text's own size: every scalar it accepts must lower-case to the
    /// standard library's answer, one by one and all together.
    @Test func everyAcceptedScalarLowerCasesAsTheStandardLibraryDoes() {
        var all = ""
        for v in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "A" + String(Character(scalar)) + "Ơ"
            guard let lowered = VietnameseText.simpleLowercase(text) else { continue }
            #expect(lowered == text.lowercased(), "U+\(String(v, radix: 16))")
            all.unicodeScalars.append(scalar)
        }
        #expect(all.unicodeScalars.count > 600)
        #expect(VietnameseText.simpleLowercase(all) == all.lowercased())
    }
}
