import PlanCheckCore
import PlanCheckParsing
import PlanCheckTestSupport
import Testing

/// The five real plans, field by field: what a reviewer reads in them, the parser must read too.
struct SeedParsingTests {
    func seed(_ prefix: String) throws -> PlanDocument {
        try PlanReader.read(path: Fixtures.seed(prefix))
    }

    func basisNumbers(_ doc: PlanDocument) -> [[String]] {
        doc.bases.map { $0.citationIDs.map { doc.citations[$0].number ?? "?" } }
    }

    @Test func benTreHeaderBasesAndTruncation() throws {
        let doc = try seed("000")
        #expect(doc.header.issuer?.lines == ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"])
        #expect(doc.header.mottoPresent)
        #expect(doc.header.number?.normalized == "497/KH-UBND")
        #expect(doc.header.issueDate?.date == CalendarDate(year: 2022, month: 1, day: 26))
        #expect(doc.header.place?.value == "Bến Tre")
        #expect(basisNumbers(doc) == [["5406/BTTTT-TTĐN"]])
        let basis = try #require(doc.bases.first?.citationIDs.first.map { doc.citations[$0] })
        #expect(basis.date == CalendarDate(year: 2021, month: 12, day: 31))
        #expect(basis.issuer == "Bộ Thông tin và Truyền thông")
        #expect(doc.sections.map(\.kind) == [.purposeRequirements, .contentTasks, .organisation])
        #expect(doc.tasks.count == 4)
        #expect(
            doc.assignments.map(\.agency.name) == ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông"])
        #expect(doc.assignments.map(\.verb) == [.deNghi, .none])
        #expect(doc.isTruncated)
        let chrome = try #require(doc.diagnostics.first { $0.code == .skippedChrome })
        #expect(chrome.span?.line == 1 && chrome.span?.endLine == 9)
        #expect(doc.bodyLines?.lowerBound == 11)
    }

