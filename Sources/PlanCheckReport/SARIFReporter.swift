import Foundation
import PlanCheckCore

/// `--format sarif`: SARIF 2.1.0, what GitHub code scanning and most CI dashboards read.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let informationUri = "https://example.invalid/plancheck/docs/formats.md"
    public static let fingerprintKey = "plancheck/v1"

    public static func render(_ report: CheckReport) -> String { value(report).serialized() + "\n" }

    public static func value(_ report: CheckReport) -> JSONValue {
        let rules = driverRules(report)
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", driver(report, rules))])),
            ("columnKind", .string("unicodeCodePoints")),
        ]
        if let at = report.generatedAt {
            run.append(
                (
                    "invocations",
                    .array([.object([("executionSuccessful", .bool(true)), ("endTimeUtc", .string(at))])])
                ))
        }
        run.append(
            ("results", .array(report.findings.map { result($0, report, ruleIndex: index[$0.ruleId] ?? 0) })))
        if let baseline = report.baseline {
            let counts: JSONValue = .object([
                ("file", .string(baseline.file)), ("known", .int(baseline.known)),
                ("stale", .int(baseline.stale.count)),
            ])
            run.append(("properties", .object([("plancheck/baseline", counts)])))
        }
        return .object([
            ("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([.object(run)])),
        ])
    }

    /// The rules that ran, plus any rule a finding names that the caller did not describe, so that
    /// every result's `ruleIndex` points at its rule (consumers reject dangling indexes).
    static func driverRules(_ report: CheckReport) -> [RuleInfo] {
        var rules = report.rules
        let known = Set(rules.map(\.id))
        for id in Set(report.findings.map(\.ruleId)).subtracting(known).sorted() {
            let severity = report.findings.first { $0.ruleId == id }?.severity ?? .warning
            rules.append(
                RuleInfo(id: id, name: id, summary: id, rationale: "", references: [], severity: severity))
        }
        return rules
    }

    static func driver(_ report: CheckReport, _ rules: [RuleInfo]) -> JSONValue {
        .object([
            ("name", .string(report.tool.name)), ("version", .string(report.tool.version)),
            ("informationUri", .string(informationUri)), ("rules", .array(rules.map(rule))),
        ])
    }

    static func rule(_ r: RuleInfo) -> JSONValue {
        let help = ([r.rationale] + r.references.map { "- " + $0 }).filter { !$0.isEmpty }.joined(
            separator: "\n")
        return .object([
            ("id", .string(r.id)), ("name", .string(r.name)),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.rationale.isEmpty ? r.summary : r.rationale))])),
            ("help", .object([("text", .string(help.isEmpty ? r.summary : help))])),
            ("defaultConfiguration", .object([("level", .string(level(r.severity)))])),
        ])
    }

    static func result(_ f: Finding, _ report: CheckReport, ruleIndex: Int) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("ruleId", .string(f.ruleId)), ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(f.severity))),
            ("message", .object([("text", .string(f.message))])),
            (
                "locations",
                .array([.object([("physicalLocation", physical(report.relativePath(f.path), f.span))])])
            ),
        ]
        if !f.related.isEmpty {
            let related: [JSONValue] = f.related.enumerated().map { i, r in
                .object([
                    ("id", .int(i)), ("physicalLocation", physical(report.relativePath(r.path), r.span)),
                    ("message", .object([("text", .string(r.message))])),
                ])
            }
            pairs.append(("relatedLocations", .array(related)))
        }
        pairs.append(("partialFingerprints", .object([(fingerprintKey, .string(report.fingerprint(f)))])))
        // With a baseline only new findings are reported; known ones are left out, not "unchanged",
        // so code scanning never raises an alert for a defect the repository has accepted for now.
        if report.baseline != nil { pairs.append(("baselineState", .string("new"))) }
        guard let review = report.review(f) else { return .object(pairs) }
        let justification = "\(review.reason) (\(review.reviewer), \(review.at))"
        if review.decision == .confirmed {
            // A confirmed defect stays an alert; the decision travels in the property bag.
            pairs.append(
                (
                    "properties",
                    .object([
                        ("decision", .string("confirmed")), ("reason", .string(review.reason)),
                        ("decidedBy", .string(review.reviewer)), ("decidedAt", .string(review.at)),
                    ])
                ))
        } else {
            // A false alarm: an external suppression, so code scanning closes the alert.
            pairs.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("external")), ("status", .string("accepted")),
                            ("justification", .string(justification)),
                        ])
                    ])
                ))
        }
        return .object(pairs)
    }

    /// A finding about the whole document points at line 1: SARIF viewers need a region to open.
    static func physical(_ path: String, _ span: SourceSpan?) -> JSONValue {
        let region: JSONValue
        if let s = span {
            region = .object([
                ("startLine", .int(s.line)), ("startColumn", .int(s.column)), ("endLine", .int(s.endLine)),
                ("endColumn", .int(s.endColumn)),
            ])
        } else {
            region = .object([("startLine", .int(1))])
        }
        return .object([("artifactLocation", .object([("uri", .string(uri(path)))])), ("region", region)])
    }

    /// A relative URI reference: Vietnamese letters and spaces in file names are percent-encoded.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
