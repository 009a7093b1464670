import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckLetter
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// The bundled rules and template, the sample sender of samples/letter/, and a submission with
/// findings of every group, fixed so that a composed letter is the same in every run.
enum LetterFixture {
    static let environment: RuleEnvironment? = try? RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")]
    )
    static let sampleConfig = Fixtures.path("samples/letter/.plancheck.yml")

    static func composer() throws -> LetterComposer {
        let environment = try #require(environment)
        let config = try PlanCheckConfig.load(URL(fileURLWithPath: sampleConfig))
        return try LetterSetup.composer(
            config: config, ruleFolders: environment.folders, ruleSet: environment.ruleSet)
    }

    /// 2 December 2026, 10:00 in Việt Nam (03:00 UTC).
    static let instant = Date(timeIntervalSince1970: 1_796_180_400)
    static let date = CalendarDate(year: 2026, month: 12, day: 2)

    static let findings: [LetterFinding] = [
        finding("TT012", .warning, "Ngày ban hành “ngày 5 tháng 03 năm 2026”: nên viết ngày 05 tháng 3.", 9),
        finding("CC001", .error, "Viện dẫn “Nghị định số 72/NĐ-CP” thiếu năm ban hành.", 14),
        finding(
            "CT005", .error,
            "Không có nhiệm vụ nào tiếp nhận nhiệm vụ cấp trên giao: \"\(String(duty.prefix(120)))…\".", nil,
            excerpt: ""),
        finding(
            "CT007", .error,
            "Thời hạn 10/12/2026 muộn hơn thời hạn cấp trên yêu cầu (30/11/2026), chậm 10 ngày.", 61),
        finding(
            "KH008", .error,
            "Phân công cho \"Đoàn Thanh niên xã\" phải dùng \"đề nghị\"; từ đang dùng: giao.", 70),
        // Markup and a control character from a broken submission: escaped and dropped, never raw.
        finding("KH006", .warning, "Nhiệm vụ <Tuyên truyền & \u{07}vận động> chưa có cơ quan chủ trì.", 48),
        finding("TT020", .info, "Dòng không xếp được vào thành phần nào.", 30),
        finding("KH007", .warning, "Nhiệm vụ chưa ghi thời gian thực hiện.", 52, decision: .dismissed),
        finding(
            "CT010", .error, "Cơ quan chủ trì \"Sở Thông tin và Truyền thông\" thuộc cấp tỉnh.", 66,
            decision: .confirmed),
    ]

    static let duty =
        "Tổ chức phổ biến, truyền thông về quyền con người cho cán bộ, công chức cấp xã, báo cáo viên và "
        + "tuyên truyền viên cơ sở theo Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng."

    static let submission = LetterSubmission(
        name: "xa-an-thach.docx", number: "15/KH-UBND", issueDate: CalendarDate(year: 2026, month: 3, day: 5),
        title: "Công tác thông tin đối ngoại năm 2026", issuer: ["ỦY BAN NHÂN DÂN", "XÃ AN THẠCH"],
        findings: findings, duties: [duty])

    static func finding(
        _ rule: String, _ severity: Severity, _ message: String, _ line: Int?, excerpt: String? = nil,
        decision: ReviewState.Decision? = nil
    ) -> LetterFinding {
        LetterFinding(
            fingerprint: "fp-\(rule)", ruleId: rule, severity: severity, message: message, line: line,
            excerpt: excerpt ?? "- Nội dung dòng \(line ?? 0) của dự thảo", decision: decision)
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-letter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// Compares with `__Snapshots__/<name>` beside this file; `RECORD_SNAPSHOTS=1` writes it instead.
enum LetterSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static func assert(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing snapshot \(name); run RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        guard a != e else { return }
        let first = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
        let got = first < a.count ? String(a[first]) : "<end>"
        let want = first < e.count ? String(e[first]) : "<end>"
        Issue.record(
            "\(name) differs at line \(first + 1):\n  got:  \(got)\n  want: \(want)",
            sourceLocation: sourceLocation)
    }
}