    @Test func cauNgangDistrictPlan() throws {
        let doc = try seed("001")
        #expect(doc.header.number?.normalized == "99/KH-UBND")
        #expect(doc.header.number?.raw == "99 /KH-UBND")
        #expect(doc.header.number?.defects.map(\.kind) == [.strayWhitespace])
        #expect(doc.header.issueDate?.date == CalendarDate(year: 2023, month: 10, day: 12))
        #expect(doc.header.place?.value == "Cầu Ngang")
        #expect(doc.header.issuer == nil)
        #expect(!doc.header.mottoPresent)
        #expect(basisNumbers(doc) == [["1466/QĐ-UBND"]])
        let basis = doc.citations[doc.bases[0].citationIDs[0]]
        #expect(basis.date == CalendarDate(year: 2023, month: 9, day: 29))
        #expect(doc.sections.map(\.kind) == [.purposeRequirements, .contentTasks, .organisation])
        #expect(doc.tasks.count == 6)
        #expect(doc.tasks.allSatisfy { $0.lead.isEmpty && $0.time == nil })
        #expect(
            doc.assignments.map(\.agency.name) == [
                "Phòng Văn hóa và Thông tin huyện", "Trung tâm Văn hóa – Thông tin và Thể thao huyện",
                "Đồn Biên phòng Mỹ Long", "Ủy ban nhân dân các xã, thị trấn",
            ])
        #expect(doc.assignments.map(\.addressesLowerLevel) == [false, false, false, true])
        let deadline = try #require(doc.dateExpressions.first { $0.kind == .deadline })
        #expect(deadline.raw == "trước ngày 30 tháng 11")
        #expect(deadline.missingYear && deadline.day == 30 && deadline.month == 11 && deadline.end == nil)
        #expect(deadline.span.line == 76)
        #expect(doc.header.signature?.forms == ["KT."])
        #expect(doc.header.signature?.titles == ["PHÓ CHỦ TỊCH"])
        #expect(doc.header.signature?.signer?.value == "Hồng Thanh Vũ")
        #expect(doc.recipients?.archive?.value == "Lưu: VT.")
        #expect(doc.recipients?.archiveIsLast == true)
        // "Hào" (line 87) belongs to nothing and must be reported, not dropped.
        #expect(doc.diagnostics.contains { $0.code == .unplacedLine && $0.span?.line == 87 })
    }

    @Test func socTrangOCRCopy() throws {
        let doc = try seed("002")
        let number = try #require(doc.header.number)
        #expect(number.isBlank && number.normalized == nil && number.typeCode == "KH")
        #expect(doc.header.issueDate?.date == nil)
        #expect(doc.header.issueDate?.problem == .unreadable)
        #expect(doc.header.issueDate?.span.line == 7 && doc.header.issueDate?.span.endLine == 9)
        #expect(doc.header.documentTypeName?.value == "KÉ HOẠCH")
        #expect(doc.header.documentType == "KH")
        #expect(doc.header.motto?.motto?.value == "Độc lập - Tự do - Hạnh phúc")
        #expect(
            basisNumbers(doc) == [
                ["72/2015/NĐ-CP"], ["22/2016/TT-BTTTT"], ["3334/QĐ-UBND"], ["2246/QĐ-UBND", "1079/QĐ-TTg"],
                ["5740/BTTTT-TTĐN"],
            ])
        let qd1079 = try #require(doc.citations.first { $0.number == "1079/QĐ-TTg" })
        #expect(qd1079.numberRaw == "1079/QĐTTg")
        #expect(qd1079.defects.map(\.kind).contains(.missingHyphen))
        #expect(qd1079.date == CalendarDate(year: 2022, month: 9, day: 14))
        let qd3334 = try #require(doc.citations.first { $0.number == "3334/QĐ-UBND" })
        #expect(qd3334.defects.map(\.kind).contains(.strayWhitespace))
        #expect(doc.sections.map(\.kind) == [.purposeRequirements, .contentTasks, .funding, .organisation])
        #expect(doc.sections[0].headingTypos.map { "\($0.found)→\($0.expected)" } == ["YẾU→YÊU"])
        #expect(doc.tasks.map(\.id) == ["II.1.", "II.2.1.", "II.2.2.", "II.3.1.", "II.3.2.", "II.3.3."])
        #expect(doc.tasks.allSatisfy { $0.lead.map(\.name) == ["Sở Thông tin và Truyền thông"] })
        #expect(doc.tasks[1].time?.kind == .quarter)
        #expect(doc.tasks[1].timeRaw?.value == "Quý IV năm 2023.")
        #expect(doc.tasks[1].time?.start == CalendarDate(year: 2023, month: 10, day: 1))
        #expect(doc.tasks[1].time?.end == CalendarDate(year: 2023, month: 12, day: 31))
        #expect(doc.tasks[5].time == nil)  // 3.3 names no time: a real defect
        #expect(
            doc.tasks[0].cooperating.map(\.name) == [
                "Báo Sóc Trăng", "Cổng thông tin điện tử tỉnh Sóc Trăng", "Kênh truyền hình đối ngoại",
            ])
        #expect(doc.assignments.count == 9)
        #expect(doc.assignments[1].verb == .deNghi)
        #expect(doc.assignments[8].addressesLowerLevel)
        #expect(doc.header.signature?.forms == ["TM.", "KT."])
        #expect(doc.header.signature?.signer?.value == "Huỳnh Thị Diễm Ngọc")
        #expect(doc.recipients?.archive?.value == "Luu: VT, NV.")
    }

    @Test func langSonWebCopy() throws {
        let doc = try seed("003")
        #expect(doc.header.number?.normalized == "61/KH-UBND")
        #expect(doc.header.issueDate?.date == CalendarDate(year: 2024, month: 3, day: 18))
        #expect(doc.header.issuer?.lines == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"])
        #expect(basisNumbers(doc) == [["149-KH/TU", "57-KL/TW"]])
        let kh149 = doc.citations[doc.bases[0].citationIDs[0]]
        #expect(kh149.isPartyForm && kh149.date == CalendarDate(year: 2024, month: 1, day: 29))
        let kl57 = doc.citations[doc.bases[0].citationIDs[1]]
        #expect(kl57.date == CalendarDate(year: 2023, month: 6, day: 15))
        // Later short mentions of KL 57 point at its first mention (in the title).
        let mentions = doc.citations.filter { $0.number == "57-KL/TW" }
        #expect(mentions.count >= 3)
        #expect(mentions.dropFirst().allSatisfy { $0.firstMention == mentions[0].id })
        #expect(doc.tasks.count == 7)
        #expect(doc.tasks.allSatisfy { $0.style == .implementingUnit && $0.time?.kind == .standing })
        let task32 = try #require(doc.tasks.first { $0.id == "II.3.2." })
        #expect(task32.lead.map(\.name) == ["Sở Văn hóa, Thể thao và Du lịch"])
        #expect(task32.cooperating.first?.name == "Sở Thông tin và Truyền thông")
        #expect(doc.assignments.map(\.verb) == [.deNghi, .giao, .none])
        #expect(doc.assignments[0].agency.name == "Ban Tuyên giáo Tỉnh ủy")
        #expect(doc.assignments[2].addressesLowerLevel)
        let chrome = doc.diagnostics.filter { $0.code == .skippedChrome }.compactMap(\.span)
        #expect(chrome.map(\.line) == [1, 144])
        #expect(doc.header.signature?.signer?.value == "Dương Xuân Huyên")
        #expect(doc.bodyLines == 13...142)
    }

    @Test func haNoiTwoBasesInOneSentence() throws {
        let doc = try seed("004")
        #expect(doc.header.number?.normalized == "92/KH-UBND")
        #expect(doc.header.issueDate?.date == CalendarDate(year: 2021, month: 4, day: 6))
        #expect(basisNumbers(doc) == [["22/2016/TT-BTTTT"], ["2905/BTTTT-TTĐN"]])
        #expect(doc.bases.map(\.keyword) == ["Căn cứ", "Căn cứ"])
        let cv = doc.citations[doc.bases[1].citationIDs[0]]
        #expect(cv.type == .congVan && cv.date == CalendarDate(year: 2020, month: 8, day: 4))
        #expect(doc.tasks.count == 5)
        #expect(doc.sections[1].children.allSatisfy { $0.kind == .contentTasks })
        #expect(doc.isTruncated)
        #expect(doc.header.signature == nil && doc.recipients == nil)
    }
}
