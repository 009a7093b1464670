extension CoverageMatcher {
    /// Syllables that carry no signal for "does this task take over that duty": Vietnamese function
    /// words, and the boilerplate every duty of every plan repeats ("triển khai thực hiện công tác",
    /// "tăng cường"). Kept as data so a caller can replace or extend it; IDF already damps words that
    /// are merely common, so this list only needs the ones that are common everywhere.
    /// Words that are signal in some phrases stay out ("ngày" in "ngày lễ", "đối" in "đối ngoại",
    /// "thời" in "thời lượng").
    public static let defaultStopwords: Set<String> = [
        // Relations and prepositions.
        "của", "và", "với", "cho", "về", "để", "theo", "trên", "tại", "trong", "ngoài", "từ", "đến",
        "vào", "ra", "bằng", "qua", "giữa", "sau", "trước", "khi", "nhằm",
        // Articles, quantifiers, demonstratives.
        "các", "những", "mọi", "mỗi", "từng", "một", "này", "đó", "kia", "ấy", "nào", "cả", "tất",
        // Verbs of being, aspect and modality.
        "là", "có", "đã", "đang", "sẽ", "được", "bị", "phải", "cần", "nên", "thì", "mà", "như",
        "cũng", "đều", "vẫn", "còn", "lại", "rất", "hơn", "ngay", "nếu", "do", "vì", "bởi", "hoặc",
        "hay", "nhau",
        // Plan boilerplate.
        "năm", "thực", "hiện", "triển", "khai", "tăng", "cường", "công", "tác", "nhiệm", "vụ",
        "nội", "dung", "đẩy", "mạnh", "tiếp", "tục", "nâng", "cao", "hiệu", "quả", "chất", "lượng",
        "góp", "phần", "đảm", "bảo", "thường", "xuyên",
        // Citation boilerplate: "Quyết định số 1079/QĐ-TTg" and "Quyết định số 1191/QĐ-TTg" share
        // everything but the number, which is the only part that tells them apart.
        "số", "quyết", "định", "qđ", "ttg", "nđ", "cp", "tt", "kh", "ubnd", "ct", "kl", "tw", "btttt",
    ]
}

extension CoverageMatcher {
    /// Syllables that name nothing on their own, only inside a word of two or more: "cơ" of "cơ
    /// quan", "cơ sở"; "thông" of "thông tin", "truyền thông". Shared alone (the parent's "cơ sở"
    /// and the child's "cơ quan") they are no reason a reviewer can read, so the explanation of a
    /// score leaves them out. The score still counts them: IDF already weighs them.
    public static let boundSyllables: Set<String> = [
        "cơ", "quan", "sở", "thông", "tin", "truyền", "tuyên", "tổ", "chức", "văn", "hóa", "hội",
        "nhân", "dân", "cán", "bộ", "viên", "chính", "trị", "hành", "kế", "hoạch", "báo", "cáo",
        "kết", "địa", "phương", "bàn", "cấp", "đối", "ngoại", "quốc", "gia", "người", "con", "điện",
        "tử", "trang", "phát", "thanh", "hình", "ảnh", "hoạt", "động", "đơn", "vị", "ban", "ngành",
        "sản", "phẩm", "kinh", "tế", "phòng", "ủy", "quyền", "tình", "giới", "thiệu", "kỷ", "niệm",
        "mạng", "lễ", "xây", "dựng", "phổ", "biến", "tài", "liệu", "trung", "tâm", "phối", "hợp",
        "chủ", "trì", "thời", "gian", "hướng", "dẫn", "quảng", "bá", "du", "lịch", "xúc", "tiến",
        "pháp", "luật", "học", "tập", "cộng", "đồng", "ý", "kiến", "đề", "án", "chương", "trình",
        "xã", "tháng", "ngày", "giáo", "dục", "đào", "tạo", "thể", "thao", "kỳ",
    ]
}
