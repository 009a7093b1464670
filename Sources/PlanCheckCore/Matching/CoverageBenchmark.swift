import Foundation

extension CoverageMatcher {
    /// Seconds for one `match` of `parentCount` generated parent items against `childCount` child
    /// items, for `make bench`. The items are deterministic: phrases taken from the Quảng An chain,
    /// drawn by a fixed-seed generator, so runs compare like with like.
    public static func benchmark(parentCount: Int, childCount: Int) -> Double {
        var rng = SplitMix(seed: 0x5EED_2024)
        let parents = (0..<parentCount).map { MatchItem(id: "p\($0)", text: benchText(&rng, phrases: 4)) }
        let children = (0..<childCount).map { MatchItem(id: "c\($0)", text: benchText(&rng, phrases: 7)) }
        let matcher = CoverageMatcher()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = matcher.match(parentItems: parents, childItems: children)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        precondition(result.count == parentCount)
        return seconds
    }

    static func benchText(_ rng: inout SplitMix, phrases: Int) -> String {
        (0..<phrases).map { _ in benchPhrases[Int(rng.next() % UInt64(benchPhrases.count))] }
            .joined(separator: ", ") + " \(rng.next() % 1000)."
    }

    /// Fragments of duties and tasks from samples/chains/quang-an-2024.
    static let benchPhrases: [String] = [
        "xây dựng, ban hành Kế hoạch công tác thông tin đối ngoại năm 2024 của địa phương",
        "chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thanh cấp huyện",
        "Đài Truyền thanh cấp xã tăng thời lượng phát thanh tuyên truyền về biển, đảo Việt Nam",
        "chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa",
        "tổ chức phổ biến, truyền thông về quyền con người cho cán bộ, công chức cấp xã",
        "báo cáo viên và tuyên truyền viên cơ sở theo Quyết định số 1079/QĐ-TTg",
        "phối hợp với các Đồn Biên phòng trên địa bàn thông tin, tuyên truyền về đường biên, mốc giới",
        "quy chế khu vực biên giới cho Nhân dân các xã biên giới",
        "tổ chức các hoạt động kỷ niệm các ngày lễ lớn, năm tròn thiết lập quan hệ ngoại giao",
        "báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30 tháng 11 năm 2024",
        "quảng bá hình ảnh, tiềm năng du lịch và sản phẩm OCOP trên môi trường mạng",
        "Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" theo Chỉ thị số 28/CT-TTg",
        "quán triệt Kết luận số 57-KL/TW của Bộ Chính trị trong tình hình mới",
        "theo dõi dư luận, đấu tranh phản bác thông tin sai trái, xuyên tạc trên không gian mạng",
        "Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện",
        "Cơ quan phối hợp: Phòng Nông nghiệp và Phát triển nông thôn huyện",
        "Sản phẩm: chuyên mục giới thiệu điểm đến và sản phẩm OCOP trên Trang thông tin điện tử huyện",
        "tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện",
        "vận động đoàn viên, hội viên lồng ghép nội dung thông tin đối ngoại trong sinh hoạt định kỳ",
        "tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ phụ trách của huyện và các xã, thị trấn",
        "cuộc thi tìm hiểu về biển, đảo Việt Nam dành cho đoàn viên, thanh niên",
        "Thời gian: Quý III năm 2024",
    ]
}

/// SplitMix64: a tiny deterministic generator, so the benchmark input never depends on the platform.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
