import Foundation
import PlanCheckParsing
import PlanCheckTestSupport
import Testing

private func decode(_ bytes: [UInt8], limits: IntakeLimits = .default) throws -> DecodedText {
    try TextDecoder.decode(bytes, path: "plan.txt", limits: limits)
}

private func error(_ bytes: [UInt8], limits: IntakeLimits = .default) -> InputError? {
    do {
        _ = try TextDecoder.decode(bytes, path: "plan.txt", limits: limits)
        return nil
    } catch {
        return error
    }
}

private let sample = "Kế hoạch công tác thông tin đối ngoại năm 2024"

@Test func plainUTF8IsReturnedAsIs() throws {
    let result = try decode(Array(sample.utf8))
    #expect(result == DecodedText(text: sample, encoding: "utf-8"))
}

@Test func byteOrderMarkIsRemovedAndReported() throws {
    let result = try decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
    #expect(result == DecodedText(text: sample, encoding: "utf-8-bom"))
}

@Test func utf16LittleEndianIsConverted() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in (sample + "\r\n😀").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let result = try decode(bytes)
    #expect(result == DecodedText(text: sample + "\n😀", encoding: "utf-16le"))
}

@Test func utf16BigEndianIsConverted() throws {
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in sample.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let result = try decode(bytes)
    #expect(result == DecodedText(text: sample, encoding: "utf-16be"))
}

@Test func utf16WithAnOddByteCountIsRefused() {
    #expect(error([0xFF, 0xFE, 0x41, 0x00, 0x42])?.reason == .invalidEncoding)
}

@Test func crlfAndLoneCarriageReturnsBecomeLineFeeds() throws {
    let result = try decode(Array("một\r\nhai\rba\n\r\nbốn\r".utf8))
    #expect(result.text == "một\nhai\nba\n\nbốn\n")
}

@Test func decomposedInputGivesTheSameBytesAsPrecomposed() throws {
    let decomposed = "Ke\u{302}\u{301} hoa\u{323}ch U\u{309}y ban nha\u{302}n da\u{302}n"
    let precomposed = "Kế hoạch Ủy ban nhân dân"
    #expect(Array(decomposed.utf8) != Array(precomposed.utf8))
    let result = try decode(Array(decomposed.utf8))
    #expect(Array(result.text.utf8) == Array(precomposed.utf8))
}

@Test func zeroBytesAreEmpty() {
    #expect(error([])?.reason == .empty)
}

@Test func whitespaceOnlyAndBOMOnlyAreEmpty() {
    #expect(error(Array(" \t\r\n\n  ".utf8))?.reason == .empty)
    #expect(error([0xEF, 0xBB, 0xBF])?.reason == .empty)
    #expect(error([0xEF, 0xBB, 0xBF] + Array("\u{A0}\u{3000}\n".utf8))?.reason == .empty)
    #expect(error([0xFF, 0xFE, 0x20, 0x00])?.reason == .empty)
}

@Test func pngBytesAreRefusedAsAnImage() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8)
    let failure = try #require(error(png))
    #expect(failure.reason == .binary)
    #expect(failure.englishMessage.contains("looks like a PNG image"))
    #expect(failure.message.contains("ảnh PNG"))
}

@Test func pdfAndZipSignaturesAreNamed() {
    #expect(error(Array("%PDF-1.7\n%âãÏÓ".utf8))?.englishMessage.contains("PDF") == true)
    #expect(error([0x50, 0x4B, 0x03, 0x04, 0x14, 0])?.englishMessage.contains("ZIP") == true)
    #expect(error(Array("{\\rtf1\\ansi text".utf8))?.reason == .unsupportedFormat)
}

@Test func nulByteMarksBinaryAndNamesItsOffset() throws {
    let failure = try #require(error(Array("abc".utf8) + [0] + Array("def".utf8)))
    #expect(failure.reason == .binary)
    #expect(failure.englishMessage.contains("offset 3"))
}

