import Foundation
import PlanCheckCore
import Testing

struct RequiredLiteralsTests {
    @Test func theLevelTermsOfTheRegistryGiveTheirWords() {
        #expect(
            RequiredLiterals.of("\\b(UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (các )?(huyện|quận|thị xã)\\b")
                == ["huyện", "quận", "thị xã"])
        #expect(RequiredLiterals.of("\\bHuyện ủy\\b") == ["Huyện ủy"])
        // Both the opening word and the level are required; the longer shortest member is kept.
        #expect(RequiredLiterals.of("\\bPhòng [^,;.]{1,60} (huyện|quận|thị xã)\\b") == ["Phòng "])
        #expect(RequiredLiterals.of("\\bthị trấn\\b") == ["thị trấn"])
    }

    @Test func optionalAndRepeatedPartsAreReadAsTheyMatch() {
        #expect(RequiredLiterals.of("colou?r") == ["colo"])
        #expect(RequiredLiterals.of("ab+c") == ["ab"])
        #expect(RequiredLiterals.of("x(yz)*w") == ["x"])
        #expect(RequiredLiterals.of("số\\.? ?\\d+/QĐ-UBND") == ["/QĐ-UBND"])
        #expect(RequiredLiterals.of("(?:Kế hoạch|Quyết định) số") == ["Kế hoạch", "Quyết định"])
    }

    @Test func whatItCannotReadItLeavesToTheExpression() {
        for pattern in ["a|b", "(?<!x)abc", "(?i)abc", "\\p{L}+", "(a|)b", "\\n", "a{2", "[abc"] {
            let literals = RequiredLiterals.of(pattern)
            #expect(literals == nil || literals?.allSatisfy { !$0.isEmpty } == true, "\(pattern)")
        }
        #expect(RequiredLiterals.of("a|b") == nil)
        #expect(RequiredLiterals.of("(?<!x)abc") == nil)
        #expect(RequiredLiterals.of("(?i)abc") == nil)
    }

    /// The promise itself: wherever the expression matches, the literals occur.
    @Test func aMatchAlwaysHoldsTheLiterals() throws {
        let patterns = [
            "\\b(UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (các )?(huyện|quận|thị xã)\\b", "\\bHuyện ủy\\b",
            "\\bPhòng [^,;.]{1,60} (huyện|quận|thị xã)\\b", "\\bthị trấn\\b", "colou?r", "ab+c", "x(yz)*w",
            "(?:Kế hoạch|Quyết định) số", "Sở [A-Z]\\w+ tỉnh",
        ]
        let texts = [
            "UBND huyện An Phú", "Ủy ban nhân dân các quận", "Uỷ ban nhân dân thị xã Sơn Tây",
            "Huyện ủy Bình Sơn",
            "Phòng Văn hóa và Thông tin huyện", "thị trấn", "color colour colouur", "abbbc ac", "xw xyzyzw",
            "Quyết định số 12", "Kế hoạch số 3", "Sở Nội vụ tỉnh", "Sở Xây dựng tỉnh", "UBND xã", "huyện",
            "thị trấn\u{0301}", "Phòng, huyện",
        ]
        for pattern in patterns {
            let regex = try NSRegularExpression(pattern: pattern)
            let literals = RequiredLiterals.of(pattern)
            for text in texts {
                let matched = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if matched, let literals {
                    #expect(RequiredLiterals.occurs(literals, in: text), "\(pattern) on \(text)")
                }
            }
        }
        #expect(!RequiredLiterals.occurs(["huyện", "quận"], in: "UBND xã An Phú"))
        #expect(RequiredLiterals.occurs(["xã"], in: "xã\u{0301}"))
    }
}
