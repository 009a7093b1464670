import Foundation
import PlanCheckCore
import PlanCheckStore

/// One submission's line in the review summary, compared with its previous review.
struct ReviewRow {
    var input: SubmissionInput
    var new = 0, resolved = 0, unchanged = 0, confirmed = 0, dismissed = 0, open = 0
    /// Errors and warnings still standing: a false alarm a reviewer dismissed counts nowhere.
    var errors = 0, warnings = 0
    var hasPrevious = false
    /// Stored links whose parent duty changed wording since the previous review.
    var staleLinks: [String] = []

    init(
        input: SubmissionInput, previous: (findings: [StoredFinding], links: [StoredLink])?,
        decisions: [String: ReviewState]
    ) {
        self.input = input
        let now = Set(input.findings.map(\.fingerprint))
        for f in input.findings where f.severity == "error" || f.severity == "warning" {
            // A confirmed error is still a defect of the submission: only a false alarm stops counting.
            switch decisions[f.fingerprint]?.decision {
            case .confirmed: confirmed += 1
            case .dismissed: dismissed += 1
            case nil: break
            }
            guard decisions[f.fingerprint]?.decision != .dismissed else { continue }
            if f.severity == "error" { errors += 1 } else { warnings += 1 }
        }
        open = errors
        guard let previous else { return }
        hasPrevious = true
        let before = Set(previous.findings.map(\.fingerprint))
        new = now.subtracting(before).count
        resolved = before.subtracting(now).count
        unchanged = now.intersection(before).count
        let current = Set(input.links.map { $0.parentPath + "\u{0}" + $0.parentItemFingerprint })
        staleLinks = previous.links.filter {
            !current.contains($0.parentPath + "\u{0}" + $0.parentItemFingerprint)
        }
        .map { String($0.parentItemText.prefix(80)) }
    }

    /// Worst first: errors, then warnings, then the lowest coverage, then the name, so a
    /// reviewer of a batch of hundreds starts with the submissions that need a letter.
    static func worstFirst(_ a: ReviewRow, _ b: ReviewRow) -> Bool {
        if a.errors != b.errors { return a.errors > b.errors }
        if a.warnings != b.warnings { return a.warnings > b.warnings }
        let ca = a.input.coverage ?? 2
        let cb = b.input.coverage ?? 2
        if ca != cb { return ca < cb }
        return a.input.name < b.input.name
    }

    /// Tab-separated, one submission per line, worst first, then a totals line: names,
    /// messages and parent text are escaped (tabs and newlines included), so a plan or a file
    /// name cannot add a column, forge a row or send a control sequence to the terminal.
    static func table(_ rows: [ReviewRow], run: Int64, english: Bool = false) -> String {
        func safe(_ s: String) -> String { DisplaySafe.escape(s) }
        let w = ReviewWords(english: english)
        var out = "\(w.run) #\(run)\n"
        out += w.header + "\n"
        for r in rows.sorted(by: worstFirst) {
            let cov = r.input.coverage.map { OfficialFormat.percent($0, english: english) } ?? "—"
            let diff = r.hasPrevious ? "\(r.new)/\(r.resolved)/\(r.unchanged)" : w.first
            let note = r.input.cached ? w.cached : ""
            out +=
                "\(safe(r.input.name))\t\(r.errors)\t\(r.warnings)\t\(cov)\t\(diff)\t\(r.confirmed)/\(r.dismissed)\t\(note)\n"
            for f in r.input.findings {
                out +=
                    "  \(f.fingerprint.prefix(12)) \(safe(f.severity)) [\(safe(f.ruleId))] \(f.line.map { w.line($0) } ?? "")\(safe(f.message))\n"
            }
            for s in r.staleLinks { out += "  \(w.stale): \(safe(s))\n" }
        }
        return out + totals(rows, w) + "\n"
    }

    static func totals(_ rows: [ReviewRow], _ w: ReviewWords) -> String {
        let covered = rows.compactMap(\.input.coverage)
        let mean = covered.isEmpty ? nil : covered.reduce(0, +) / Double(covered.count)
        return w.totals(
            submissions: rows.count, withErrors: rows.filter { $0.errors > 0 }.count,
            errors: rows.reduce(0) { $0 + $1.errors }, warnings: rows.reduce(0) { $0 + $1.warnings },
            coverage: mean.map { OfficialFormat.percent($0, english: w.english) },
            new: rows.reduce(0) { $0 + $1.new }, resolved: rows.reduce(0) { $0 + $1.resolved },
            confirmed: rows.reduce(0) { $0 + $1.confirmed }, dismissed: rows.reduce(0) { $0 + $1.dismissed })
    }
}
