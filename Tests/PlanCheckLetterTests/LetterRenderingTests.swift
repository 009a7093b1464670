import Foundation
import PlanCheckLetter
import Testing

/// The letter opened by another word processor: LibreOffice converts it to PDF without error and
/// its first page, rendered by pdftoppm, carries the letter (not a blank or an error page).
/// Skipped when soffice or pdftoppm is missing (.ci/run installs both).
struct LetterRenderingTests {
    static func tool(_ names: [String]) -> String? {
        names.flatMap { ["/usr/bin/\($0)", "/usr/local/bin/\($0)", "/opt/homebrew/bin/\($0)"] }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static let soffice = tool(["soffice", "libreoffice"])
    static let pdftoppm = tool(["pdftoppm"])
    static let pdftotext = tool(["pdftotext"])

    @Test(
        .enabled(
            if: soffice != nil && pdftoppm != nil && pdftotext != nil,
            "soffice (libreoffice-writer-nogui) or pdftoppm/pdftotext (poppler-utils) is not installed"),
        .timeLimit(.minutes(3)))
    func libreOfficeConvertsTheLetterAndItsFirstPageIsNotBlank() throws {
        let dir = try LetterFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("gop-y.docx")
        let letter = try LetterFixture.composer().compose(LetterFixture.submission, date: LetterFixture.date)
        try DocxLetterWriter.data(letter, at: LetterFixture.instant).write(to: docx)

        // A profile of its own, so that a LibreOffice open elsewhere does not take the job.
        let convert = try Self.run(
            Self.soffice!,
            [
                "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to", "pdf",
                "--outdir", dir.path, docx.path,
            ])
        let pdf = dir.appendingPathComponent("gop-y.pdf")
        #expect(convert.status == 0, "\(convert.output)")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "\(convert.output)")
        guard FileManager.default.fileExists(atPath: pdf.path) else { return }

        let text = try Self.run(Self.pdftotext!, ["-f", "1", "-l", "1", "-layout", pdf.path, "-"]).output
        for expected in [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi: Ủy ban nhân dân xã An Thạch.", "/SVHTTDL-VP",
        ] {
            #expect(text.contains(expected), "page 1 lacks \(expected):\n\(text)")
        }

        let image = dir.appendingPathComponent("page")
        let render = try Self.run(
            Self.pdftoppm!, ["-r", "50", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf.path, image.path])
        #expect(render.status == 0, "\(render.output)")
        let (width, height, pixels) = try Self.pgm(
            Data(contentsOf: URL(fileURLWithPath: image.path + ".pgm")))
        // A4 at 50 dpi is about 413 × 585; the text covers a few per cent of it, a blank page none.
        #expect(width > 400 && height > 570)
        let dark = pixels.filter { $0 < 128 }.count
        #expect(dark > width * height / 100, "\(dark) dark pixels of \(width * height)")
    }

    /// A binary PGM (P5): header, then one byte a pixel.
    static func pgm(_ data: Data) throws -> (Int, Int, [UInt8]) {
        let bytes = [UInt8](data)
        var fields: [String] = []
        var i = 0
        while fields.count < 4, i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            fields.append(String(decoding: bytes[start..<i], as: UTF8.self))
        }
        i += 1
        let width = try #require(Int(fields.count > 1 ? fields[1] : ""))
        let height = try #require(Int(fields.count > 2 ? fields[2] : ""))
        #expect(fields.first == "P5")
        return (width, height, Array(bytes[min(i, bytes.count)...]))
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-out-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        // A file, not a pipe: LibreOffice's helper processes may keep a pipe open after it exits.
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(150)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8))
    }
}
