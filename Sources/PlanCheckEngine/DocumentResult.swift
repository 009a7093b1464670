import PlanCheckCore
import PlanCheckParsing
import PlanCheckReport

/// What checking one document gave: its findings and coverage, or the reason it could not be
/// read. One per job, in job order.
public struct DocumentResult: Sendable {
    public var job: CheckJob
    /// The document's own number and issue date as read (nil when absent or unreadable).
    public var number: String?
    public var issueDate: CalendarDate?
    /// The issuing body, the last line of the header's issuer block.
    public var issuer: String? = nil
    public var findings: [Finding]
    /// The direct parent's duties against this plan's tasks (empty without parents).
    public var coverage: [CoverageRecord]
    /// Headings and text, kept only when `CheckOptions.outlines` asks for them.
    public var outline: DocumentOutline?
    /// Set when the document could not be read: it has no findings, and the run exits 2.
    public var error: InputError?

    public var path: String { job.path }
}

/// A finished run: one result per job in job order, plus what the run as a whole reports.
public struct CheckRun: Sendable {
    public var results: [DocumentResult]
    /// Parent links found by citation ("child → parent"), for a reviewer to verify.
    public var links: [String]
    /// One line per file that could not be read (documents and parents), each once.
    public var inputErrors: [String]
    /// Files under the given folders that were not checked, with their reason.
    public var skipped: [SkippedFile]

    public var findings: [Finding] { results.flatMap(\.findings) }
    public var checked: [DocumentResult] { results.filter { $0.error == nil } }
}
