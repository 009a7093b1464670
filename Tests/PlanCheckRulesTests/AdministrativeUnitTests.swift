import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing

@testable import PlanCheckRules

/// The national map of units (rules/registry/units.tsv) and the checks that read issuers by it.
struct AdministrativeUnitTests {
    static func bundled() throws -> Registry {
        try RegistryLoader.load(ruleFolders: [Fixtures.repositoryRoot.appendingPathComponent("rules")])
    }

    @Test func theMapHoldsThe2025UnitsAndTheFormerProvinces() throws {
        let r = try Self.bundled()
        #expect(r.unitIndex.hasNationalMap)
        #expect(r.units.filter { $0.level == "tinh" && $0.validTo == nil }.count == 34)
        #expect(r.units.filter { $0.level == "xa" }.count == 3321)
        let commune = try #require(r.units(named: "XÃ THẠNH HẢI").first)
        #expect(commune.parent == "Tỉnh Vĩnh Long")
        let former = try #require(r.units(named: "tỉnh trà vinh", levels: ["tinh"]).first)
        #expect(
            former.successor == "Tỉnh Vĩnh Long"
                && former.validTo == CalendarDate(year: 2025, month: 6, day: 30))
        #expect(r.province(of: commune)?.name == "Tỉnh Vĩnh Long")
    }

    @Test func aBrokenUnitsLineNamesItsFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("units.tsv")
        try "# comment\nXã A\txa\tTỉnh B\t\t\nXã C\tthon\t\t\t\nXã D\txa\t\t2025-13-40\t\n".write(
            to: file, atomically: true, encoding: .utf8)
        var loader = RegistryLoader()
        loader.readUnits(tsv: file)
        #expect(loader.registry.units.map(\.name) == ["Xã A"])
        #expect(loader.problems.count == 2)
        #expect(
            loader.problems.first?.hasSuffix("units.tsv:3: unknown level 'thon' (tinh, huyen, xa)") == true)
    }

    @Test func issuerUnitsAreReadOnlyWhereAHeaderPutsThem() {
        func units(_ lines: [String]) -> [String] {
            IssuerUnits.read(IssuerBlock(lines: lines, span: .line(1, length: 1))).map(\.fullName)
        }
        #expect(units(["ỦY BAN NHÂN DÂN", "XÃ THẠNH HẢI"]) == ["xã THẠNH HẢI"])
        #expect(units(["UBND TỈNH TRÀ VINH", "SỞ NỘI VỤ"]) == ["tỉnh TRÀ VINH"])
        #expect(units(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ", "XÃ HỘI"]).isEmpty)
        #expect(units(["ĐẢNG BỘ TỈNH VĨNH LONG", "HUYỆN ỦY CẦU KÈ"]) == ["tỉnh VĨNH LONG"])
        #expect(units(["ỦY BAN NHÂN DÂN", "THỊ XÃ DUYÊN HẢI"]) == ["thị xã DUYÊN HẢI"])
    }

    @Test func aNearNameIsSuggestedOnlyWhenOneIsClearlyNearest() throws {
        let r = try Self.bundled()
        let day = CalendarDate(year: 2026, month: 1, day: 8)
        #expect(
            UnitSuggestion.nearest(to: "tỉnh Vĩnh Log", levels: ["tinh"], in: r, province: nil, on: day)
                == "Tỉnh Vĩnh Long")
        #expect(UnitSuggestion.nearest(to: "xã Qwerty", levels: ["xa"], in: r, province: nil, on: day) == nil)
        #expect(UnitSuggestion.distance(Array("kitten".utf8), Array("sitting".utf8), cap: 5) == 3)
        #expect(UnitSuggestion.distance(Array("abc".utf8), Array("abcdef".utf8), cap: 2) == 3)
    }
}
