import GRDB
import PlanCheckCore

/// Why a database cannot be used. Each case says what the user can do; none is ever resolved by
/// overwriting the file, since it may hold months of review decisions. Messages are Vietnamese
/// with the English in parentheses; paths and fingerprints are what the user typed or a file
/// name, so they are escaped for the terminal (`DisplaySafe`).
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// How a database file is damaged.
    public enum Damage: Sendable, Equatable {
        case truncatedHeader(bytes: Int)
        case truncated(bytes: Int64, expected: Int64)
        case partialPage(bytes: Int64, pageSize: Int)
        case badPageSize(Int)
        /// SQLite found the damage itself ("database disk image is malformed").
        case reported(String)
    }

    case notAPlanCheckDatabase(String)
    case newerSchema(path: String, found: Int, supported: Int)
    case olderSchema(String)
    case cannotOpen(path: String, reason: String)
    case cannotOpenForReading(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case damaged(path: String, problem: Damage)
    case isADirectory(String)
    case noReadPermission(String)
    case noDatabase(String)
    case unknownFinding(String)
    case ambiguousFinding(String, count: Int)

    public var description: String {
        switch self {
        case .notAPlanCheckDatabase(let p):
            return
                "\(safe(p)): không phải cơ sở dữ liệu PlanCheck (not a PlanCheck database); dùng --db với một tệp khác."
        case .newerSchema(let p, let found, let supported):
            return
                "\(safe(p)): cơ sở dữ liệu do phiên bản PlanCheck mới hơn tạo (schema \(found), bản này hiểu tới \(supported)); hãy nâng cấp plancheck."
        case .olderSchema(let p):
            return
                "\(safe(p)): cơ sở dữ liệu của phiên bản PlanCheck cũ hơn, chưa được nâng cấp (older schema, not yet migrated); "
                + "chạy plancheck review với tệp này một lần để nâng cấp."
        case .cannotOpen(let p, let reason):
            return
                "\(safe(p)): không mở được cơ sở dữ liệu để ghi (cannot open database for writing): \(reason)"
        case .cannotOpenForReading(let p, let reason):
            return
                "\(safe(p)): không mở được cơ sở dữ liệu để đọc (cannot open database for reading): \(reason)"
        case .cannotRead(let p, let reason):
            return "\(safe(p)): không đọc được cơ sở dữ liệu (cannot read database): \(reason)"
        case .cannotWrite(let p, let reason):
            return "\(safe(p)): không ghi được vào cơ sở dữ liệu (cannot write database: \(reason)); "
                + "các kết quả đã lưu trước đó vẫn nguyên vẹn, hãy giải phóng chỗ trống hoặc dùng --db khác."
        case .damaged(let p, let problem):
            return "\(safe(p)): cơ sở dữ liệu bị hỏng, \(Self.explain(problem)); "
                + "tệp được giữ nguyên: hãy khôi phục từ bản sao lưu hoặc dùng --db khác."
        case .isADirectory(let p):
            return
                "\(safe(p)): là một thư mục, không phải tệp cơ sở dữ liệu (is a directory, not a database file); "
                + "hãy cho --db đường dẫn tới một tệp."
        case .noReadPermission(let p):
            return
                "\(safe(p)): không có quyền đọc tệp cơ sở dữ liệu (permission denied: cannot read the database); "
                + "hãy xin quyền đọc tệp hoặc dùng --db khác."
        case .noDatabase(let p):
            return
                "\(safe(p)): chưa có cơ sở dữ liệu nào ở đường dẫn này (no database at this path); "
                + "hãy kiểm tra --db, hoặc chạy plancheck review để tạo."
        case .unknownFinding(let f):
            return "\(safe(f)): không có phát hiện nào có dấu vân tay này (no finding with this fingerprint)."
        case .ambiguousFinding(let f, let n):
            return "\(safe(f)): \(n) phát hiện khớp tiền tố này; hãy viết dài hơn (prefix is ambiguous)."
        }
    }

    static func explain(_ problem: Damage) -> String {
        switch problem {
        case .truncatedHeader(let n):
            return "tệp bị cắt cụt ngay trong phần đầu, chỉ còn \(n) trên 100 byte "
                + "(damaged database: truncated inside its header, \(n) of 100 bytes)"
        case .truncated(let n, let expected):
            return
                "tệp bị cắt cụt, chỉ còn \(n) trên \(expected) byte (damaged database: truncated, \(n) of \(expected) bytes)"
        case .partialPage(let n, let page):
            return "tệp \(n) byte không chứa trọn các trang \(page) byte, có lẽ bị cắt cụt "
                + "(damaged database: \(n) bytes is not a whole number of \(page)-byte pages)"
        case .badPageSize(let size):
            return
                "phần đầu ghi kích thước trang không hợp lệ \(size) (damaged database: invalid page size \(size))"
        case .reported(let reason):
            return "SQLite báo tệp hỏng (damaged database: \(reason))"
        }
    }

    func safe(_ s: String) -> String { DisplaySafe.escape(s) }

    /// What the store was doing when SQLite failed.
    enum Stage {
        case opening(PlanCheckStore.Access)
        case reading
        case writing
    }

    /// A GRDB or SQLite failure as the StoreError a user can act on: damage is named as damage
    /// whatever the connection was doing; otherwise it is a failure to open, read or write.
    static func from(_ error: Error, path: String, _ stage: Stage) -> StoreError {
        if let e = error as? StoreError { return e }
        let reason = PlanCheckStore.reason(error)
        if let e = error as? DatabaseError, e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB
        {
            return .damaged(path: path, problem: .reported(reason))
        }
        switch stage {
        case .opening(.readWrite): return .cannotOpen(path: path, reason: reason)
        case .opening(.readOnly): return .cannotOpenForReading(path: path, reason: reason)
        case .reading: return .cannotRead(path: path, reason: reason)
        case .writing: return .cannotWrite(path: path, reason: reason)
        }
    }
}
