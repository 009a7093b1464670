import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a path that `FileManager` says does not exist cannot be read. "File not found" is only
/// true for one of these causes; a reviewer who is told it for a symlink loop or for a name the
/// system could not decode looks for the wrong problem (issue 19, item 5).
enum MissingFileDiagnosis {
    /// Swift decodes command-line arguments and directory entries as UTF-8, repairing invalid bytes
    /// with U+FFFD; such a path names no file any more, so the name itself is the problem.
    static let replacementCharacter: Character = "\u{FFFD}"

    static func error(for path: String) -> InputError {
        if let linkProblem = symbolicLinkProblem(path) { return linkProblem }
        if path.contains(replacementCharacter) {
            return InputError(
                path: path, reason: .missing,
                message:
                    "tên tệp không phải UTF-8 hợp lệ (có thể đặt trên máy dùng bảng mã cũ); đổi tên tệp rồi kiểm tra lại",
                englishMessage:
                    "the file name is not valid UTF-8 (perhaps named on a machine with a legacy code page); rename the file and check again"
            )
        }
        if errnoOfStat(path) == EACCES {
            return InputError(
                path: path, reason: .unreadable,
                message: "không có quyền truy cập thư mục chứa tệp",
                englishMessage: "permission denied on a folder on the path")
        }
        return InputError(
            path: path, reason: .missing, message: "không tìm thấy tệp", englishMessage: "file not found")
    }

    /// A link exists (lstat succeeds) but what it points at cannot be reached.
    private static func symbolicLinkProblem(_ path: String) -> InputError? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        if errnoOfStat(path) == ELOOP {
            return InputError(
                path: path, reason: .unreadable,
                message: "liên kết tượng trưng tạo thành vòng lặp (symlink loop), không trỏ tới tệp nào",
                englishMessage: "symbolic link loop: the link never reaches a file")
        }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        return InputError(
            path: path, reason: .missing,
            message: "liên kết tượng trưng trỏ tới tệp không tồn tại: \(target)",
            englishMessage: "symbolic link points to a file that does not exist: \(target)")
    }

    /// The errno of stat(2) on the path, or 0 when stat succeeds.
    private static func errnoOfStat(_ path: String) -> Int32 {
        var info = stat()
        return stat(path, &info) == 0 ? 0 : errno
    }
}
