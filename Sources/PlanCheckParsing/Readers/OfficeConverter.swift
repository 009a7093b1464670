import Foundation

/// .doc, .odt and .rtf plans, converted to .docx by LibreOffice (`soffice --headless
/// --convert-to docx`) and then read like any .docx. Offices still send Word 97-2003 files; a
/// reviewer should not have to resave each one by hand when LibreOffice is on the machine.
public enum OfficeConverter {
    public static let extensions: Set<String> = ["doc", "odt", "rtf"]
    /// A damaged file can make LibreOffice spin; the limit turns that into an error.
    static let timeout: TimeInterval = 120

    /// Whether LibreOffice is on PATH (`soffice`, or `libreoffice` as some packages name it).
    public static var isAvailable: Bool { tool != nil }

    static var tool: String? { ToolRunner.find("soffice") ?? ToolRunner.find("libreoffice") }

    /// The .docx bytes of `path`, converted in a private temporary folder with a private
    /// LibreOffice profile, so that parallel checks and a LibreOffice the user has open do not
    /// block each other on the profile's lock.
    static func convert(_ path: String) throws(ReaderError) -> [UInt8] {
        guard let tool else {
            throw ReaderError(
                .toolMissing,
                message:
                    "cần LibreOffice để đọc tệp này (cài gói libreoffice-writer-nogui) hoặc lưu lại thành .docx.",
                english:
                    "LibreOffice is needed to read this file (install libreoffice-writer-nogui), or save it as .docx."
            )
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-soffice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do { try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true) } catch {
            throw ReaderError(.toolFailed, message: "Không tạo được thư mục tạm.", english: "\(error)")
        }
        let input = URL(fileURLWithPath: path).standardizedFileURL
        let result = try ToolRunner.run(
            tool,
            [
                "-env:UserInstallation=" + work.appendingPathComponent("profile").absoluteString,
                "--headless",
                "--norestore", "--convert-to", "docx", "--outdir", work.path, input.path,
            ], environment: ["HOME": work.path], timeout: timeout)
        let output = work.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".docx")
        if result.timedOut {
            throw ReaderError(
                .toolFailed, message: "LibreOffice không chuyển xong tệp trong \(Int(timeout)) giây.",
                english: "LibreOffice did not finish converting the file in \(Int(timeout)) s.")
        }
        guard result.status == 0, let data = FileManager.default.contents(atPath: output.path) else {
            let detail =
                result.stderr.split(separator: "\n").first.map(String.init) ?? "exit \(result.status)"
            throw ReaderError(
                .toolFailed, message: "LibreOffice không chuyển được tệp sang .docx (\(detail)).",
                english: "LibreOffice could not convert the file to .docx (\(detail)).")
        }
        return Array(data)
    }
}
