import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckLetter
import PlanCheckParsing
import PlanCheckReport
import PlanCheckStore

/// The report files of one submitted version and its feedback letter, as `review --out` writes
/// them: the stored file is checked again against the campaign's parents by the same engine
/// (with the server's isolation, when it has one), and the reviewers' decisions are attached, so
/// SARIF carries a dismissed finding as a suppression and the letter leaves it out. Fingerprints
/// are made from the file name, which is the stored one, so the decisions match the page's.
struct SubmissionDownloads: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case sarif, junit, html, markdown, letter

        var fileExtension: String {
            switch self {
            case .sarif: return "sarif"
            case .junit: return "junit.xml"
            case .html: return "html"
            case .markdown: return "md"
            case .letter: return "docx"
            }
        }

        var contentType: String {
            switch self {
            case .sarif: return "application/sarif+json"
            case .junit: return "application/xml; charset=utf-8"
            case .html: return "text/html; charset=utf-8"
            case .markdown: return "text/markdown; charset=utf-8"
            case .letter: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }

        var label: String {
            switch self {
            case .sarif: return "SARIF"
            case .junit: return "JUnit XML"
            case .html: return "HTML"
            case .markdown: return "Markdown"
            case .letter: return "Công văn góp ý (.docx)"
            }
        }
    }

    struct File: Sendable {
        var bytes: [UInt8]
        var kind: Kind
        var name: String
    }

    let checker: PlanChecker
    let tool: CheckReport.Tool
    /// nil when the configuration has no `letter:` section: the page then offers no letter.
    let letters: LetterComposer?
    let clock: @Sendable () -> String

    var kinds: [Kind] { Kind.allCases.filter { $0 != .letter || letters != nil } }

    /// One file of `upload`; nil when the kind is not offered (a letter without a sender).
    func file(_ kind: Kind, of upload: WebUpload, campaign: WebCampaign, decisions: [String: ReviewState])
        throws(WebError) -> File?
    {
        guard kinds.contains(kind) else { return nil }
        let job = CheckJob(source: .file(upload.path), parents: campaign.parents.map { .file($0) })
        let run = checker.check(JobPlan(jobs: [job]))
        guard let result = run.checked.first else {
            throw .unreadable(run.inputErrors.first.map { Self.clean($0, upload) } ?? "")
        }
        let folder = URL(fileURLWithPath: upload.path).deletingLastPathComponent().path
        let report = run.report(
            environment: checker.environment, tool: tool, generatedAt: clock(), pathBase: folder,
            reviewStates: decisions)
        let name = Self.asciiName(upload.shownName) + "." + kind.fileExtension
        let text: String
        switch kind {
        case .sarif: text = SARIFReporter.render(report)
        case .junit: text = JUnitReporter.render(report)
        case .html: text = HTMLReporter.render(report, english: false)
        case .markdown: text = MarkdownReporter.render(report, english: false)
        case .letter:
            return File(
                bytes: try letter(result, upload: upload, decisions: decisions), kind: kind, name: name)
        }
        // The parents' folders are the server's business: the files name them by their file name.
        var cleaned = text
        for parent in Set(campaign.parents.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        {
            cleaned = cleaned.replacingOccurrences(of: parent + "/", with: "")
        }
        return File(bytes: Array(cleaned.utf8), kind: kind, name: name)
    }

    /// The letter even when nothing is left to correct: a reviewer who asks for it gets the
    /// letter that says so, rather than a missing file.
    private func letter(_ result: DocumentResult, upload: WebUpload, decisions: [String: ReviewState])
        throws(WebError) -> [UInt8]
    {
        guard let letters else { throw .internalFailure }
        let findings = result.findings.map { f in
            let fp = FindingFingerprint.of(f)
            return LetterFinding(
                fingerprint: fp, ruleId: f.ruleId, severity: f.severity, message: f.message,
                line: f.span?.line, excerpt: f.excerpt, decision: decisions[fp]?.decision)
        }
        // Safe to read here: the check above read it first (in a child when isolating).
        let header = try? PlanReader.read(path: upload.path, options: checker.options.reader).header
        let submission = LetterSubmission(
            name: URL(fileURLWithPath: upload.path).lastPathComponent, number: result.number,
            issueDate: result.issueDate, header: header, findings: findings,
            duties: result.coverage.map(\.match.parentItem.text))
        let instant = ISO8601DateFormatter().date(from: clock()) ?? Date()
        do {
            let content = letters.compose(submission, date: OfficialDate.inVietnam(instant))
            return Array(try DocxLetterWriter.data(content, at: instant))
        } catch { throw .internalFailure }
    }

    static func clean(_ text: String, _ upload: WebUpload) -> String {
        text.replacingOccurrences(
            of: URL(fileURLWithPath: upload.path).deletingLastPathComponent().path + "/", with: "")
    }

    /// "Kế hoạch Cầu Ngang (bản 2).docx" → "ke-hoach-cau-ngang-ban-2": a name every browser and
    /// file system takes as it is, whatever the clerk's file was called.
    static func asciiName(_ shown: String) -> String {
        let stem = (shown as NSString).deletingPathExtension
        let folded =
            stem.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .applyingTransform(.stripDiacritics, reverse: false) ?? stem
        var out = ""
        for scalar in folded.lowercased().unicodeScalars {
            let keep = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_")
            if keep {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "ke-hoach" : String(out.prefix(80))
    }
}
