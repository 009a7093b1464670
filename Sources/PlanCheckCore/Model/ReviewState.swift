/// A reviewer's decision about one finding (`plancheck accept|reject`): the store records it under
/// the finding's `FindingFingerprint`, and reports show it (a SARIF suppression when accepted).
public struct ReviewState: Sendable, Hashable {
    public enum Decision: String, Sendable, Hashable, Codable {
        /// The deviation is accepted: the finding stays visible but does not need fixing.
        case accepted
        /// The reviewer confirms the problem.
        case rejected
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
}
