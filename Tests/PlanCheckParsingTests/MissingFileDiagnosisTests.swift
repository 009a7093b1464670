import Foundation
import PlanCheckParsing
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// "Không tìm thấy tệp" is only one of the reasons a named file cannot be opened; each other
/// reason gets its own message so the reviewer fixes the right thing (issue 19, item 5).
struct MissingFileDiagnosisTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plancheck-missing-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func failure(_ path: String) -> InputError? {
        do {
            _ = try FileIntake.readBytes(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aSymbolicLinkLoopIsNamedAsALoop() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.txt").path
        let b = folder.appendingPathComponent("b.txt").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let error = try #require(failure(a))
        #expect(error.message.contains("vòng lặp"))
        #expect(error.englishMessage.contains("loop"))
        #expect(!error.message.contains("không tìm thấy tệp"))
    }

    @Test func aDanglingLinkNamesItsTarget() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("ke-hoach.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "da-xoa.txt")
        let error = try #require(failure(link))
        #expect(error.reason == .missing)
        #expect(error.message == "liên kết tượng trưng trỏ tới tệp không tồn tại: da-xoa.txt")
    }

    /// The name as the command line hands it over: bytes that are not UTF-8 arrive repaired with
    /// U+FFFD, a path that names nothing.
    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes =
            Array(folder.path.utf8) + Array("/ke-hoach-".utf8) + [0xC4, 0x20, 0xFF] + Array(".txt".utf8)
        let descriptor = (bytes + [0]).withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count + 1) {
                open($0, O_CREAT | O_WRONLY, 0o644)
            }
        }
        try #require(descriptor >= 0)
        _ = write(descriptor, "x", 1)
        close(descriptor)
        let error = try #require(failure(String(decoding: bytes, as: UTF8.self)))
        #expect(error.message.hasPrefix("tên tệp không phải UTF-8 hợp lệ"))
        #expect(error.englishMessage.hasPrefix("the file name is not valid UTF-8"))
    }

    @Test func aFileThatIsNotThereIsStillNotFound() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(failure(folder.appendingPathComponent("khong-co.txt").path))
        #expect(error.message == "không tìm thấy tệp")
    }
}
