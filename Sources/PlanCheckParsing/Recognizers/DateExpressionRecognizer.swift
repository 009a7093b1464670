import PlanCheckCore

/// A time phrase found in a text: where it is (UTF-8 offsets into the searched text) and what it
/// reads as. The reading is the model's `DateExpression` itself, its fields reachable directly
/// (`match.kind`, `match.end`); its span is filled in when the match is placed in a document.
@dynamicMemberLookup
public struct DateExpressionMatch: Sendable, Hashable {
    public var range: Range<Int>
    public var expression: DateExpression

    public init(range: Range<Int>, kind: DateExpressionKind, raw: String) {
        self.range = range
        // No line yet: `DateExpressions` gives the span of `range` in its block.
        expression = DateExpression(
            kind: kind, raw: raw, span: SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0))
    }

    public subscript<T>(dynamicMember key: WritableKeyPath<DateExpression, T>) -> T {
        get { expression[keyPath: key] }
        set { expression[keyPath: key] = newValue }
    }
}

/// Finds deadlines, intervals and recurrences (DOMAIN.md §3). Anchored on keyword bytes at word
/// starts; overlapping readings keep the longest ("ngày 12 tháng 10 năm 2023" hides its
/// "tháng 10 năm 2023" and "năm 2023").
public enum DateExpressionRecognizer {
    /// The first bytes a date expression can start with (t, n, q, g, h, k, Đ/đ's lead byte, a
    /// digit): the readers are tried only there.
    @inline(__always) static func isAnchor(_ b: UInt8) -> Bool {
        b == 0x74 || b == 0x6E || b == 0x71 || b == 0x67 || b == 0x68 || b == 0xC4 || b == 0x6B
            || (b >= 0x30 && b <= 0x39)
    }

    public static func find(in text: String) -> [DateExpressionMatch] {
        let t = ScanText(text)
        var found: [DateExpressionMatch] = []
        var i = 0
        let lower = t.lower
        while i < lower.count {
            if isAnchor(lower[i]), t.isWordStart(i), let m = DateExpressionReader.read(at: i, in: t) {
                found.append(m)
            }
            i += 1
        }
        keepLongestWithoutOverlap(&found)
        return found
    }

    /// The first match `accept` takes among those `find` keeps, without reading past it: a
    /// task's inline deadline read every date of a long paragraph to take the first. Every
    /// reading starts at its anchor, so matches come in order and the longest-without-overlap
    /// choice can be made as they come; one that does not is left to the full pass.
    static func first(in text: String, where accept: (DateExpressionMatch) -> Bool) -> DateExpressionMatch? {
        let t = ScanText(text)
        var covered = 0
        var i = 0
        let lower = t.lower
        while i < lower.count {
            if isAnchor(lower[i]), t.isWordStart(i), let m = DateExpressionReader.read(at: i, in: t) {
                guard m.range.lowerBound == i else { return find(in: text).first(where: accept) }
                if i >= covered {
                    covered = m.range.upperBound
                    if accept(m) { return m }
                }
            }
            i += 1
        }
        return nil
    }

    /// Sorted and thinned in place: a sorted copy and a kept copy of every match were the
    /// largest allocations of a long paragraph full of dates.
    static func keepLongestWithoutOverlap(_ found: inout [DateExpressionMatch]) {
        found.sort {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
        }
        var kept = 0
        var covered = 0
        for k in found.indices where found[k].range.lowerBound >= covered {
            covered = found[k].range.upperBound
            if kept != k { found[kept] = found[k] }
            kept += 1
        }
        found.removeSubrange(kept...)
    }
}
