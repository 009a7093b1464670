import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckReport
import PlanCheckRules

/// Turns a finished check into report files or stdout. The clock and path base are read here, at
/// the edge, so that the reporters stay pure and their snapshots byte-stable.
enum ReportOutput {
    static func ruleInfos(_ engine: RuleEngine) -> [RuleInfo] {
        engine.activeRules.map { rule, severity in
            RuleInfo(
                id: rule.id, name: rule.name, pack: rule.pack, summary: rule.summary,
                rationale: rule.rationale,
                references: rule.references, severity: severity)
        }
    }

    /// Headings down to the second level: deeper ones ("a)", "1.1.") split a plan too finely to
    /// group findings under.
    static func outline(_ doc: PlanDocument, path: String) -> DocumentOutline {
        let sections = doc.allSections.filter { $0.level <= 2 }.map { s in
            DocumentOutline.Section(
                title: [s.label, s.title].compactMap { $0 }.joined(separator: " "),
                startLine: s.bodySpan.line,
                endLine: s.bodySpan.endLine)
        }
        return DocumentOutline(path: path, sections: sections, lines: doc.lines)
    }

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
                    + "\(out): \(error.localizedDescription)")
        }
        print(TextReporter(color: Terminal.wantsColor, english: english).summary(report), terminator: "")
        for format in formats {
            print(
                (english ? "written: " : "đã ghi: ")
                    + dir.appendingPathComponent(format.fileName).relativePath)
        }
    }
}
