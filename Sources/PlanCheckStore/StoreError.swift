/// Why a database cannot be used. Each case says what the user can do; none is ever resolved by
/// overwriting the file, since it may hold months of review decisions.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case notAPlanCheckDatabase(String)
    case newerSchema(path: String, found: Int, supported: Int)
    case cannotOpen(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case unknownFinding(String)
    case ambiguousFinding(String, count: Int)

    public var description: String {
        switch self {
        case .notAPlanCheckDatabase(let p):
            return
                "\(p): không phải cơ sở dữ liệu PlanCheck (not a PlanCheck database); dùng --db với một tệp khác."
        case .newerSchema(let p, let found, let supported):
            return
                "\(p): cơ sở dữ liệu do phiên bản PlanCheck mới hơn tạo (schema \(found), bản này hiểu tới \(supported)); hãy nâng cấp plancheck."
        case .cannotOpen(let p, let reason):
            return "\(p): không mở được cơ sở dữ liệu để ghi (cannot open database): \(reason)"
        case .cannotWrite(let p, let reason):
            return "\(p): không ghi được vào cơ sở dữ liệu (cannot write database: \(reason)); "
                + "các kết quả đã lưu trước đó vẫn nguyên vẹn, hãy giải phóng chỗ trống hoặc dùng --db khác."
        case .unknownFinding(let f):
            return "\(f): không có phát hiện nào có dấu vân tay này (no finding with this fingerprint)."
        case .ambiguousFinding(let f, let n):
            return "\(f): \(n) phát hiện khớp tiền tố này; hãy viết dài hơn (prefix is ambiguous)."
        }
    }
}
