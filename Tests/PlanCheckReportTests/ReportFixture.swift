import PlanCheckCore
import PlanCheckReport

/// One fixed report that every format is rendered from: each severity, a whole-document finding, a
/// finding pointing at its parent's duty, a dismissed false alarm, a confirmed defect, hostile text, a coverage grid.
enum ReportFixture {
    static let base = "/work/plans"
    static let child = "/work/plans/huyen/ke-hoach 61.md"
    static let parent = "tinh/ke-hoach-12.md"

    static let childLines = [
        "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ",
        "Số: 61/KH-UBND",
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm <script>alert(1)</script> & \"trích dẫn\" đúng.",
        "II. NHIỆM VỤ",
        "1. Tuyên truyền về quyền con người, hoàn thành trước ngày 20 tháng 11.",
        "2. Giao Ban Tuyên giáo Huyện ủy tổ chức hội nghị.",
    ]

    static let dismissed = Finding(
        ruleId: "KH009", severity: .warning, message: "Thời hạn \"trước ngày 20 tháng 11\" không ghi năm.",
        path: child,
        span: SourceSpan(line: 7, column: 49, endLine: 7, endColumn: 70),
        excerpt: "1. Tuyên truyền về quyền con người, hoàn thành trước ngày 20 tháng 11.")

    static let confirmed = Finding(
        ruleId: "KH008", severity: .error,
        message: "Phân công cho \"Ban Tuyên giáo Huyện ủy\" phải dùng \"đề nghị\"; từ đang dùng: giao.",
        path: child, span: SourceSpan(line: 8, column: 4, endLine: 8, endColumn: 8),
        excerpt: "2. Giao Ban Tuyên giáo Huyện ủy tổ chức hội nghị.")

    static var findings: [Finding] {
        [
            Finding(
                ruleId: "TT001", severity: .error, message: "Thiếu Quốc hiệu, Tiêu ngữ.", path: child,
                span: nil, excerpt: ""),
            confirmed,
            dismissed,
            Finding(
                ruleId: "CT001", severity: .error,
                message: "Chưa tiếp nhận nhiệm vụ cấp trên: <b>bảo vệ nền tảng</b>, 100% cán bộ.",
                path: child, span: SourceSpan(line: 6, column: 1, endLine: 6, endColumn: 13),
                excerpt: "II. NHIỆM VỤ",
                related: [
                    RelatedLocation(
                        path: parent, span: SourceSpan(line: 14, column: 1, endLine: 14, endColumn: 40),
                        message: "Nhiệm vụ 3 của kế hoạch tỉnh")
                ]),
            Finding(
                ruleId: "TT005", severity: .info,
                message: "Dòng có ký tự <script>alert(1)</script> lạ: 50% xong, a:b.",
                path: child, span: SourceSpan(line: 5, column: 10, endLine: 5, endColumn: 35),
                excerpt: "Bảo đảm <script>alert(1)</script> & \"trích dẫn\" đúng."),
        ]
    }

    static let rules = [
        RuleInfo(
            id: "CT001", name: "parent-duty-not-taken-over", pack: "cap-tren",
            summary: "Nhiệm vụ cấp trên chưa được tiếp nhận",
            rationale: "Kế hoạch cấp dưới phải cụ thể hóa nhiệm vụ cấp trên giao.",
            references: ["Điều 4 Luật Tổ chức chính quyền địa phương 2015"], severity: .error),
        RuleInfo(
            id: "KH008", name: "party-body-must-be-requested", pack: "ke-hoach",
            summary: "Cơ quan Đảng phải được \"đề nghị\"",
            rationale: "Chính quyền không giao việc cho cơ quan Đảng.", references: ["Quy định 66-QĐ/TW"],
            severity: .error),
        RuleInfo(
            id: "KH009", name: "deadline-missing-year", pack: "ke-hoach", summary: "Thời hạn không ghi năm",
            rationale: "Thời hạn thiếu năm không kiểm tra được.", references: [], severity: .warning),
        RuleInfo(
            id: "TT001", name: "missing-national-motto", pack: "the-thuc",
            summary: "Thiếu Quốc hiệu, Tiêu ngữ",
            rationale: "Quốc hiệu và Tiêu ngữ là thành phần bắt buộc.",
            references: ["Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1"], severity: .error),
        RuleInfo(
            id: "TT005", name: "stray-characters", pack: "the-thuc", summary: "Ký tự lạ <trong> dòng",
            rationale: "Ký tự điều khiển làm hỏng bản in.", references: [], severity: .info),
        RuleInfo(
            id: "TT010", name: "unused-rule", pack: "the-thuc", summary: "Quy tắc không có phát hiện",
            rationale: "", references: [], severity: .warning),
    ]

    static var coverage: [CoverageRecord] {
        func duty(_ line: Int, _ text: String) -> MatchItem {
            MatchItem(
                id: "L\(line)", text: text,
                span: SourceSpan(line: line, column: 1, endLine: line, endColumn: 10))
        }
        let task = MatchItem(
            id: "II.1", text: "Tuyên truyền về quyền con người",
            span: SourceSpan(line: 7, column: 1, endLine: 7, endColumn: 30))
        func record(_ c: String, _ m: CoverageMatch) -> CoverageRecord {
            CoverageRecord(childPath: c, parentPath: parent, match: m, parentDeadline: nil, partners: [])
        }
        return [
            record(
                child,
                CoverageMatch(
                    parentItem: duty(12, "Tuyên truyền quyền con người"), outcome: .covered, score: 0.71,
                    childItem: task, sharedTerms: ["quyền con người"])),
            record(
                child,
                CoverageMatch(
                    parentItem: duty(14, "Bảo vệ nền tảng <tư tưởng> của Đảng"), outcome: .missing,
                    score: 0.1, childItem: nil, sharedTerms: [])),
            record(
                child,
                .notApplicable(duty(16, "Quản lý biên giới đất liền"), reason: "Huyện không có biên giới")),
            record(
                "xa/an-thach.md",
                CoverageMatch(
                    parentItem: duty(12, "Tuyên truyền quyền con người"), outcome: .partial, score: 0.31,
                    childItem: task, sharedTerms: ["tuyên truyền"])),
        ]
    }

    static var report: CheckReport {
        let review = ReviewState(
            decision: .dismissed, reason: "Năm đã rõ từ tên kế hoạch", reviewer: "nguyen.van.a",
            at: "2024-04-02T09:00:00Z")
        let confirmation = ReviewState(
            decision: .confirmed, reason: "Đã báo huyện sửa", reviewer: "tran.thi.b",
            at: "2024-04-02T09:05:00Z")
        return CheckReport(
            tool: .init(name: "plancheck", version: "9.9.9"),
            documents: [
                .init(
                    path: child, number: "61/KH-UBND", issueDate: CalendarDate(year: 2024, month: 3, day: 18)),
                .init(path: "xa/an-thach.md", number: nil, issueDate: nil),
            ],
            findings: findings, inputErrors: [], coverage: coverage,
            links: ["xa/an-thach.md → huyen/ke-hoach 61.md"], rules: rules,
            outlines: [
                DocumentOutline(
                    path: child,
                    sections: [
                        .init(title: "I. MỤC ĐÍCH, YÊU CẦU", startLine: 4, endLine: 5),
                        .init(title: "II. NHIỆM VỤ", startLine: 6, endLine: 8),
                    ], lines: childLines)
            ],
            reviewStates: [
                FindingFingerprint.of(dismissed): review, FindingFingerprint.of(confirmed): confirmation,
            ],
            generatedAt: "2024-04-02T10:00:00Z", pathBase: base)
    }
}
