/// What a reader knows about the file a document came from.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The path as the user gave it.
    public var path: String
    /// `txt`, `md`, `docx` or `pdf`.
    public var format: String
    /// The encoding the text was decoded from: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`,
    /// `tcvn3`, `vni-windows`.
    public var encoding: String

    public init(path: String, format: String, encoding: String) {
        self.path = path
        self.format = format
        self.encoding = encoding
    }
}

/// A plan read into structure. Every element carries the span it was read from, so that rules can
/// point at a line. The extracted text itself travels along (`lines`) for excerpts.
public struct PlanDocument: Sendable, Hashable, Codable {
    public var source: SourceInfo
    /// The document's text, NFC, one entry per source line (index 0 is line 1).
    public var lines: [String]
    /// Per line, where it came from in a .docx or .pdf; empty for plain text.
    public var lineOrigins: [LineOrigin]
    public var header: DocumentHeader
    public var bases: [Basis]
    public var citations: [Citation]
    /// The top-level sections; each holds its subsections.
    public var sections: [Section]
    public var tasks: [PlanTask]
    public var assignments: [Assignment]
    public var dateExpressions: [DateExpression]
    public var recipients: Recipients?
    public var diagnostics: [Diagnostic]
    /// First and last line of the document proper (page chrome excluded).
    public var bodyLines: ClosedRange<Int>?
    /// What kind of document it is, and how that was decided.
    public var kind: DocumentKind
    public var kindEvidence: KindEvidence
    /// The kind of a document issued with this one and carried in the same file (the plan a
    /// Quyết định promulgates, "ban hành kèm theo Quyết định này"): its body is checked as that kind.
    public var attachedKind: DocumentKind?
    /// What the copy holds of the document.
    public var copy: CopyExtent
    /// Issued by a Party body (Tỉnh ủy, Huyện ủy, Ban Tuyên giáo…), which follows the Party's form
    /// (HD 36-HD/VPTW) instead of NĐ 30/2020: no Quốc hiệu, numbers like 149-KH/TU.
    public var isPartyDocument: Bool

    public init(source: SourceInfo, lines: [String]) {
        self.source = source
        self.lines = lines
        self.lineOrigins = []
        self.header = DocumentHeader()
        self.bases = []
        self.citations = []
        self.sections = []
        self.tasks = []
        self.assignments = []
        self.dateExpressions = []
        self.recipients = nil
        self.diagnostics = []
        self.bodyLines = nil
        self.kind = .unknown
        self.kindEvidence = KindEvidence(source: .none)
        self.attachedKind = nil
        self.copy = CopyExtent()
        self.isPartyDocument = false
    }

    /// The kinds whose rules apply: the document's own, and that of a plan it carries.
    public var kinds: Set<DocumentKind> {
        var out: Set<DocumentKind> = [kind]
        if let attachedKind { out.insert(attachedKind) }
        return out
    }

    /// True when the text ends before the document does ("[...]" in a published copy): rules about
    /// the closing parts (recipients, signature) cannot be checked and say so instead.
    public var isTruncated: Bool { diagnostics.contains { $0.code == .truncated } }

    /// Every section, depth first, in document order.
    public var allSections: [Section] {
        var out: [Section] = []
        func walk(_ s: Section) {
            out.append(s)
            s.children.forEach(walk)
        }
        sections.forEach(walk)
        return out
    }

    /// Visits every section, depth first, in document order, without gathering them: rules that
    /// only look (a heading's typos, a section of a kind) copied every section of a plan of
    /// thousands of headings into an array of its own.
    public func forEachSection(_ body: (Section) -> Void) {
        func walk(_ s: Section) {
            body(s)
            s.children.forEach(walk)
        }
        sections.forEach(walk)
    }

    /// True when some section, at any depth, satisfies `predicate`.
    public func containsSection(where predicate: (Section) -> Bool) -> Bool {
        func search(_ s: Section) -> Bool { predicate(s) || s.children.contains(where: search) }
        return sections.contains(where: search)
    }

    /// The text of a line, or "" when out of range.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The first-level sections of a kind.
    public func sections(ofKind kind: SectionKind) -> [Section] {
        var out: [Section] = []
        forEachSection { if $0.kind == kind && $0.level == 1 { out.append($0) } }
        return out
    }
}
