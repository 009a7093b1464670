import Foundation
import PlanCheckCore
import Testing

@testable import PlanCheckRules

/// Looking for profile patterns line by line gives the answer of the expression on the joined
/// body, whatever the lines: literals split across lines, blank lines, lines that are not simple
/// to lower-case, anchored patterns, and a literal on thousands of lines without a match.
struct BodyPatternSearchTests {
    static let patterns =
        CompiledPatternsPrefilterTests.patterns + [
            "^Kế hoạch", "đảo$", "(?=biển)biển đảo", "[^.]{0,3}Biển Đông", "biển\\s+đảo", "(?i)ĐBSCL",
        ]
    static let bodies: [[String]] = [
        ["Tuyên truyền về biển,", "đảo và Biển Đông."],
        ["Tuyên truyền về biển", "", "đảo."],
        ["KẾ HOẠCH công tác", "THÔNG TIN ĐỐI NGOẠI"],
        ["Kế hoạch này", "nói về quyền con", "người ſ"],
        ["ſ biển", "đảo"],
        ["nhân", "quyền\u{0301}"],
        ["", "", ""],
        [],
        ["Chủ Quyền Biển"],
        ["kỷ niệm", "Kỉ", "niệm ĐBSCL"],
        Array(repeating: "x đảo biển, nhân quyền", count: BodyPatternSearch.lineRunLimit + 5) + [
            "biển", "đảo",
        ],
    ]

    @Test func lineByLineGivesTheAnswerOfTheJoinedBody() {
        let compiled = CompiledPatterns(Self.patterns)
        for lines in Self.bodies {
            let joined = lines.joined(separator: " ")
            let found = BodyPatternSearch(patterns: compiled).present(
                Self.patterns, lines: lines[...], wholeBody: { joined })
            for pattern in Self.patterns {
                let expected = compiled.matches(pattern, joined)
                #expect(found.contains(pattern) == expected, "\(pattern) in \(lines.prefix(4))")
            }
        }
    }

    @Test func theJoinedBodyIsBuiltOnlyWhenALineCannotDecide() {
        let compiled = CompiledPatterns(["biển,? đảo", "quyền con người"])
        var built = 0
        let lines = ["Tuyên truyền về biển, đảo", "và nhiều nội dung khác"]
        let found = BodyPatternSearch(patterns: compiled).present(
            ["biển,? đảo", "quyền con người"], lines: lines[...],
            wholeBody: {
                built += 1
                return lines.joined(separator: " ")
            })
        #expect(found == ["biển,? đảo"])
        #expect(built == 0)
    }

    @Test func anchorsAndLookaroundsAreNotLocal() {
        #expect(BodyPatternSearch.isLocal("biển,? đảo"))
        #expect(BodyPatternSearch.isLocal("[^.]{0,80}thông tin"))
        #expect(BodyPatternSearch.isLocal("(?:a|b)\\bc"))
        #expect(!BodyPatternSearch.isLocal("^Kế hoạch"))
        #expect(!BodyPatternSearch.isLocal("đảo$"))
        #expect(!BodyPatternSearch.isLocal("(?=x)y"))
        #expect(!BodyPatternSearch.isLocal("(?i)x"))
        #expect(!BodyPatternSearch.isLocal("\\Ax"))
    }
}
