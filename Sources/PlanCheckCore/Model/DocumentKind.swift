/// The kind of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục III): it decides which parts
/// the document must have and which rules apply. Rules name kinds by the raw value in their YAML
/// (`applies_to`), so the raw values are a contract.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case keHoach = "ke-hoach"
    case chuongTrinh = "chuong-trinh"
    case deAn = "de-an"
    case phuongAn = "phuong-an"
    case duAn = "du-an"
    case quyetDinh = "quyet-dinh"
    case nghiQuyet = "nghi-quyet"
    case chiThi = "chi-thi"
    case ketLuan = "ket-luan"
    case quyChe = "quy-che"
    case quyDinh = "quy-dinh"
    case thongBao = "thong-bao"
    case huongDan = "huong-dan"
    case baoCao = "bao-cao"
    case bienBan = "bien-ban"
    case toTrinh = "to-trinh"
    case congDien = "cong-dien"
    case giayMoi = "giay-moi"
    case congVan = "cong-van"
    case thongTu = "thong-tu"
    case nghiDinh = "nghi-dinh"
    case luat = "luat"
    /// Neither its type name, its number nor its form says what it is: form checks only.
    case unknown = "unknown"

    /// Kinds whose body is a plan: sections, tasks with lead agencies and deadlines (DOMAIN.md §7).
    public var isPlan: Bool { [.keHoach, .chuongTrinh, .deAn, .phuongAn].contains(self) }

    /// The abbreviation in a document's number ("61/KH-UBND" → KH), keyed without case and with
    /// Đ read as D, since copies write "QD", "Qđ" or "QĐ".
    public static func forNumberCode(_ code: String) -> DocumentKind? {
        codes[fold(code)]
    }

    /// The kind a printed type name stands for ("KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG" → kế hoạch), given
    /// its number code as the parser read it.
    public static func forTypeCode(_ code: String) -> DocumentKind? {
        code.isEmpty ? .congVan : forNumberCode(code)
    }

    private static let codes: [String: DocumentKind] = {
        let table: [(String, DocumentKind)] = [
            ("KH", .keHoach), ("CTR", .chuongTrinh), ("DA", .deAn), ("PA", .phuongAn), ("QD", .quyetDinh),
            ("NQ", .nghiQuyet), ("CT", .chiThi), ("KL", .ketLuan), ("QC", .quyChe), ("QYD", .quyDinh),
            ("TB", .thongBao), ("HD", .huongDan), ("BC", .baoCao), ("BB", .bienBan), ("TTR", .toTrinh),
            ("CD", .congDien), ("GM", .giayMoi), ("TT", .thongTu), ("ND", .nghiDinh), ("QH", .luat),
        ]
        return Dictionary(uniqueKeysWithValues: table)
    }()

    private static func fold(_ code: String) -> String {
        String(code.uppercased().map { $0 == "Đ" ? "D" : $0 })
    }

    /// The name officials write ("Kế hoạch"), for messages.
    public var name: String {
        switch self {
        case .keHoach: return "Kế hoạch"
        case .chuongTrinh: return "Chương trình"
        case .deAn: return "Đề án"
        case .phuongAn: return "Phương án"
        case .duAn: return "Dự án"
        case .quyetDinh: return "Quyết định"
        case .nghiQuyet: return "Nghị quyết"
        case .chiThi: return "Chỉ thị"
        case .ketLuan: return "Kết luận"
        case .quyChe: return "Quy chế"
        case .quyDinh: return "Quy định"
        case .thongBao: return "Thông báo"
        case .huongDan: return "Hướng dẫn"
        case .baoCao: return "Báo cáo"
        case .bienBan: return "Biên bản"
        case .toTrinh: return "Tờ trình"
        case .congDien: return "Công điện"
        case .giayMoi: return "Giấy mời"
        case .congVan: return "Công văn"
        case .thongTu: return "Thông tư"
        case .nghiDinh: return "Nghị định"
        case .luat: return "Luật"
        case .unknown: return "văn bản chưa xác định loại"
        }
    }
}

/// What a copy holds of its document. Web copies are often cut mid-text or start inside the
/// document (DOMAIN.md §7): rules about parts the copy cannot contain stay silent, and the copy is
/// reported once instead.
public struct CopyExtent: Sendable, Hashable, Codable {
    /// The header block (Quốc hiệu, issuing body, number, place and date) is not in the copy.
    public var startsMidway: Bool
    /// The copy stops before the document ends: at "[...]", mid-sentence, or with no closing
    /// (neither "Nơi nhận" nor a signature).
    public var endsMidway: Bool
    /// Where the copy stops (the last line it holds), when it ends midway.
    public var lastLine: Int?
    /// "DỰ THẢO": a draft has a blank number and date by design.
    public var isDraft: Bool
    /// The header came as a flattened table and neither a type name nor a summary follows it: the
    /// listing site that renders headers so drops those rows, so their absence says nothing.
    public var titleDropped: Bool = false

    public init(
        startsMidway: Bool = false, endsMidway: Bool = false, lastLine: Int? = nil, isDraft: Bool = false
    ) {
        self.startsMidway = startsMidway
        self.endsMidway = endsMidway
        self.lastLine = lastLine
        self.isDraft = isDraft
    }

    public var isPartial: Bool { startsMidway || endsMidway }
}

/// How a document's kind was decided, so a reviewer can see why plan rules did or did not run.
public struct KindEvidence: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// The printed type name ("KẾ HOẠCH").
        case typeName = "type-name"
        /// The abbreviation in the document's own number ("…/QĐ-UBND").
        case numberCode = "number-code"
        /// A Công văn's "V/v …" summary under its number, or its "Kính gửi:".
        case summaryLine = "summary-line"
        /// The body's form ("QUYẾT ĐỊNH:", "Điều 1.").
        case bodyForm = "body-form"
        case none
    }

    public var source: Source
    public var line: Int?

    public init(source: Source, line: Int? = nil) {
        self.source = source
        self.line = line
    }
}
