import Foundation
import PlanCheckParsing
import Testing

/// A unique temporary folder per test, removed afterwards.
private struct TempDir: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("plancheck-intake-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

private func readError(_ path: String, limits: IntakeLimits = .default) -> InputError? {
    do {
        _ = try FileIntake.readText(path: path, limits: limits)
        return nil
    } catch {
        return error
    }
}

@Test func textFileIsReadAndDecoded() throws {
    let dir = try TempDir()
    let path = try dir.write("plan.md", [0xEF, 0xBB, 0xBF] + Array("# Kế hoạch\r\nNội dung\r\n".utf8))
    let result = try FileIntake.readText(path: path)
    #expect(result == DecodedText(text: "# Kế hoạch\nNội dung\n", encoding: "utf-8-bom"))
}

@Test func missingFileIsReportedAsMissing() throws {
    let dir = try TempDir()
    let path = dir.url.appendingPathComponent("absent.txt").path
    let failure = try #require(readError(path))
    #expect(failure.reason == .missing)
    #expect(failure.description == "\(path): không tìm thấy tệp")
    #expect(failure.message(english: true) == "\(path): file not found")
}

@Test func directoryIsReportedAsDirectory() throws {
    let dir = try TempDir()
    #expect(readError(dir.url.path)?.reason == .isDirectory)
}

@Test func emptyFileIsReportedAsEmpty() throws {
    let dir = try TempDir()
    #expect(readError(try dir.write("empty.txt", []))?.reason == .empty)
    #expect(readError(try dir.write("blank.txt", Array("  \n\t\n".utf8)))?.reason == .empty)
}

@Test func fileOverTheSizeLimitIsRefusedWithBothSizes() throws {
    let dir = try TempDir()
    let path = try dir.write("big.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 2_000))
    let failure = try #require(readError(path, limits: IntakeLimits(maxBytes: 1_000, maxLineBytes: 100)))
    #expect(failure.reason == .tooLarge)
    #expect(failure.englishMessage == "file too large: 2000 bytes, limit 1000 bytes")
    // At the limit exactly the file is read (and then fails on its single long line instead).
    let atLimit = try #require(readError(path, limits: IntakeLimits(maxBytes: 2_000, maxLineBytes: 100)))
    #expect(atLimit.reason == .lineTooLong)
}

@Test func pngRenamedToTxtIsRefusedAsBinary() throws {
    let dir = try TempDir()
    let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
    ]
    let failure = try #require(readError(try dir.write("scan.txt", png)))
    #expect(failure.reason == .binary)
    #expect(failure.englishMessage.contains("PNG"))
}

@Test func readBytesReturnsTheFileUnchanged() throws {
    let dir = try TempDir()
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00]
    #expect(try FileIntake.readBytes(path: try dir.write("u16.txt", bytes)) == bytes)
}

@Test func symbolicLinkToAFileIsFollowed() throws {
    let dir = try TempDir()
    let target = try dir.write("real.txt", Array("Nội dung".utf8))
    let link = dir.url.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(try FileIntake.readText(path: link).text == "Nội dung")
}
