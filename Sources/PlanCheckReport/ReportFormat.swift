import Foundation
import PlanCheckCore

/// Every output format, with the file name it gets under `--out DIR`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, markdown, github, html

    public var fileName: String {
        switch self {
        case .text: return "report.txt"
        case .json: return "report.json"
        case .sarif: return "report.sarif"
        case .junit: return "report.junit.xml"
        case .markdown: return "report.md"
        case .github: return "github.txt"
        case .html: return "report.html"
        }
    }

    /// `color` only matters for text, and only on a terminal.
    public func render(_ report: CheckReport, english: Bool, color: Bool = false) -> String {
        switch self {
        case .text: return TextReporter(color: color, english: english).render(report)
        case .json: return JSONReporter.render(report)
        case .sarif: return SARIFReporter.render(report)
        case .junit: return JUnitReporter.render(report)
        case .markdown: return MarkdownReporter.render(report, english: english)
        case .github: return GitHubReporter.render(report)
        case .html: return HTMLReporter.render(report, english: english)
        }
    }

    /// Parses repeated and comma-separated values ("sarif,junit"), keeping first-seen order.
    public static func parse(_ values: [String]) throws -> [ReportFormat] {
        var out: [ReportFormat] = []
        for piece in values.flatMap({ $0.split(separator: ",") }) {
            let name = piece.trimmingCharacters(in: .whitespaces)
            guard let format = ReportFormat(rawValue: name) else { throw UnknownFormat(name: name) }
            if !out.contains(format) { out.append(format) }
        }
        return out
    }

    public struct UnknownFormat: Error, Sendable {
        public var name: String
    }
}

/// Escaping shared by the XML and HTML writers (and the web pages): text and attribute values alike.
public enum Markup {
    /// XML 1.0 forbids most control characters and the noncharacters even as references, so one
    /// stray character from a broken .docx would make the whole JUnit file unreadable; in HTML a
    /// bidi override would reorder what the reviewer reads. `DisplaySafe` makes all of them
    /// visible first. A line feed too: the writers put their own between lines, and one from a
    /// file name would start a line of the file (`::error::…` when a CI step prints it).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in DisplaySafe.escape(s, keeping: .tab).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
