import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// The cap-tren check kinds after the 2025 reorganisation (issue 14): a commune plan compared with
/// its province, blamed only for the duties the province gives the commune level.
struct CapTrenReorgTests {
    static let province = """
        ỦY BAN NHÂN DÂN
        TỈNH NAM HẢI

        Số: 212/KH-UBND

        Nam Hải, ngày 12 tháng 11 năm 2025

        KẾ HOẠCH
        Công tác thông tin đối ngoại tỉnh Nam Hải năm 2026

        II. NỘI DUNG

        1. Triển khai Chỉ thị số 28/CT-TTg về Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"
        - Cơ quan chủ trì: Sở Công Thương.
        - Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.
        - Thời gian: Trong năm 2026.

        2. Quảng bá hình ảnh, tiềm năng du lịch và sản phẩm OCOP của tỉnh trên môi trường mạng
        - Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
        - Cơ quan phối hợp: Sở Công Thương, Ủy ban nhân dân các xã, phường.
        - Thời gian: Trong năm 2026.

        3. Tổ chức hội thi tuyên truyền viên thông tin đối ngoại cơ sở
        - Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân các xã, phường.
        - Cơ quan phối hợp: Ban Tuyên giáo và Dân vận Tỉnh ủy.
        - Thời gian: Quý III năm 2026.

        III. TỔ CHỨC THỰC HIỆN

        1. Ủy ban nhân dân các xã, phường

        - Tổ chức triển khai thực hiện Kế hoạch này trên địa bàn, trong đó tập trung thực hiện các nhiệm vụ sau:

        + Tổ chức truyền thông về quyền con người cho cán bộ, công chức xã, phường; hoàn thành trong Quý II năm 2026.

        + Các xã, phường ven biển phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các Đồn Biên phòng trên địa bàn tuyên truyền cho ngư dân về chủ quyền biển, đảo.

        - Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2026 (số liệu tính đến ngày 15 tháng 11 năm 2026) về Sở Văn hóa, Thể thao và Du lịch trước ngày 30 tháng 11 năm 2026.
        """

    /// A 2026 commune plan: `tasks` under II (each "title|lead|partners|time"), `report` the
    /// deadline phrase of its own report. The first task's lead is on line 14, the second's on 19.
    static func commune(
        _ tasks: [String], report: String = "trước ngày 25 tháng 11 năm 2026",
        date: String = "05 tháng 12 năm 2025", year: String = "2026"
    ) -> String {
        let body = tasks.map { t -> String in
            let f = t.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            return
                "\(f[0])\n- Cơ quan chủ trì: \(f[1]).\n- Cơ quan phối hợp: \(f[2]).\n- Thời gian: \(f[3]).\n"
        }
        return """
            ỦY BAN NHÂN DÂN
            XÃ AN HẢI

            Số: 87/KH-UBND

            An Hải, ngày \(date)

            KẾ HOẠCH
            Công tác thông tin đối ngoại xã An Hải năm \(year)

            I. NỘI DUNG

            \(body.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"))
            II. TỔ CHỨC THỰC HIỆN

            1. Phòng Văn hóa - Xã hội

            - Báo cáo kết quả công tác thông tin đối ngoại năm \(year) (số liệu tính đến ngày 15 tháng 11 năm \(year)) về Sở Văn hóa, Thể thao và Du lịch \(report).
            """
    }

    static let rights =
        "Truyền thông về quyền con người cho cán bộ, công chức xã|Phòng Văn hóa - Xã hội|Công an xã|Quý II năm 2026"
    static let border =
        "Tuyên truyền cho ngư dân về chủ quyền biển, đảo|Phòng Kinh tế|Đồn Biên phòng An Hải|Trong năm 2026"
    static let contest =
        "Tham gia hội thi tuyên truyền viên thông tin đối ngoại cơ sở|Văn phòng HĐND và UBND xã|Phòng Văn hóa - Xã hội|Quý III năm 2026"

    static func run(_ id: String, _ child: String, parent: String = province, english: Bool = false) throws
        -> [Finding]
    {
        try CapTrenChecksTests.run(id, child: child, parent: parent, english: english)
    }

    @Test func commmuneBodiesLeadCommunePlansFromJuly2025() throws {
        let leads = [
            "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Văn phòng HĐND và UBND xã",
            "Trung tâm Phục vụ hành chính công xã", "Ban Chỉ huy Quân sự xã", "Công an phường",
        ]
        let tasks = leads.map { "Tuyên truyền về biển, đảo|\($0)|Đồn Biên phòng An Hải|Trong năm 2026" }
        #expect(try Self.run("CT010", Self.commune(tasks)).isEmpty)
    }

    @Test func aCommunePhongIsNotJudgedByItsNameBeforeItExisted() throws {
        // "Phòng Văn hóa - Xã hội" did not exist in 2024; "Phòng Kinh tế" was then a district body.
        let old = Self.commune(
            [
                "Tuyên truyền về biển, đảo|Phòng Văn hóa - Xã hội|Công an xã|Trong năm 2024",
                "Quảng bá sản phẩm OCOP|Phòng Kinh tế|Công an xã|Trong năm 2024",
            ],
            date: "05 tháng 12 năm 2023", year: "2024")
        let hits = try Self.run("CT010", old)
        #expect(hits.map(\.span?.line) == [19])
        #expect(hits.first?.message.contains("cấp huyện") == true)
    }

