import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckReport
import PlanCheckRules

/// Turns a finished check into report files or stdout. The clock and path base are read here, at
/// the edge, so that the reporters stay pure and their snapshots byte-stable.
enum ReportOutput {
    /// SOURCE_DATE_EPOCH (reproducible-builds.org) makes two runs on the same input byte-identical.
    static func generatedAt(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        if let raw = environment["SOURCE_DATE_EPOCH"],
            let seconds = TimeInterval(raw.trimmingCharacters(in: .whitespaces))
        {
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return formatter.string(from: Date())
    }

    static var pathBase: String { FileManager.default.currentDirectoryPath }

    /// Without --out: the one format asked for (text by default). With --out: every format when
    /// none is named, so `--out reports` alone gives the full set. An unknown name is a usage error.
    static func formats(_ values: [String], out: String?) throws -> [ReportFormat] {
        do {
            let formats = try ReportFormat.parse(values)
            if formats.isEmpty { return out == nil ? [.text] : ReportFormat.allCases }
            return formats
        } catch let e as ReportFormat.UnknownFormat {
            let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown --format '\(e.name)' (known: \(known))")
        }
    }

    static func emit(_ report: CheckReport, formats: [ReportFormat], out: String?, english: Bool) throws {
        guard let out else {
            let format = formats.first ?? .text
            print(
                format.render(report, english: english, color: format == .text && Terminal.wantsColor),
                terminator: "")
            return
        }
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for format in formats {
                let text = format.render(report, english: english)
                try Data(text.utf8).write(to: dir.appendingPathComponent(format.fileName), options: .atomic)
            }
        } catch {
            throw InputFailure(
                message: (english ? "cannot write reports to " : "không ghi được báo cáo vào ")
                    + DisplaySafe.escape("\(out): \(error.localizedDescription)"))
        }
        print(TextReporter(color: Terminal.wantsColor, english: english).summary(report), terminator: "")
        for format in formats {
            print(
                (english ? "written: " : "đã ghi: ")
                    + DisplaySafe.escape(dir.appendingPathComponent(format.fileName).relativePath))
        }
    }

    /// Input errors, one line each: a message quotes a file name, which may hold a newline or an
    /// escape sequence, so each message is escaped as a whole.
    static func printErrors(_ messages: [String]) {
        for message in messages {
            FileHandle.standardError.write(Data((DisplaySafe.escape(message) + "\n").utf8))
        }
    }

    /// Files under the given folders that were not checked: one line on stderr per reason, so
    /// nothing is skipped silently and a reviewer sees why.
    static func printSkipped(_ skipped: [SkippedFile], english: Bool) {
        let groups = Dictionary(grouping: skipped, by: \.reason)
        for reason in groups.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let files = groups[reason]!.map { DisplaySafe.escape($0.path) }
            let shown = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
            let line =
                english
                ? "not checked (\(reason.english)): \(files.count) file(s): \(shown)"
                : "không kiểm tra (\(reason.vietnamese)): \(files.count) tệp: \(shown)"
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
