import PlanCheckCore

/// `--format json`: the contract other tools read, documented in docs/check-json.md.
public enum JSONReporter {
    /// Bump on any change a consumer could notice, and record it in docs/check-json.md.
    public static let schemaVersion = 1

    public static func render(_ report: CheckReport) -> String {
        value(report).serialized() + "\n"
    }

    public static func value(_ report: CheckReport) -> JSONValue {
        let documents: [JSONValue] = report.documents.map { d in
            .object([
                ("path", .string(d.path)), ("number", .str(d.number)), ("issueDate", .str(d.issueDate?.iso)),
            ])
        }
        let counts: JSONValue = .object(Severity.allCases.map { ($0.rawValue, .int(report.count($0))) })
        var pairs: [(String, JSONValue)] = [
            ("schemaVersion", .int(schemaVersion)),
            (
                "tool",
                .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])
            ),
            ("documents", .array(documents)),
            ("summary", counts),
            ("findings", .array(report.findings.map { decided(finding($0), report.review($0)) })),
            ("coverage", .array(report.coverage.map(coverage))),
            ("links", .array(report.links.map { .string($0) })),
            ("inputErrors", .array(report.inputErrors.map { .string($0) })),
        ]
        // Only with a baseline, so reports of runs without one keep their exact bytes.
        if let baseline = report.baseline { pairs.append(("baseline", baseline.json)) }
        return .object(pairs)
    }

    public static func coverage(_ r: CoverageRecord) -> JSONValue {
        let m = r.match
        func item(_ i: MatchItem?) -> JSONValue {
            guard let i else { return .null }
            return .object([("id", .string(i.id)), ("text", .string(i.text)), ("span", i.span.json)])
        }
        return .object([
            ("child", .string(r.childPath)), ("parent", .string(r.parentPath)),
            ("parentItem", item(m.parentItem)),
            ("outcome", .string(m.outcome.rawValue)), ("score", .double((m.score * 1000).rounded() / 1000)),
            ("childItem", item(m.childItem)), ("sharedTerms", .array(m.sharedTerms.map { .string($0) })),
            ("reason", .str(m.reason)),
        ])
    }

    /// A reviewer's decision, only on findings that have one (reports of `check` keep their bytes).
    static func decided(_ value: JSONValue, _ review: ReviewState?) -> JSONValue {
        guard let review, case .object(var pairs) = value else { return value }
        pairs.append(
            (
                "review",
                .object([
                    ("decision", .string(review.decision.rawValue)), ("reason", .string(review.reason)),
                    ("by", .string(review.reviewer)), ("at", .string(review.at)),
                ])
            ))
        return .object(pairs)
    }

    public static func finding(_ f: Finding) -> JSONValue {
        let related: [JSONValue] = f.related.map { r in
            .object([
                ("path", .string(r.path)), ("line", .num(r.span?.line)), ("column", .num(r.span?.column)),
                ("message", .string(r.message)),
            ])
        }
        var origin: JSONValue = .null
        if let o = f.origin {
            origin = .object([
                ("page", .num(o.page)), ("paragraph", .num(o.paragraph)), ("tableRow", .num(o.tableRow)),
                ("tableCell", .num(o.tableCell)),
            ])
        }
        return .object([
            ("ruleId", .string(f.ruleId)), ("severity", .string(f.severity.rawValue)),
            ("message", .string(f.message)),
            ("path", .string(f.path)), ("line", .num(f.span?.line)), ("column", .num(f.span?.column)),
            ("endLine", .num(f.span?.endLine)), ("endColumn", .num(f.span?.endColumn)),
            ("excerpt", .string(f.excerpt)),
            ("related", .array(related)), ("origin", origin),
        ])
    }
}
