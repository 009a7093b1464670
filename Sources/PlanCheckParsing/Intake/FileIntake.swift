import Foundation

/// Reading a plan file from disk with limits. The size is checked before reading so a 200 MB
/// disk image renamed .txt is refused without being loaded.
public enum FileIntake {
    /// Reads a file with limits; clear InputError for missing file, directory, unreadable, too
    /// large (checked with the file size BEFORE reading), empty.
    public static func readBytes(path: String, limits: IntakeLimits = .default) throws(InputError) -> [UInt8]
    {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MissingFileDiagnosis.error(for: path)
        }
        if isDirectory.boolValue {
            throw InputError(
                path: path, reason: .isDirectory, message: "đây là thư mục, không phải tệp",
                englishMessage: "is a directory, not a file")
        }
        // attributesOfItem does not follow symbolic links; the target is what will be read.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? manager.attributesOfItem(atPath: resolved) else {
            throw unreadable(
                path, vi: "không đọc được thông tin tệp", en: "cannot read the file's attributes")
        }
        // FIFOs and devices would block or never end.
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            throw unreadable(
                path, vi: "không phải tệp thường (thiết bị hoặc ống dẫn)",
                en: "not a regular file (device or pipe)")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        try checkSize(size, path: path, limits: limits)
        guard size > 0 else { throw IntakeErrors.empty(path, onlyWhitespace: false) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw unreadable(
                path, vi: "không có quyền đọc tệp", en: "permission denied: cannot open the file for reading")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte over the limit tells a file that grew after the size check.
            data = try handle.read(upToCount: limits.maxBytes + 1) ?? Data()
        } catch {
            throw unreadable(path, vi: "lỗi khi đọc tệp", en: "read error")
        }
        try checkSize(data.count, path: path, limits: limits)
        guard !data.isEmpty else { throw IntakeErrors.empty(path, onlyWhitespace: false) }
        return [UInt8](data)
    }

    /// readBytes + TextDecoder.decode, for .txt/.md (any other extension is still decoded as
    /// text here; dispatch by format happens elsewhere).
    public static func readText(path: String, limits: IntakeLimits = .default) throws(InputError)
        -> DecodedText
    {
        try TextDecoder.decode(readBytes(path: path, limits: limits), path: path, limits: limits)
    }

    static func checkSize(_ size: Int, path: String, limits: IntakeLimits) throws(InputError) {
        guard size > limits.maxBytes else { return }
        throw InputError(
            path: path, reason: .tooLarge,
            message:
                "tệp quá lớn: \(InputError.sizeText(size, english: false)), giới hạn \(InputError.sizeText(limits.maxBytes, english: false))",
            englishMessage:
                "file too large: \(InputError.sizeText(size, english: true)), limit \(InputError.sizeText(limits.maxBytes, english: true))"
        )
    }

    private static func unreadable(_ path: String, vi: String, en: String) -> InputError {
        InputError(path: path, reason: .unreadable, message: vi, englishMessage: en)
    }
}