@Test func invalidUTF8NamesTheOffsetAndLineOfTheFirstBadByte() throws {
    let bytes = Array("first line\r\nsecond ".utf8) + [0xC3, 0x28] + Array(" end".utf8)
    let failure = try #require(error(bytes))
    #expect(failure.reason == .invalidEncoding)
    #expect(failure.englishMessage.contains("0xC3 at offset 19 (line 2)"))
    #expect(failure.message.contains("vị trí 19 (dòng 2)"))
    #expect(failure.description.hasPrefix("plan.txt: "))
}

@Test func overlongAndSurrogateEncodingsAreInvalid() {
    #expect(error(Array("ok ".utf8) + [0xC0, 0xAF])?.englishMessage.contains("offset 3") == true)
    #expect(error(Array("ok ".utf8) + [0xED, 0xA0, 0x80])?.reason == .invalidEncoding)
    #expect(error(Array("ok ".utf8) + [0xE1, 0xBA])?.reason == .invalidEncoding)
}

@Test func tenMegabyteSingleLineIsRefusedQuickly() throws {
    let bytes = Array("header\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
    let clock = ContinuousClock()
    var failure: InputError?
    let elapsed = clock.measure { failure = error(bytes) }
    #expect(failure?.reason == .lineTooLong)
    #expect(failure?.englishMessage.contains("line 2") == true)
    #expect(elapsed < .seconds(2))
}

@Test func aLineExactlyAtTheLimitIsAccepted() throws {
    let limits = IntakeLimits(maxBytes: 1 << 20, maxLineBytes: 16)
    let ok = String(repeating: "a", count: 16) + "\r\n" + String(repeating: "b", count: 16)
    #expect(try decode(Array(ok.utf8), limits: limits).text.count == 33)
    #expect(error(Array((ok + "b").utf8), limits: limits)?.englishMessage.contains("line 2") == true)
}

@Test func windows1252EnglishIsNotMistakenForVietnamese() throws {
    let english =
        "The caf\u{E9} served cr\u{E8}me br\u{FB}l\u{E9}e \u{96} our \u{93}favourite\u{94} \u{85} "
        + "said the committee\u{92}s chair, who reviewed the r\u{E9}sum\u{E9} of every applicant."
    let bytes = english.unicodeScalars.map { UInt8($0.value) }
    #expect(LegacyVietnameseEncoding.detect(bytes) == nil)
    #expect(error(bytes)?.reason == .invalidEncoding)
}

@Test func theSeedsDecodeAsUTF8() throws {
    for name in ["000", "001", "002", "003", "004"] {
        let path = Fixtures.seed(name)
        let result = try FileIntake.readText(path: path)
        #expect(result.encoding == "utf-8")
        // The seeds are NFC with LF line ends already, so intake must not change a byte.
        #expect(Data(result.text.utf8) == FileManager.default.contents(atPath: path))
        #expect(result.text.contains("KẾ HOẠCH") || result.text.contains("KÉ HOẠCH"))
    }
}

@Test func lineTooLongCountsCRLFAndCRLinesOnce() throws {
    let limits = IntakeLimits(maxBytes: 1 << 20, maxLineBytes: 8)
    let bytes = Array("one\r\ntwo\rthree\nfour is far too long\r\n".utf8)
    let failure = try #require(error(bytes, limits: limits))
    #expect(failure.reason == .lineTooLong)
    #expect(failure.englishMessage == "line 4 is longer than 8 bytes; probably not plain text")
    #expect(failure.message == "dòng 4 dài hơn 8 byte; có lẽ không phải văn bản thường")
}

@Test func utf16WithAnUnpairedSurrogateIsRefusedWithItsOffset() throws {
    let failure = try #require(error([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]))
    #expect(failure.reason == .invalidEncoding)
    #expect(failure.englishMessage.contains("byte 4"))
}

@Test func utf16WithoutBOMIsNamedInTheBinaryMessage() throws {
    let failure = try #require(error([0x4B, 0x00, 0x48, 0x00]))
    #expect(failure.reason == .binary)
    #expect(failure.englishMessage.contains("UTF-16 without a byte-order mark"))
}
