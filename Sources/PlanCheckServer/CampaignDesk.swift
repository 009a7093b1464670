import Foundation
import Hummingbird
import PlanCheckCore
import PlanCheckEngine
import PlanCheckStore

/// Campaign submissions: a clerk's version is stored under the uploads folder and reviewed by the
/// engine's `ReviewRunner` into the same store as `plancheck review`; the dashboard reads it back.
struct CampaignDesk: Sendable {
    let store: PlanCheckStore
    let checker: PlanChecker
    let toolVersion: String
    /// Where submitted versions are kept: `<db>.uploads/` beside the database.
    let uploads: URL
    let clock: @Sendable () -> String
    let downloads: SubmissionDownloads
    let slots: CheckSlots

    enum State: String, Sendable, Comparable {
        case missing, late, onTime, none
        static func < (a: State, b: State) -> Bool { a.rank < b.rank }
        var rank: Int { [.missing: 0, .late: 1, .onTime: 2, .none: 3][self] ?? 3 }
        var label: String {
            switch self {
            case .missing: return "chưa nộp"
            case .late: return "trễ hạn"
            case .onTime: return "đúng hạn"
            case .none: return "—"
            }
        }
    }

    /// One unit's line of the dashboard, from its latest version; counts leave out dismissed findings.
    struct Row: Sendable {
        var submitter: WebSubmitter
        var state: State
        var versions: Int
        var latest: WebUpload?
        var errors: Int
        var warnings: Int
        var coverage: Double?
        var decisions: Int
    }

    /// Saves the version, reviews it against the campaign's parents, and records the upload.
    func submit(_ upload: Upload, by submitter: WebSubmitter, campaign: WebCampaign) throws(WebError) -> Int64
    {
        let name = "c\(campaign.id)-u\(submitter.id).\(upload.kind.fileExtension)"
        let folder = uploads.appendingPathComponent(
            "c\(campaign.id)/u\(submitter.id)/\(UUID().uuidString.lowercased())")
        let path = folder.appendingPathComponent(name).path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(upload.bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch { throw .internalFailure }
        let job = CheckJob(source: .file(path), parents: campaign.parents.map { .file($0) })
        let runner = ReviewRunner(checker: checker, store: store, toolVersion: toolVersion)
        let outcome: ReviewOutcome
        do { outcome = try runner.run(JobPlan(jobs: [job]), clock: clock) } catch { throw .internalFailure }
        if let problem = outcome.inputErrors.first {
            try? FileManager.default.removeItem(at: folder)
            throw .unreadable(problem.replacingOccurrences(of: folder.path + "/", with: ""))
        }
        do {
            return try store.recordUpload(
                submitter: submitter.id, submissionName: name, path: path, shownName: upload.displayName,
                run: outcome.run, at: clock())
        } catch { throw .internalFailure }
    }

    /// The stored findings of one version, with the latest decision on each.
    func findings(of upload: WebUpload) throws -> [StoredFinding] {
        guard let run = upload.runId else { return [] }
        return try store.stored(name: upload.submissionName, run: run)?.findings ?? []
    }

    /// A download of one version, off the request's thread (it checks the file again).
    func download(_ kind: String?, of upload: WebUpload, campaign: WebCampaign) async throws -> Response {
        guard let kind = kind.flatMap(SubmissionDownloads.Kind.init(rawValue:)) else {
            return .html(CampaignPages.forbidden(), status: .notFound)
        }
        let decisions = try store.decisions()
        let downloads = self.downloads
        do {
            let file = try await slots.run { () throws(WebError) -> SubmissionDownloads.File? in
                try downloads.file(kind, of: upload, campaign: campaign, decisions: decisions)
            }
            guard let file else { return .html(CampaignPages.forbidden(), status: .notFound) }
            return .download(file)
        } catch let error as WebError {
            return .html(Pages.error(error), status: error.status)
        }
    }

    func links(of upload: WebUpload) throws -> [StoredLink] {
        guard let run = upload.runId else { return [] }
        return try store.stored(name: upload.submissionName, run: run)?.links ?? []
    }

    func rows(_ campaign: WebCampaign) throws -> [Row] {
        let verdicts = try store.verdicts()
        return try store.submitters(campaign: campaign.id).map { s in
            let versions = try store.uploads(submitter: s.id)
            guard let latest = versions.last, let first = versions.first else {
                return Row(
                    submitter: s, state: .missing, versions: 0, latest: nil, errors: 0, warnings: 0,
                    coverage: nil,
                    decisions: 0)
            }
            let findings = try self.findings(of: latest)
            let open = findings.filter { verdicts[$0.fingerprint] != Decision.dismissed }
            let run = try store.runs(submission: latest.submissionName).last { $0.runId == latest.runId }
            let state: State = String(first.submittedAt.prefix(10)) > campaign.due ? .late : .onTime
            return Row(
                submitter: s, state: state, versions: versions.count, latest: latest,
                errors: open.filter { $0.severity == "error" }.count,
                warnings: open.filter { $0.severity == "warning" }.count, coverage: run?.coverage,
                decisions: findings.filter { verdicts[$0.fingerprint] != nil }.count)
        }
    }
}

/// The store's verdicts as the web names them: a confirmed finding is a real defect, a dismissed
/// one a false alarm the letter and the counts leave out.
enum Decision {
    static let confirmed = ReviewState.Decision.confirmed.rawValue
    static let dismissed = ReviewState.Decision.dismissed.rawValue
}

extension PlanCheckStore {
    /// The decision in force per fingerprint, by the store's names ("confirmed", "dismissed").
    func verdicts() throws -> [String: String] { try decisions().mapValues { $0.decision.rawValue } }
}
