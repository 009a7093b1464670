/// Type names and their codes in the number (NĐ 30/2020/NĐ-CP, Phụ lục III). The parser uses them
/// only to find the type-name line and say which code it stands for; the rule that checks a number
/// against its type name reads its own table from rules/ so a province can correct it.
enum DocumentTypeNames {
    static let codes: [(name: String, code: String)] = [
        ("KẾ HOẠCH", "KH"), ("QUYẾT ĐỊNH", "QĐ"), ("CHỈ THỊ", "CT"), ("NGHỊ QUYẾT", "NQ"),
        ("QUY CHẾ", "QC"), ("QUY ĐỊNH", "QyĐ"), ("THÔNG BÁO", "TB"), ("HƯỚNG DẪN", "HD"),
        ("CHƯƠNG TRÌNH", "CTr"), ("PHƯƠNG ÁN", "PA"), ("ĐỀ ÁN", "ĐA"), ("DỰ ÁN", "DA"),
        ("BÁO CÁO", "BC"), ("BIÊN BẢN", "BB"), ("TỜ TRÌNH", "TTr"), ("CÔNG ĐIỆN", "CĐ"),
        ("GIẤY MỜI", "GM"), ("CÔNG VĂN", ""),
        // Kinds of Phụ lục III PlanCheck does not judge: read as type names, so that the header
        // is read right and the document is one of unknown kind (form checks only, TT026).
        ("THÔNG CÁO", "TC"), ("BẢN GHI NHỚ", "BGN"), ("BẢN THỎA THUẬN", "BTT"), ("GIẤY ỦY QUYỀN", "GUQ"),
        ("GIẤY GIỚI THIỆU", "GGT"), ("GIẤY NGHỈ PHÉP", "GNP"),
    ]

    /// The code for a printed type name, read through OCR accent errors ("KÉ HOẠCH" → KH).
    static func code(forPrinted name: String) -> String? {
        // Type names are short; a long line is never one.
        guard name.utf8.count < 40 else { return nil }
        let key = looseKey(name)
        return keyed.first { $0.key == key }.map { $0.code }
    }

    static let keyed: [(key: String, code: String)] = codes.map { (looseKey($0.name), $0.code) }
}
