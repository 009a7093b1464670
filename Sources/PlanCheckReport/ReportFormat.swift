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
        case .markdown: return MarkdownReporter.render(report)
        case .github: return GitHubReporter.render(report)
        case .html: return HTMLReporter.render(report)
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

/// Escaping shared by the XML and HTML writers: text and attribute values alike.
enum Markup {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // XML 1.0 forbids most control characters even as references; a stray one from a
            // broken .docx must not make the whole JUnit file unreadable.
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
