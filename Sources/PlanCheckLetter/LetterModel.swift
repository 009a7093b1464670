import PlanCheckCore

/// A finding as a letter sees it: what the store kept for the submission, and the reviewer's
/// decision on it, if any.
public struct LetterFinding: Sendable, Hashable {
    public var fingerprint: String
    public var ruleId: String
    public var severity: Severity
    public var message: String
    public var line: Int?
    public var excerpt: String
    public var decision: ReviewState.Decision?

    public init(
        fingerprint: String, ruleId: String, severity: Severity, message: String, line: Int?,
        excerpt: String, decision: ReviewState.Decision? = nil
    ) {
        self.fingerprint = fingerprint
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.line = line
        self.excerpt = excerpt
        self.decision = decision
    }

    /// What the letter asks the commune to correct: errors and warnings a reviewer has not
    /// dismissed as a false alarm. Info findings are notes for the reviewer, not requests.
    public var isListed: Bool {
        (severity == .error || severity == .warning) && !Self.isDismissed(decision)
    }

    /// A finding dismissed as a false alarm is no request to the commune; a confirmed one is.
    public static func isDismissed(_ decision: ReviewState.Decision?) -> Bool {
        decision == .dismissed
    }
}

/// What a letter needs to know about the submission it answers.
public struct LetterSubmission: Sendable, Hashable {
    /// The file name the review knows the submission by ("05-xa-an-thach.md").
    public var name: String
    /// "92/KH-UBND"; nil when the number is blank or absent.
    public var number: String?
    public var issueDate: CalendarDate?
    /// The trích yếu ("Công tác thông tin đối ngoại xã An Thạch năm 2024").
    public var title: String?
    /// The issuing body's lines as printed ("ỦY BAN NHÂN DÂN", "XÃ AN THẠCH").
    public var issuer: [String]
    public var findings: [LetterFinding]
    /// Full texts of the parent duties the submission was compared with: a finding that quotes
    /// one cut short ("…") gets the whole duty in the letter.
    public var duties: [String]

    public init(
        name: String, number: String?, issueDate: CalendarDate?, title: String?, issuer: [String],
        findings: [LetterFinding], duties: [String] = []
    ) {
        self.name = name
        self.number = number
        self.issueDate = issueDate
        self.title = title
        self.issuer = issuer
        self.findings = findings
        self.duties = duties
    }

    /// A submission as re-read for its letter: the summary line and the issuing body come from its
    /// header (nil when it can no longer be read: the letter then names it by its file).
    public init(
        name: String, number: String?, issueDate: CalendarDate?, header: DocumentHeader?,
        findings: [LetterFinding], duties: [String]
    ) {
        self.init(
            name: name, number: number, issueDate: issueDate, title: header?.title?.value,
            issuer: header?.issuer?.lines ?? [], findings: findings, duties: duties)
    }

    /// True when there is something to write: a letter is sent only to ask for corrections.
    public var needsLetter: Bool { findings.contains(where: \.isListed) }
}

/// A composed letter, every sentence final: the writer lays it out and adds nothing but form.
public struct LetterContent: Sendable, Hashable {
    public struct Group: Sendable, Hashable {
        public var heading: String
        public var intro: String?
        public var points: [String]
        /// The findings behind `points`, in the same order.
        public var fingerprints: [String]
    }

    /// Issuing body lines; the first is the direct superior when there are several.
    public var issuer: [String]
    /// "SVHTTDL-VP": the number before it is left blank for the office to fill in.
    public var code: String
    public var subject: String
    public var place: String
    public var date: CalendarDate
    public var addressee: String
    public var opening: String
    public var groups: [Group]
    public var closing: String
    /// "Nơi nhận" lines without their dash and end mark ("Như trên", …, "Lưu: VT, VP").
    public var recipients: [String]
    /// Authority lines ("KT. GIÁM ĐỐC"), empty when the head signs in person.
    public var authority: [String]
    public var title: String
    public var signer: String
    /// The sender in running text, for the document's properties.
    public var sender: String

    /// The findings the letter lists, in letter order.
    public var fingerprints: [String] { groups.flatMap(\.fingerprints) }
}
