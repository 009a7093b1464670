import PlanCheckCore

/// The text of a binary document (Word, PDF) as lines a person would read, each with the place in
/// the original file it came from. Readers stop here: turning lines into a plan is the parser's job,
/// so the same recognisers serve .txt, .docx and .pdf alike.
public struct ExtractedText: Sendable, Equatable {
    public var lines: [String]
    /// One per line: Word paragraph / table row and cell, or PDF page.
    public var origins: [LineOrigin]
    /// Reviewers' comments (word/comments.xml). Kept apart because they are not part of the plan a
    /// recipient receives, yet often say what the drafter still has to fix.
    public var comments: [String]
    public var footnotes: [String]
    /// What the reader did to the text that a user should know, e.g. "converted from .VnTime (TCVN3)".
    public var notes: [String]
    /// One per line: formatting a later heading recogniser may use ("bold", "centered").
    public var hints: [Set<String>]

    public init(
        lines: [String] = [], origins: [LineOrigin] = [], comments: [String] = [],
        footnotes: [String] = [], notes: [String] = [], hints: [Set<String>]? = nil
    ) {
        self.lines = lines
        self.origins = origins
        self.comments = comments
        self.footnotes = footnotes
        self.notes = notes
        self.hints = hints ?? Array(repeating: [], count: lines.count)
    }

    mutating func append(_ line: String, origin: LineOrigin, hints lineHints: Set<String> = []) {
        lines.append(line)
        origins.append(origin)
        hints.append(lineHints)
    }

    mutating func addNote(_ note: String) {
        if !notes.contains(note) { notes.append(note) }
    }
}
