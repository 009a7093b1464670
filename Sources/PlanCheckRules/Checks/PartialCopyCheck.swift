import PlanCheckCore

/// A copy that holds only part of its document (DOMAIN.md §7): one finding for the copy, so that
/// the parts it lacks are not each reported as missing. `part` says which shape of copy the rule
/// reports, so that each shape has its own wording in its own rule and a copy gets one finding.
public struct PartialCopyCheck: CheckKind {
    public enum Shape: String, Decodable, Sendable {
        /// Starts with the header but stops before the end.
        case endsMidway = "ends-midway"
        /// Has the end but not the header.
        case startsMidway = "starts-midway"
        /// Neither the header nor the end: an excerpt from the middle.
        case excerpt
    }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case shape }
        public typealias Keys = CodingKeys
        public var shape: Shape
    }

    public static let kind = "partial-copy"
    /// `last_line`: the last line the copy holds; `first_line`: its first line of text.
    public static let placeholders: Set<String> = ["last_line", "first_line"]
    public let shape: Shape

    public init(parameters: Parameters) throws { shape = parameters.shape }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let copy = context.document.copy
        let actual: Shape?
        switch (copy.startsMidway, copy.endsMidway) {
        case (true, true): actual = .excerpt
        case (true, false): actual = .startsMidway
        case (false, true): actual = .endsMidway
        case (false, false): actual = nil
        }
        guard actual == shape else { return [] }
        let doc = context.document
        let first = doc.bodyLines?.lowerBound ?? 1
        let last = copy.lastLine ?? doc.bodyLines?.upperBound ?? doc.lines.count
        let span: SourceSpan? =
            shape == .endsMidway ? SourceSpan(line: last, column: 1, endLine: last, endColumn: 1) : nil
        return [CheckHit(span: span, values: ["last_line": String(last), "first_line": String(first)])]
    }
}
