import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing

// MARK: - Small cases

private let matcher = CoverageMatcher()

private func item(_ id: String, _ text: String) -> MatchItem { MatchItem(id: id, text: text) }

private let duty = item(
    "D3",
    "Tổ chức phổ biến, truyền thông về quyền con người cho cán bộ, công chức cấp xã, báo cáo viên "
        + "và tuyên truyền viên cơ sở theo Quyết định số 1079/QĐ-TTg.")

private let distractors = [
    item(
        "x1",
        "Phát thanh tuyên truyền về biển, đảo Việt Nam, chủ quyền đối với hai quần đảo Hoàng Sa và Trường Sa."
    ),
    item("x2", "Quảng bá hình ảnh, tiềm năng du lịch và sản phẩm OCOP trên môi trường mạng."),
    item("x3", "Triển khai Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\"."),
]

@Test func identicalItemIsCovered() {
    let result = matcher.match(parentItems: [duty], childItems: distractors + [duty])
    #expect(result[0].outcome == .covered)
    #expect(result[0].childItem?.id == "D3")
    #expect(result[0].score > 0.99)
}

@Test func unrelatedItemIsMissing() {
    let parent = item(
        "D5", "Tổ chức các hoạt động kỷ niệm các ngày lễ lớn, năm tròn thiết lập quan hệ ngoại giao.")
    let result = matcher.match(parentItems: [parent, duty], childItems: distractors)
    #expect(result[0].outcome == .missing)
    #expect(result[0].score < CoverageThresholds.default.partial)
}

@Test func itemSharingNoTermHasNoChild() {
    let result = matcher.match(parentItems: [item("p", "Kỷ niệm ngày lễ lớn")], childItems: distractors)
    #expect(result[0].childItem == nil)
    #expect(result[0].score == 0)
    #expect(result[0].sharedTerms.isEmpty)
    #expect(result[0].reason != nil)
}

@Test func partiallyOverlappingItemIsPartial() {
    // The subject and the officials, but not the reporters, propagandists or the decision.
    let child = item(
        "t4", "Đăng tải tin, bài về quyền con người cho cán bộ, công chức trên Trang thông tin điện tử huyện."
    )
    let result = matcher.match(parentItems: [duty], childItems: distractors + [child])
    #expect(result[0].outcome == .partial, "score \(result[0].score)")
    #expect(result[0].childItem?.id == "t4")
}

@Test func tonePlacementAndCaseDoNotChangeScores() {
    let parent = item("p", "Tuyên truyền về hòa bình, hữu nghị và hợp tác; chăm sóc sức khỏe Nhân dân.")
    let oldStyle = item("c", "TUYÊN TRUYỀN VỀ HOÀ BÌNH, HỮU NGHỊ; CHĂM SÓC SỨC KHOẺ")
    let newStyle = item("c", "tuyên truyền về hòa bình, hữu nghị; chăm sóc sức khỏe")
    let a = matcher.match(parentItems: [parent], childItems: [oldStyle] + distractors)[0]
    let b = matcher.match(parentItems: [parent], childItems: [newStyle] + distractors)[0]
    #expect(a.score == b.score)
    #expect(a.sharedTerms == b.sharedTerms)
    #expect(a.sharedTerms.contains { $0.contains("hòa bình") })
}

@Test func decomposedTextScoresLikePrecomposed() {
    let nfd = item("c", "quye\u{0302}\u{0300}n con ngu\u{031B}o\u{031B}\u{0300}i")
    let nfc = item("c", "quyền con người")
    let a = matcher.match(parentItems: [duty], childItems: [nfd])[0]
    let b = matcher.match(parentItems: [duty], childItems: [nfc])[0]
    #expect(a.score == b.score)
    #expect(a.sharedTerms == ["quyền con người"])
}

@Test func sharedTermsAreReadablePhrasesMostWeightyFirst() {
    let child = item(
        "t4",
        "Đăng tải tin, bài về quyền con người trên Trang thông tin điện tử huyện theo Quyết định 1079/QĐ-TTg."
    )
    let result = matcher.match(parentItems: [duty], childItems: distractors + [child])[0]
    // The subject ("về quyền con người") outweighs the rest; citation boilerplate is not a term.
    #expect(result.sharedTerms.first == "quyền con người")
    #expect(result.sharedTerms.contains("1079"))
    #expect(!result.sharedTerms.contains { $0.contains("qđ") })
    #expect(result.sharedTerms.count <= 8)
    #expect(!result.sharedTerms.contains("về"))
}

