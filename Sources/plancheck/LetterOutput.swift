import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckLetter
import PlanCheckParsing
import PlanCheckReport
import PlanCheckRules
import PlanCheckStore

/// `review --out DIR --format letter`: one feedback letter (.docx) per submission that has errors
/// or warnings left to correct. A letter is not a report of the batch, so it is never among the
/// formats written when `--format` is omitted, and `check` does not offer it.
struct LetterOutput {
    static let name = "letter"

    let composer: LetterComposer
    let reader: PlanReader.Options

    /// Whether `letter` is among the --format values, and the other values as given.
    static func split(_ values: [String]) throws -> (letter: Bool, others: [String]) {
        var letter = false
        var others: [String] = []
        for piece in values.flatMap({ $0.split(separator: ",") }) {
            let name = piece.trimmingCharacters(in: .whitespaces)
            if name == Self.name {
                letter = true
            } else if ReportFormat(rawValue: name) == nil {
                let known = (ReportFormat.allCases.map(\.rawValue) + [Self.name]).joined(separator: ", ")
                throw ValidationError("unknown --format '\(name)' (known: \(known))")
            } else {
                others.append(name)
            }
        }
        return (letter, others)
    }

    /// The sender, template and rule names, checked before anything is reviewed or stored.
    static func prepare(_ environment: RuleEnvironment, checking: CheckingOptions) throws -> LetterOutput {
        do {
            let composer = try LetterSetup.composer(
                config: environment.config, ruleFolders: environment.folders, ruleSet: environment.ruleSet)
            return LetterOutput(composer: composer, reader: checking.options().reader)
        } catch {
            throw InputFailure(message: message(error))
        }
    }

    /// In Vietnamese only: a letter is written in Vietnamese, so `--lang en` is refused with it.
    static func message(_ problem: LetterSetup.Problem) -> String {
        let head = "không viết được công văn (--format letter): "
        switch problem {
        case .noSenderSection(let config):
            return head
                + "\(config ?? PlanCheckConfig.fileName) chưa có mục 'letter:' ghi thông tin cơ quan gửi"
                + " (issuer, name, code, place, signer, archive, resubmit_days)."
        case .missingSenderDetails(let keys, let config):
            return head + "\(config): mục 'letter:' thiếu \(keys.joined(separator: ", "))."
        case .noTemplate(let searched):
            return head + "không tìm thấy mẫu công văn; đã tìm " + searched.joined(separator: ", ")
        case .template(let lines):
            return head + "\n" + lines.joined(separator: "\n")
        }
    }

    /// Writes the letters of a finished review and prints each path; returns how many.
    @discardableResult
    func write(_ outcome: ReviewOutcome, decisions: [String: ReviewState], out: String) throws -> Int {
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        let instant = OfficialDate.instant()
        let date = OfficialDate.inVietnam(instant)
        var names = Set<String>()
        var written = 0
        for reviewed in outcome.submissions {
            let submission = letterSubmission(reviewed.input, decisions: decisions)
            guard submission.needsLetter else { continue }
            let file = dir.appendingPathComponent(Self.fileName(for: reviewed.input.path, taken: &names))
            do {
                let data = try DocxLetterWriter.data(composer.compose(submission, date: date), at: instant)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                try data.write(to: file, options: .atomic)
            } catch {
                throw InputFailure(message: "không ghi được công văn \(file.relativePath): \(error)")
            }
            print("đã ghi: " + file.relativePath)
            written += 1
        }
        if written == 0 { print("không có công văn: không hồ sơ nào còn lỗi hay cảnh báo cần sửa") }
        return written
    }

    /// What the store kept, with each finding's decision, and the header read again for the
    /// summary line and the issuing body (a cached result keeps neither).
    func letterSubmission(_ input: SubmissionInput, decisions: [String: ReviewState]) -> LetterSubmission {
        let findings = input.findings.map { f in
            LetterFinding(
                fingerprint: f.fingerprint, ruleId: f.ruleId,
                severity: Severity(rawValue: f.severity) ?? .info,
                message: f.message, line: f.line, excerpt: f.excerpt,
                decision: decisions[f.fingerprint]?.decision)
        }
        guard findings.contains(where: \.isListed) else {
            return LetterSubmission(
                name: input.name, number: input.number, issueDate: nil, title: nil, issuer: [],
                findings: findings)
        }
        let header = try? PlanReader.read(path: input.path, options: reader).header
        if header?.issuer == nil {
            // Said, not hidden: the reviewer must fill in the addressee by hand.
            FileHandle.standardError.write(
                Data(
                    ("cảnh báo: không đọc được cơ quan ban hành của \(input.path); công văn gọi đơn vị gửi theo tên tệp.\n")
                        .utf8))
        }
        return LetterSubmission(
            name: input.name, number: input.number,
            issueDate: input.issueDate.flatMap(CalendarDate.init(iso:)),
            header: header, findings: findings, duties: input.links.map(\.parentItemText))
    }

    /// "gop-y-05-xa-an-thach.docx"; a second submission of the same stem keeps its extension,
    /// then a counter, so that no letter overwrites another.
    static func fileName(for path: String, taken: inout Set<String>) -> String {
        let url = URL(fileURLWithPath: path)
        var stem = ""
        for scalar in url.deletingPathExtension().lastPathComponent.unicodeScalars {
            let unsafe = scalar.value < 0x20 || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            stem.unicodeScalars.append(unsafe ? "_" : scalar)
        }
        var name = "gop-y-\(stem).docx"
        if taken.contains(name) { name = "gop-y-\(stem)-\(url.pathExtension).docx" }
        var n = 2
        while taken.contains(name) {
            name = "gop-y-\(stem)-\(n).docx"
            n += 1
        }
        taken.insert(name)
        return name
    }
}
