import Foundation
import PlanCheckCore

/// A regular expression from a rule file, compiled once at load. Match positions are returned in
/// Unicode scalars because that is how `SourceSpan` counts columns.
public struct TextPattern: @unchecked Sendable, Hashable {
    // NSRegularExpression is immutable and documented thread-safe; it is just not marked Sendable.
    private let regex: NSRegularExpression
    public let source: String

    public init(_ source: String, caseInsensitive: Bool = false, key: String?) throws {
        do {
            regex = try NSRegularExpression(
                pattern: source, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            throw ParameterError(key: key, "invalid regular expression '\(source)'")
        }
        self.source = source
    }

    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Each match as (scalar offset of start, scalar offset of end, matched text).
    public func scalarMatches(in text: String) -> [(start: Int, end: Int, text: String)] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
            guard let r = Range(m.range, in: text) else { return nil }
            let start = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
            let length = text.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound)
            return (start, start + length, String(text[r]))
        }
    }

    public static func == (a: TextPattern, b: TextPattern) -> Bool {
        a.source == b.source && a.regex.options == b.regex.options
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