@Test func brokenSyllablesFromExtractionAreRejoined() {
    let parent = item("p", "Nâng cao uy tín và vị thế của Việt Nam; các hoạt động đối ngoại.")
    let broken = item("c", "nâng cao uy tí n và vị thế của Việt Nam; c ác hoạt động đối ngoại")
    let result = matcher.match(parentItems: [parent], childItems: [broken])[0]
    #expect(result.sharedTerms.contains { $0.contains("uy tín") })
    #expect(result.score > 0.99)
}

@Test func sameInputGivesSameOutputAndTiesGoToTheEarlierChild() {
    let twin1 = item("first", "Tuyên truyền về quyền con người cho cán bộ.")
    let twin2 = item("second", "Tuyên truyền về quyền con người cho cán bộ.")
    let one = matcher.match(parentItems: [duty], childItems: [twin1, twin2] + distractors)
    let two = matcher.match(parentItems: [duty], childItems: [twin1, twin2] + distractors)
    #expect(one == two)
    #expect(one[0].childItem?.id == "first")
}

@Test func stopwordsAreReplaceableAndNormalised() {
    let custom = CoverageMatcher(stopwords: ["hoà"])
    let result = custom.match(parentItems: [item("p", "hòa")], childItems: [item("c", "hòa")])[0]
    #expect(result.childItem == nil)
    #expect(result.outcome == .missing)
}

@Test func benchmarkRunsOnASmallInput() {
    let seconds = CoverageMatcher.benchmark(parentCount: 20, childCount: 30)
    #expect(seconds >= 0)
}

// MARK: - The Quảng An chain (samples/chains/quang-an-2024, EXPECTED.md "COVERAGE")

/// The blank-line-separated blocks of a chain file, as items named "file:line" with the first line's
/// span. A task heading and its field lines form one block, as a reader sees them.
private func blocks(_ file: String) -> [(line: Int, item: MatchItem)] {
    let path = Fixtures.path("samples/chains/quang-an-2024/\(file)")
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let lines = text.components(separatedBy: "\n")
    var out: [(Int, MatchItem)] = []
    var start = 0
    var current: [String] = []
    for (k, line) in (lines + [""]).enumerated() {
        if line.trimmingCharacters(in: .whitespaces).isEmpty {
            if !current.isEmpty {
                let id = "\(file.prefix(2)):\(start)"
                out.append(
                    (
                        start,
                        MatchItem(
                            id: id, text: current.joined(separator: " "),
                            span: .line(start, length: current[0].count))
                    ))
            }
            current = []
        } else {
            if current.isEmpty { start = k + 1 }
            current.append(line)
        }
    }
    return out
}

/// The child plan's body: the blocks after its last "Căn cứ" and before "Trên đây".
private func childItems(_ file: String) -> [MatchItem] {
    let all = blocks(file)
    let first = (all.lastIndex { $0.item.text.hasPrefix("Căn cứ") } ?? -1) + 1
    let end = all.firstIndex { $0.item.text.hasPrefix("Trên đây") } ?? all.count
    return all[first..<end].map(\.item)
}

private func parentItems(_ file: String, lines: [Int]) -> [MatchItem] {
    let all = blocks(file)
    return lines.compactMap { line in all.first { $0.line == line }?.item }
}

/// Expected outcome and, where EXPECTED.md names it, the child block lines that may carry the duty.
private typealias Expectation = (parentLine: Int, outcome: CoverageOutcome, childLines: [Int])

