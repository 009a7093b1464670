import Foundation
import PlanCheckTestSupport
import Testing

/// The terminal excerpt of a long line is cut around the flagged columns, not at its start.
struct ExcerptWindowTests {
    @Test func aCitationFlaggedFarRightShowsTheFlaggedNumber() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = Fixtures.path(
            "rules/can-cu/CC006-citation-number-missing-hyphen/fail-missing-hyphen.md")
        let long =
            "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, "
            + "an ninh và công tác đối ngoại năm 2023 của tỉnh; Quyết định số 1079/QĐTTg"
        let text = try String(contentsOfFile: example, encoding: .utf8)
            .replacingOccurrences(of: "Căn cứ Quyết định số 1079/QĐTTg", with: long)
        let plan = dir.appendingPathComponent("ke-hoach.md")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["check", plan.path])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.contains("[CC006]") }, "\(r.stdout)")
        let column = Int(lines[at].split(separator: ":")[2]) ?? 0
        #expect(column > 150, "the test needs the number far right: column \(column)")
        #expect(lines[at + 1].contains("1079/QĐTTg"), "\(lines[at + 1])")
        #expect(lines[at + 1].hasPrefix("    …"))
    }
}