    @Test func aProvinceDepartmentLeadingACooperationTaskIsCaught() throws {
        let copied =
            "Quảng bá hình ảnh, tiềm năng du lịch và sản phẩm OCOP của xã|Sở Văn hóa, Thể thao và Du lịch|Phòng Kinh tế|Trong năm 2026"
        let hits = try Self.run("CT010", Self.commune([Self.rights, copied]))
        #expect(hits.map(\.span?.line) == [19])
        // The province made the communes co-lead the contest with its Sở: naming the Sở is delegated.
        let coLed =
            "Tham gia hội thi tuyên truyền viên thông tin đối ngoại cơ sở|Sở Văn hóa, Thể thao và Du lịch|Văn phòng HĐND và UBND xã|Quý III năm 2026"
        #expect(try Self.run("CT010", Self.commune([Self.rights, coLed])).isEmpty)
    }

    @Test func themesTheProvinceGivesItsOwnDepartmentsAreNotRequiredOfTheCommune() throws {
        // Chỉ thị 28 ("ưu tiên dùng hàng Việt Nam") is the Sở Công Thương's task; human rights is a
        // duty the province addresses to the communes.
        let without = try Self.run("CT012", Self.commune([Self.border, Self.contest]))
        #expect(without.count == 1)
        #expect(without.first?.message.contains("quyền con người") == true)
        #expect(try Self.run("CT012", Self.commune([Self.rights, Self.border, Self.contest])).isEmpty)
    }

    @Test func anyOneOfTheListedPartnersSatisfiesTheDuty() throws {
        #expect(try Self.run("CT011", Self.commune([Self.rights, Self.border])).isEmpty)
        let commandOnly = Self.border.replacingOccurrences(
            of: "Đồn Biên phòng An Hải", with: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
        #expect(try Self.run("CT011", Self.commune([Self.rights, commandOnly])).isEmpty)
        let neither = Self.border.replacingOccurrences(of: "Đồn Biên phòng An Hải", with: "Hội Nghề cá xã")
        let hits = try Self.run("CT011", Self.commune([Self.rights, neither]))
        #expect(hits.count == 1)
        #expect(hits.first?.message.contains("Bộ Chỉ huy Bộ đội Biên phòng tỉnh hoặc Đồn Biên phòng") == true)
    }

    @Test func aLeadInLineAndCooperationTasksAreNotDutiesOfTheCommune() throws {
        let plan = Self.commune([Self.rights, Self.border, Self.contest])
        // Missing here: the OCOP task (cooperation) and nothing else; the lead-in is no duty at all.
        #expect(try Self.run("CT005", plan).isEmpty)
        #expect(try Self.run("CT006", plan).isEmpty)
        let parent = PlanReader.parse(text: Self.province, path: "parent.md", format: "md")
        let data = try ProfileData.load(ruleFolders: [CapTrenChecksTests.rules])
        let items = ComparisonItems.parentItems(parent, for: data.levels.level(id: "xa"), levels: data.levels)
        #expect(!items.contains { $0.item.text.hasSuffix("các nhiệm vụ sau:") })
        #expect(items.filter { $0.role == .cooperation }.map(\.item.span?.line) == [18])
        #expect(items.filter { $0.role == .duty }.count == 4)
    }

    @Test func aDataCutOffIsNotTheDeadline() throws {
        // The province's figures run to 15/11, its report is due 30/11: 25/11 is in time.
        #expect(try Self.run("CT007", Self.commune([Self.rights, Self.border])).isEmpty)
        let late = try Self.run(
            "CT007", Self.commune([Self.rights, Self.border], report: "trước ngày 05 tháng 12 năm 2026"))
        #expect(late.count == 1)
        #expect(late.first?.message.contains("30/11/2026") == true)
    }

    @Test func deadlinesInDifferentFormsAreCompared() throws {
        let quarter = Self.rights.replacingOccurrences(of: "Quý II năm 2026", with: "Quý III năm 2026")
        let q = try Self.run("CT007", Self.commune([quarter, Self.border]))
        #expect(q.count == 1)
        #expect(q.first?.message.contains("Quý II năm 2026") == true)
        let date = Self.contest.replacingOccurrences(
            of: "Quý III năm 2026", with: "Trước ngày 15 tháng 10 năm 2026")
        #expect(try Self.run("CT007", Self.commune([Self.rights, date])).count == 1)
        let inTime = Self.contest.replacingOccurrences(of: "Quý III năm 2026", with: "Tháng 9 năm 2026")
        #expect(try Self.run("CT007", Self.commune([Self.rights, inTime])).isEmpty)
    }

    /// The explanation of a partial score: key terms without lone bound syllables ("cơ", "thông"),
    /// the score with a decimal comma in Vietnamese and a point in English.
    @Test func partialCoverageIsExplainedInTheReadersLanguage() throws {
        let chain = Fixtures.path("samples/chains/quang-an-2024")
        let child = try String(contentsOfFile: chain + "/03-huyen-binh-son.md", encoding: .utf8)
        let parent = try String(contentsOfFile: chain + "/01-tinh-ke-hoach.md", encoding: .utf8)
        let vi = try #require(try Self.run("CT006", child, parent: parent).first?.message)
        let en = try #require(try Self.run("CT006", child, parent: parent, english: true).first?.message)
        #expect(vi.contains("điểm 0,31; chung: quyền con người)"))
        #expect(en.contains("score 0.31; shared: quyền con người)"))
    }
}