private func checkChain(parent: String, child: String, _ expected: [Expectation]) {
    let parents = parentItems(parent, lines: expected.map(\.parentLine))
    #expect(parents.count == expected.count)
    let result = matcher.match(parentItems: parents, childItems: childItems(child))
    for (match, want) in zip(result, expected) {
        let line = match.childItem?.span?.line ?? 0
        let where_ =
            "\(child) for \(match.parentItem.id): score \(match.score), child \(line), \(match.sharedTerms)"
        #expect(match.outcome == want.outcome, "\(where_)")
        if !want.childLines.isEmpty { #expect(want.childLines.contains(line), "\(where_)") }
    }
}

// D4 in An Phú: the content task (56) and the duty An Phú hands its communes (136) repeat the
// province's wording; either takes it over.
@Test func anPhuCoversEveryDistrictDuty() {
    checkChain(
        parent: "01-tinh-ke-hoach.md", child: "02-huyen-an-phu.md",
        [
            (130, .covered, [20, 130]), (132, .covered, [44]), (134, .covered, [50]),
            (136, .covered, [56, 136]),
            (138, .covered, [62]), (140, .covered, [86, 102]), (76, .covered, [74]),
        ])
}

@Test func binhSonCoversHumanRightsOnlyPartlyAndMissesAnniversaries() {
    checkChain(
        parent: "01-tinh-ke-hoach.md", child: "03-huyen-binh-son.md",
        [
            (130, .covered, [18]), (132, .covered, [40]), (134, .partial, [52]), (136, .covered, [57]),
            (138, .missing, []), (140, .covered, [89]), (76, .covered, [75]),
        ])
}

// D4 (border) is declared not applicable in the manifest; that is the caller's decision, so the
// matcher only has to find nothing to match it with.
@Test func dongHaiMissesHumanRights() {
    checkChain(
        parent: "01-tinh-ke-hoach.md", child: "04-huyen-dong-hai.md",
        [
            (130, .covered, [18]), (132, .covered, [40]), (134, .missing, []), (136, .missing, []),
            (138, .covered, [46]), (140, .covered, [78]), (76, .covered, [58]),
        ])
}

@Test func anThachCoversEveryCommuneDuty() {
    checkChain(
        parent: "02-huyen-an-phu.md", child: "05-xa-an-thach.md",
        [
            (130, .covered, [16]), (132, .covered, [36]), (134, .covered, [42]), (136, .covered, [48]),
            (138, .covered, [68]),
        ])
}

@Test func printChainScores() {
    guard ProcessInfo.processInfo.environment["COVERAGE_PRINT"] != nil else { return }
    let parents = parentItems("01-tinh-ke-hoach.md", lines: [130, 132, 134, 136, 138, 140, 76])
    for child in ["02-huyen-an-phu.md", "03-huyen-binh-son.md", "04-huyen-dong-hai.md"] {
        for m in matcher.match(parentItems: parents, childItems: childItems(child)) {
            print(
                child.prefix(2), m.parentItem.id, m.outcome, String(format: "%.3f", m.score),
                m.childItem?.id ?? "-", m.sharedTerms)
        }
    }
    let xs = parentItems("02-huyen-an-phu.md", lines: [130, 132, 134, 136, 138])
    for m in matcher.match(parentItems: xs, childItems: childItems("05-xa-an-thach.md")) {
        print(
            "05", m.parentItem.id, m.outcome, String(format: "%.3f", m.score), m.childItem?.id ?? "-",
            m.sharedTerms)
    }
}

struct AnalysisCacheTests {
    static let parent = [
        "Tuyên truyền về chủ quyền biển, đảo Việt Nam cho cán bộ, công chức",
        "Phổ biến, truyền thông về quyền con người theo Quyết định số 1079/QĐ-TTg",
        "Quảng bá hình ảnh, tiềm năng du lịch của địa phương",
    ].enumerated().map { MatchItem(id: "p\($0.offset)", text: $0.element) }

    static let children: [[MatchItem]] = [
        ["Tuyên truyền về biển, đảo trên đài truyền thanh xã", "Quảng bá du lịch trên mạng xã hội"],
        ["Truyền thông về quyền con người cho tuyên truyền viên cơ sở"],
        [],
        ["Chủ quyền biển đảo, quyền con người, hình ảnh địa phương: tuyên truyền và quảng bá"],
    ].map { texts in texts.enumerated().map { MatchItem(id: "c\($0.offset)", text: $0.element) } }

    /// A cached parent gives the matches of a fresh read for every child, whatever came before.
    @Test func aCachedParentMatchesExactlyAsAFreshRead() {
        let fresh = CoverageMatcher()
        let cache = AnalysisCache()
        let cached = CoverageMatcher(cache: cache)
        for round in 0..<2 {
            for items in Self.children {
                let expected = fresh.match(parentItems: Self.parent, childItems: items)
                let got = cached.match(parentItems: Self.parent, childItems: items)
                #expect(got == expected, "round \(round)")
            }
        }
        #expect(cache.count == 1)
        // Another parent is another entry, and is matched as itself.
        let other = Array(Self.parent.reversed())
        #expect(
            cached.match(parentItems: other, childItems: Self.children[0])
                == fresh.match(parentItems: other, childItems: Self.children[0]))
        #expect(cache.count == 2)
    }

    @Test func theCacheStartsAgainPastItsLimit() {
        let cache = AnalysisCache(limit: 2)
        let matcher = CoverageMatcher(cache: cache)
        for k in 0..<3 {
            _ = matcher.match(parentItems: [MatchItem(id: "p", text: "nhiệm vụ số \(k)")], childItems: [])
        }
        #expect(cache.count == 1)
    }
}
