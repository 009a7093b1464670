import PlanCheckCore
import PlanCheckParsing

/// How documents are read and checked; the same for every front end.
public struct CheckOptions: Sendable {
    public var reader: PlanReader.Options
    public var thresholds: CoverageThresholds
    /// Messages in English instead of Vietnamese.
    public var english: Bool
    /// Keep each document's outline and text for reports that quote it (HTML): off, a run of
    /// thousands of plans holds only findings.
    public var outlines: Bool
    /// Threads to check on: 0 means every active core, 1 a serial run.
    public var workers: Int
    /// Documents checked before their results are handed on; bounds what is held at once.
    public var window: Int
    /// Each document is first checked in a child process, so that a trap ends only the child.
    public var isolation: WorkerIsolation?

    public init(
        reader: PlanReader.Options = .init(), thresholds: CoverageThresholds = .default,
        english: Bool = false,
        outlines: Bool = false, workers: Int = 0, window: Int = 128, isolation: WorkerIsolation? = nil
    ) {
        self.reader = reader
        self.thresholds = thresholds
        self.english = english
        self.outlines = outlines
        self.workers = workers
        self.window = window
        self.isolation = isolation
    }
}
