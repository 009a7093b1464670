/// The components of NĐ 30/2020/NĐ-CP that stand above and below the body.
public struct DocumentHeader: Sendable, Hashable, Codable {
    /// The issuing body, all its lines ("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE").
    public var issuer: IssuerBlock?
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" as printed.
    public var motto: MottoBlock?
    public var number: DocumentNumber?
    /// The type name as printed ("KẾ HOẠCH", or the OCR'd "KÉ HOẠCH").
    public var documentTypeName: Located<String>?
    /// The type code the printed name stands for ("KH"), when the name is recognised.
    public var documentType: String?
    public var place: Located<String>?
    public var issueDate: DateField?
    /// The trích yếu, lines joined by a space.
    public var title: Located<String>?
    /// The authority line that opens a decision's preamble, under the summary ("ỦY BAN NHÂN DÂN
    /// TỈNH HẢI DƯƠNG"), when printed.
    public var preambleAuthority: Located<String>?
    public var signature: SignatureBlock?

    public init() {}

    public var mottoPresent: Bool { motto != nil }
}

public struct IssuerBlock: Sendable, Hashable, Codable {
    public var lines: [String]
    public var span: SourceSpan

    public init(lines: [String], span: SourceSpan) {
        self.lines = lines
        self.span = span
    }

    public var text: String { lines.joined(separator: " ") }
}

public struct MottoBlock: Sendable, Hashable, Codable {
    /// The national name line as printed.
    public var nationalName: Located<String>?
    /// The motto line ("Độc lập - Tự do - Hạnh phúc") as printed.
    public var motto: Located<String>?

    public init(nationalName: Located<String>?, motto: Located<String>?) {
        self.nationalName = nationalName
        self.motto = motto
    }

    public var span: SourceSpan? {
        switch (nationalName?.span, motto?.span) {
        case let (a?, b?): return a.union(b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}

/// "Số: 61/KH-UBND" as printed and as it should read.
public struct DocumentNumber: Sendable, Hashable, Codable {
    /// The text after "Số:", exactly as printed ("99 /KH-UBND", "/KH-UBND").
    public var raw: String
    /// The number with stray spaces removed ("99/KH-UBND"); nil when blank.
    public var normalized: String?
    /// True for "Số: /KH-UBND": the office never filled the number in.
    public var isBlank: Bool
    /// The type code in the number ("KH"), and the issuer code ("UBND").
    public var typeCode: String?
    public var issuerCode: String?
    public var defects: [CitationDefect]
    public var span: SourceSpan

    public init(
        raw: String, normalized: String?, isBlank: Bool, typeCode: String?, issuerCode: String?,
        defects: [CitationDefect], span: SourceSpan
    ) {
        self.raw = raw
        self.normalized = normalized
        self.isBlank = isBlank
        self.typeCode = typeCode
        self.issuerCode = issuerCode
        self.defects = defects
        self.span = span
    }
}

/// A date as written ("ngày 12 tháng 10 năm 2023"), its reading, and what is wrong with it.
public struct DateField: Sendable, Hashable, Codable {
    public var raw: String
    /// The date when it could be read and exists; never guessed.
    public var date: CalendarDate?
    public var problem: DateProblem?
    /// Day or month written without the leading zero NĐ 30/2020 asks for, or with one it forbids.
    public var leadingZeroIssues: [String]
    /// Date words misspelt but readable ("nấm" for "năm"), as printed.
    public var wordTypos: [String]
    public var span: SourceSpan

    public init(
        raw: String, date: CalendarDate?, problem: DateProblem?, leadingZeroIssues: [String],
        wordTypos: [String] = [], span: SourceSpan
    ) {
        self.raw = raw
        self.date = date
        self.problem = problem
        self.leadingZeroIssues = leadingZeroIssues
        self.wordTypos = wordTypos
        self.span = span
    }
}

public enum DateProblem: String, Sendable, Hashable, Codable {
    /// A part of the date is not a number ("ngày the tháng 10").
    case unreadable
    /// Numbers that make no calendar day ("30/02/2023").
    case impossible
}

/// The signer's block: authority forms, titles and the name.
public struct SignatureBlock: Sendable, Hashable, Codable {
    /// Authority lines as printed ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
    public var authorityLines: [Located<String>]
    /// The forms used, in order ("TM.", "KT.").
    public var forms: [String]
    /// Titles ("PHÓ CHỦ TỊCH").
    public var titles: [String]
    public var signer: Located<String>?
    public var span: SourceSpan

    public init(
        authorityLines: [Located<String>], forms: [String], titles: [String],
        signer: Located<String>?, span: SourceSpan
    ) {
        self.authorityLines = authorityLines
        self.forms = forms
        self.titles = titles
        self.signer = signer
        self.span = span
    }
}
