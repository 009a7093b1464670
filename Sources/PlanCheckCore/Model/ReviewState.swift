/// A reviewer's decision about one finding (`plancheck confirm|dismiss`): the store records it
/// under the finding's `FindingFingerprint`, and every report reads it the same way.
public struct ReviewState: Sendable, Hashable {
    public enum Decision: String, Sendable, Hashable, Codable, CaseIterable {
        /// A real defect, reported to the submitter: it stays in every report, marked confirmed.
        case confirmed
        /// A false alarm: suppressed in SARIF with the reason, left out of annotations, JUnit
        /// failures, letters and counts, and shown apart in HTML and Markdown.
        case dismissed

        /// The stored verdict, including the words of databases written before schema v2
        /// ("accepted" was documented as "lỗi có thật", "rejected" as "báo nhầm").
        public init?(stored: String) {
            switch stored {
            case "confirmed", "accepted": self = .confirmed
            case "dismissed", "rejected": self = .dismissed
            default: return nil
            }
        }

        public func word(english: Bool) -> String {
            switch self {
            case .confirmed: return english ? "confirmed defect" : "đã xác nhận lỗi"
            case .dismissed: return english ? "dismissed as a false alarm" : "đã loại (báo nhầm)"
            }
        }
    }

    public var decision: Decision
    public var reason: String
    public var reviewer: String
    /// ISO 8601, as the store recorded it.
    public var at: String

    public init(decision: Decision, reason: String, reviewer: String, at: String) {
        self.decision = decision
        self.reason = reason
        self.reviewer = reviewer
        self.at = at
    }

    public var isDismissed: Bool { decision == .dismissed }
}
