import Foundation
import PlanCheckCore

/// A plan that implements a parent cannot predate it, and plans the same year as the parent.
public struct ParentTimingCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case issuedAfterParent, sameYear }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "parent-timing"
    public static let placeholders: Set<String> = [
        "planDate", "parentDate", "planYear", "parentYear", "parent",
    ]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard let parent = context.comparison?.directParent else { return [] }
        let doc = context.document
        let related = [
            RelatedLocation(
                path: parent.source.path, span: parent.header.issueDate?.span, message: "văn bản cấp trên")
        ]
        var values = ["parent": parent.source.path]
        switch parameters.check {
        case .issuedAfterParent:
            guard let mine = doc.header.issueDate?.date, let theirs = parent.header.issueDate?.date,
                mine < theirs
            else { return [] }
            values["planDate"] = ParentCitationCheck.vietnamese(mine)
            values["parentDate"] = ParentCitationCheck.vietnamese(theirs)
            values["planYear"] = ""
            values["parentYear"] = ""
            return [CheckHit(span: doc.header.issueDate?.span, values: values, related: related)]
        case .sameYear:
            guard let mine = Self.planYear(doc), let theirs = Self.planYear(parent), mine.year != theirs.year
            else { return [] }
            values["planYear"] = String(mine.year)
            values["parentYear"] = String(theirs.year)
            values["planDate"] = ""
            values["parentDate"] = ""
            return [CheckHit(span: mine.span, values: values, related: related)]
        }
    }

    /// The year a plan is for: "năm 2024" in its title (the last one named).
    public static func planYear(_ doc: PlanDocument) -> (year: Int, span: SourceSpan?)? {
        guard let title = doc.header.title else { return nil }
        guard let year = PlanYear.of(title: title.value) else { return nil }
        return (year, title.span)
    }
}
