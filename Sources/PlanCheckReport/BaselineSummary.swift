import PlanCheckCore

/// What a committed baseline left out of a report. A CI gate shows only the findings that are not
/// in the baseline; it still says how many known ones it hid, so nothing is passed silently, and
/// which recorded ones no longer occur, so the file can shrink as defects are fixed.
public struct BaselineSummary: Sendable, Hashable {
    /// A recorded finding that the documents checked no longer have.
    public struct Entry: Sendable, Hashable {
        public var fingerprint: String
        public var ruleId: String
        public var severity: Severity
        /// As recorded in the baseline: relative to the baseline file's folder.
        public var path: String
        public var message: String

        public init(fingerprint: String, ruleId: String, severity: Severity, path: String, message: String) {
            self.fingerprint = fingerprint
            self.ruleId = ruleId
            self.severity = severity
            self.path = path
            self.message = message
        }
    }

    /// The baseline file as the user sees it (relative to the working directory when below it).
    public var file: String
    /// Findings of this run that the baseline already records, left out of every format.
    public var known: Int
    /// Entries whose finding no longer occurs in the documents checked (or whose file is gone).
    public var stale: [Entry]

    public init(file: String, known: Int, stale: [Entry]) {
        self.file = file
        self.known = known
        self.stale = stale
    }

    /// One sentence for summaries (text, Markdown, GitHub notices).
    public func sentence(english: Bool) -> String {
        if english {
            var s = "Baseline \(file): \(known) known finding(s) left out"
            if !stale.isEmpty {
                s +=
                    "; \(stale.count) entry(ies) no longer occur (run `plancheck baseline write` to drop them)"
            }
            return s + "."
        }
        var s = "Tệp baseline \(file): bỏ qua \(known) phát hiện đã biết"
        if !stale.isEmpty {
            s += "; \(stale.count) mục không còn xuất hiện (chạy `plancheck baseline write` để bỏ khỏi tệp)"
        }
        return s + "."
    }

    public var json: JSONValue {
        let stale: [JSONValue] = self.stale.map { e in
            .object([
                ("fingerprint", .string(e.fingerprint)), ("ruleId", .string(e.ruleId)),
                ("severity", .string(e.severity.rawValue)), ("path", .string(e.path)),
                ("message", .string(e.message)),
            ])
        }
        return .object([("file", .string(file)), ("known", .int(known)), ("stale", .array(stale))])
    }
}
