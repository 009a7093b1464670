import Foundation
import PlanCheckCore

/// Which profile patterns occur in a plan's body (its lines joined by spaces), found line by line
/// instead of on the joined text and a lower-cased copy of it: for a large plan those two copies
/// were a third of the memory of a whole check.
///
/// Exact, never a guess:
/// - a pattern without anchors or lookarounds that matches inside one line matches the joined
///   body too (a line is a substring of it, and `\b` sees a space where a line ends);
/// - the pattern's required literals (`RequiredLiterals`) are searched in the lower-cased lines
///   with the tail of the line before, so a literal across a line break is seen as in the join;
///   without them the pattern cannot match;
/// - anything else (literals present only across lines, a line that is not simple to lower-case,
///   a pattern with anchors, one whose literal recurs on many lines without a match) runs the
///   expression on the joined body, built only then.
struct BodyPatternSearch {
    let patterns: CompiledPatterns
    /// Past this many lines run one by one for a pattern, the joined body is cheaper.
    static let lineRunLimit = 2_000

    private struct State {
        let pattern: String
        let literals: [[UInt8]]?
        var found = false
        var literalSeen = false
        var lineRuns = 0
        var needsWholeBody: Bool
    }

    /// The patterns of `candidates` present in the body.
    func present(_ candidates: [String], lines: ArraySlice<String>, wholeBody: () -> String) -> Set<String> {
        var states = candidates.map { p in
            let literals = patterns.requiredLiterals(p).map { $0.map { Array($0.utf8) } }
            return State(pattern: p, literals: literals, needsWholeBody: !Self.isLocal(p))
        }
        let tailLength = max(0, (states.compactMap { $0.literals?.map(\.count).max() }.max() ?? 1) - 1)
        var tail: [UInt8] = []
        var window: [UInt8] = []
        for (k, line) in zip(lines.indices, lines) {
            let lowered = VietnameseText.simpleLowercase(line)
            window.removeAll(keepingCapacity: true)
            window.append(contentsOf: tail)
            if k != lines.startIndex { window.append(0x20) }
            if let lowered { window.append(contentsOf: lowered.utf8) }
            for s in states.indices where !states[s].found && !states[s].needsWholeBody {
                examine(
                    &states[s], line: line, simple: lowered != nil, window: window,
                    lineStart: window.count - (lowered?.utf8.count ?? 0))
            }
            // Reused, not a new array per line; a line that could not be lowered is not in
            // `window`, so nothing carries past it.
            tail.removeAll(keepingCapacity: true)
            if lowered != nil { tail.append(contentsOf: window.suffix(tailLength)) }
        }
        var out: Set<String> = []
        var body: String?
        for s in states {
            if s.found {
                out.insert(s.pattern)
                continue
            }
            // Known absent: its literals occur nowhere in the joined body.
            if !s.needsWholeBody, s.literals != nil, !s.literalSeen { continue }
            let text = body ?? wholeBody()
            body = text
            if patterns.matches(s.pattern, text) { out.insert(s.pattern) }
        }
        return out
    }

    /// `window` is the lower-cased line with the tail of the body before it; the line itself
    /// starts at `lineStart`. `simple`: the line could be lower-cased (else it is not in `window`).
    private func examine(_ s: inout State, line: String, simple: Bool, window: [UInt8], lineStart: Int) {
        guard let literals = s.literals, simple else {
            // Nothing to filter on: the line itself says, and the join decides the rest.
            s.literalSeen = true
            run(&s, line)
            return
        }
        guard Self.containsAny(literals, in: window, from: 0) else { return }
        s.literalSeen = true
        if Self.containsAny(literals, in: window, from: lineStart) { run(&s, line) }
    }

    private func run(_ s: inout State, _ line: String) {
        s.lineRuns += 1
        if s.lineRuns > Self.lineRunLimit {
            s.needsWholeBody = true
            return
        }
        if patterns.matches(s.pattern, line) { s.found = true }
    }

    static func containsAny(_ literals: [[UInt8]], in hay: [UInt8], from start: Int) -> Bool {
        hay.withUnsafeBufferPointer { all in
            let rest = UnsafeBufferPointer(rebasing: all[min(start, all.count)...])
            return literals.contains { literal in
                literal.isEmpty || literal.withUnsafeBufferPointer { RequiredLiterals.contains(rest, $0) }
            }
        }
    }

    /// True when a match inside a line is a match in any text holding that line: no anchors, no
    /// lookarounds, no inline options (a class's "^" is a negation, not an anchor).
    static func isLocal(_ pattern: String) -> Bool {
        let s = Array(pattern.unicodeScalars)
        var i = 0
        var inClass = false
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count else { return false }
                if !inClass, "AzZG".unicodeScalars.contains(s[i + 1]) { return false }
                i += 2
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
            } else if c == "[" {
                inClass = true
                if i + 1 < s.count, s[i + 1] == "^" { i += 1 }
                if i + 1 < s.count, s[i + 1] == "]" { i += 1 }
            } else if c == "^" || c == "$" {
                return false
            } else if c == "(", i + 1 < s.count, s[i + 1] == "?" {
                guard i + 2 < s.count, s[i + 2] == ":" else { return false }
            }
            i += 1
        }
        return true
    }
}
