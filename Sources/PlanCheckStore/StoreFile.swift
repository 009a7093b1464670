import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the file at `--db` is, found before SQLite touches it: SQLite reports a directory, a file
/// it may not read, a cut-off copy and a text file alike as "cannot open" or "malformed", and a
/// reviewer then looks for the wrong cause.
enum StoreFile {
    enum State: Equatable {
        case missing
        case empty
        case database
    }

    static let magic = Array("SQLite format 3\u{0}".utf8)
    static let headerLength = 100

    /// Refuses a directory, an unreadable file, a file that is not SQLite and a database cut
    /// short; otherwise says whether there is anything to open.
    static func inspect(_ path: String) throws -> State {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return .missing }
            if errno == EACCES { throw StoreError.noReadPermission(path) }
            throw StoreError.cannotOpenForReading(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw StoreError.isADirectory(path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            if errno == EACCES { throw StoreError.noReadPermission(path) }
            throw StoreError.cannotOpenForReading(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: headerLength)
        let count = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, headerLength) }
        guard count >= 0 else {
            throw StoreError.cannotOpenForReading(path: path, reason: String(cString: strerror(errno)))
        }
        if count == 0 { return .empty }
        try checkHeader(Array(header.prefix(count)), size: Int64(info.st_size), path: path)
        return .database
    }

    /// The SQLite header (sqlite.org/fileformat.html §1.3): the magic string, the page size at
    /// offset 16 and the page count at 28, which is valid when the "version-valid-for" number at
    /// 92 equals the change counter at 24. A file shorter than its pages is a cut-off copy.
    static func checkHeader(_ header: [UInt8], size: Int64, path: String) throws {
        let known = min(header.count, magic.count)
        guard Array(header.prefix(known)) == Array(magic.prefix(known)) else {
            throw StoreError.notAPlanCheckDatabase(path)
        }
        guard header.count >= headerLength else {
            throw StoreError.damaged(path: path, problem: .truncatedHeader(bytes: header.count))
        }
        let rawPageSize = Int64(header[16]) << 8 | Int64(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize <= 65536, pageSize & (pageSize - 1) == 0 else {
            throw StoreError.damaged(path: path, problem: .badPageSize(Int(rawPageSize)))
        }
        // A writer's log or journal beside the file may hold pages the file does not have yet, and
        // a checkpoint may be growing it right now: only a quiet file must hold all its pages.
        guard !hasCompanions(path) else { return }
        let pages = bigEndian(header, at: 28)
        if bigEndian(header, at: 24) == bigEndian(header, at: 92), size < pages * pageSize {
            throw StoreError.damaged(path: path, problem: .truncated(bytes: size, expected: pages * pageSize))
        }
        if size % pageSize != 0 {
            throw StoreError.damaged(path: path, problem: .partialPage(bytes: size, pageSize: Int(pageSize)))
        }
    }

    /// A writer needs to write the file and to create its -wal and -shm beside it. Checked
    /// before SQLite opens it: SQLite would otherwise fall back to reading, fail only at the first
    /// write, and leave those files behind.
    static func checkWritable(_ path: String, exists: Bool) throws {
        if exists && access(path, W_OK) != 0 {
            throw StoreError.cannotOpen(
                path: path, reason: "tệp không cho phép ghi (\(String(cString: strerror(errno))))")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            throw StoreError.cannotOpen(
                path: path, reason: "thư mục không cho phép ghi (\(String(cString: strerror(errno))))")
        }
    }

    /// The files SQLite keeps beside a database while a connection has it open, or after a crash.
    static func companions(_ path: String) -> [String] { ["-wal", "-shm", "-journal"].map { path + $0 } }

    static func hasCompanions(_ path: String) -> Bool {
        companions(path).contains { FileManager.default.fileExists(atPath: $0) }
    }

    static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int64 {
        bytes[offset..<offset + 4].reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }
}
