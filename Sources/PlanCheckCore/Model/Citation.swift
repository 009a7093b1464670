/// Kinds of document a plan cites. The raw value is the JSON contract.
public enum CitationType: String, Sendable, Hashable, Codable, CaseIterable {
    case luat = "luat"
    case nghiDinh = "nghi-dinh"
    case thongTu = "thong-tu"
    case quyetDinh = "quyet-dinh"
    case chiThi = "chi-thi"
    case ketLuan = "ket-luan"
    case nghiQuyet = "nghi-quyet"
    case keHoach = "ke-hoach"
    case congVan = "cong-van"
    case huongDan = "huong-dan"
    case chuongTrinh = "chuong-trinh"
    case thongBao = "thong-bao"
    case deAn = "de-an"
    case quyChe = "quy-che"
    case toTrinh = "to-trinh"
    case baoCao = "bao-cao"
    case other = "other"

    /// True for documents whose number must carry the year (NĐ 30/2020, Điều 15; Luật 80/2015/QH13).
    public var isLegalNormative: Bool {
        switch self {
        case .luat, .nghiDinh, .thongTu: return true
        default: return false
        }
    }
}

/// A reference to another document, anywhere in the text.
public struct Citation: Sendable, Hashable, Codable {
    /// Index in `PlanDocument.citations`.
    public var id: Int
    public var type: CitationType
    /// The type word as printed ("Nghị định", "Công văn").
    public var typeText: String
    /// The number as it should read ("72/2015/NĐ-CP", "149-KH/TU"); nil when none was printed.
    public var number: String?
    /// The number exactly as printed ("222016/TT-BTTTT", "3334/QĐ- UBND").
    public var numberRaw: String?
    /// True for the Party form with a hyphen (57-KL/TW).
    public var isPartyForm: Bool
    /// The type code inside the number ("NĐ", "KH") and the year when printed.
    public var numberTypeCode: String?
    public var numberYear: Int?
    public var date: CalendarDate?
    public var dateRaw: String?
    public var dateProblem: DateProblem?
    /// "Chính phủ", "Bộ Thông tin và Truyền thông", when given ("của …").
    public var issuer: String?
    /// The subject ("về quản lý hoạt động thông tin đối ngoại") when given.
    public var title: String?
    /// The whole mention as printed.
    public var text: String
    public var span: SourceSpan
    public var defects: [CitationDefect]
    /// For a short later mention, the id of the first full mention of the same document.
    public var firstMention: Int?

    public init(
        id: Int, type: CitationType, typeText: String, number: String?, numberRaw: String?,
        isPartyForm: Bool, numberTypeCode: String?, numberYear: Int?, date: CalendarDate?,
        dateRaw: String?, dateProblem: DateProblem?, issuer: String?, title: String?, text: String,
        span: SourceSpan, defects: [CitationDefect], firstMention: Int?
    ) {
        self.id = id
        self.type = type
        self.typeText = typeText
        self.number = number
        self.numberRaw = numberRaw
        self.isPartyForm = isPartyForm
        self.numberTypeCode = numberTypeCode
        self.numberYear = numberYear
        self.date = date
        self.dateRaw = dateRaw
        self.dateProblem = dateProblem
        self.issuer = issuer
        self.title = title
        self.text = text
        self.span = span
        self.defects = defects
        self.firstMention = firstMention
    }
}

/// A real typo in a document number or date, read through but recorded (DOMAIN.md §4).
public struct CitationDefect: Sendable, Hashable, Codable {
    public var kind: CitationDefectKind
    /// What was printed and what it should be, in a few words.
    public var detail: String

    public init(kind: CitationDefectKind, detail: String) {
        self.kind = kind
        self.detail = detail
    }
}

public enum CitationDefectKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// "Nghị định số 72/NĐ-CP": a legal normative document without its year.
    case missingYear = "missing-year"
    /// "516 /KH-UBND", "QĐ -TTg", "BTTTT- TTĐN".
    case strayWhitespace = "stray-whitespace"
    /// "1079/QĐTTg" for "1079/QĐ-TTg".
    case missingHyphen = "missing-hyphen"
    /// "222016/TT-BTTTT" for "22/2016/TT-BTTTT".
    case digitsRunTogether = "digits-run-together"
    /// A date that cannot be read or does not exist.
    case invalidDate = "invalid-date"
    /// "Số: /KH-UBND".
    case blankNumber = "blank-number"
    /// "Quyết định số: 06/2014/QĐ-UBND": a colon after "số" in a citation (the colon belongs to
    /// the "Số:" line of a header only).
    case colonAfterSo = "colon-after-so"
    /// "368/QĐ-TTg, ngày 28 tháng 02 năm 2013": a comma between the number and its date.
    case commaBeforeDate = "comma-before-date"
    /// "ngày 05 tháng 3 nấm 2021": a date word misspelt (read, and recorded).
    case dateWordMisspelled = "date-word-misspelled"
}

/// One "Căn cứ …" / "Thực hiện …" clause of the opening.
public struct Basis: Sendable, Hashable, Codable {
    /// "Căn cứ" or "Thực hiện", as printed.
    public var keyword: String
    public var text: String
    public var span: SourceSpan
    /// Ids of the citations the clause names.
    public var citationIDs: [Int]

    public init(keyword: String, text: String, span: SourceSpan, citationIDs: [Int]) {
        self.keyword = keyword
        self.text = text
        self.span = span
        self.citationIDs = citationIDs
    }
}
