import Foundation
import PlanCheckCore

/// `--format github`: workflow commands that GitHub Actions turns into annotations on the diff.
public enum GitHubReporter {
    /// GitHub shows only a few annotations per step; more would bury the first ones.
    public static let limitPerSeverityPerFile = 10

    public static func render(_ report: CheckReport) -> String {
        var out = ""
        var shown: [String: Int] = [:]
        var omitted = 0
        // A false alarm a reviewer dismissed is no annotation; a confirmed defect is one, marked.
        for f in report.standing {
            let key = f.path + "\u{1F}" + f.severity.rawValue
            guard shown[key, default: 0] < limitPerSeverityPerFile else {
                omitted += 1
                continue
            }
            shown[key, default: 0] += 1
            out += line(f, path: report.relativePath(f.path), confirmed: report.review(f) != nil)
        }
        if omitted > 0 {
            out +=
                "::notice title=plancheck::"
                + data(
                    "\(omitted) phát hiện khác không hiển thị (tối đa \(limitPerSeverityPerFile) mỗi mức mỗi tệp); xem báo cáo đầy đủ."
                )
                + "\n"
        }
        if let baseline = report.baseline {
            out += "::notice title=plancheck baseline::" + data(baseline.sentence(english: false)) + "\n"
        }
        return out
    }

    static func line(_ f: Finding, path: String, confirmed: Bool = false) -> String {
        var props = ["file=" + property(path)]
        if let s = f.span {
            props += [
                "line=\(s.line)", "col=\(s.column)", "endLine=\(s.endLine)", "endColumn=\(s.endColumn)",
            ]
        } else {
            props.append("line=1")
        }
        props.append("title=" + property("[\(f.ruleId)]" + (confirmed ? " đã xác nhận lỗi" : "")))
        return "::\(command(f.severity)) \(props.joined(separator: ","))::\(data(f.message))\n"
    }

    static func command(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// The message part of a workflow command. CR and LF are the runner's own escapes (they end
    /// the command otherwise, and a following line would be read as a new one); every other
    /// control or invisible character is made visible first, since the log viewer renders ANSI
    /// sequences.
    static func data(_ s: String) -> String {
        let visible = DisplaySafe.escape(s, keeping: [.lineFeed, .carriageReturn])
        return visible.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: ':' and ',' would otherwise end the value.
    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
