import Foundation
import PlanCheckCore

/// What several rules derive from the same document, computed once per document on first use
/// and shared by all rules of the run: the folded lines, the judged body lines, the body text.
/// Rules of one document run on one thread; the lock only keeps a context shared by mistake safe
/// and is never contended, unlike a process-wide cache.
public final class DocumentIndex: @unchecked Sendable {
    private let document: PlanDocument
    private let lock = NSLock()
    private var folded: [String?]
    private var judged: [(line: Int, text: String)]?
    private var body: String?
    private var bodyPresence: [String: Bool] = [:]
    private var allFolded: String?

    public init(_ document: PlanDocument) {
        self.document = document
        folded = Array(repeating: nil, count: document.lines.count)
    }

    /// `VietnameseText.matchKey` of line `n` (1-based).
    public func foldedLine(_ n: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let key = folded[n - 1] { return key }
        let key = VietnameseText.matchKey(document.lines[n - 1])
        folded[n - 1] = key
        return key
    }

    /// Every line folded, joined by spaces: `matchKey` of the joined lines, since folding works
    /// scalar by scalar and a space ends a syllable as the end of a line does. Built from the
    /// folded lines the other rules share, instead of folding the whole plan once more (CT011).
    public var foldedText: String {
        lock.lock()
        let cached = allFolded
        lock.unlock()
        if let cached { return cached }
        let text = document.lines.indices.map { foldedLine($0 + 1) }.joined(separator: " ")
        lock.lock()
        allFolded = text
        lock.unlock()
        return text
    }

    /// Body lines outside the bases (and outside page chrome), as (line number, text): where a
    /// name is judged, since citing a 2024 letter "của Bộ Thông tin và Truyền thông" is correct.
    public var judgedLines: [(line: Int, text: String)] {
        lock.lock()
        defer { lock.unlock() }
        if let judged { return judged }
        let doc = document
        let body = doc.bodyLines ?? 1...max(doc.lines.count, 1)
        // The lines of the bases marked once: asking every basis about every line was quadratic
        // in a plan of thousands of bases.
        var inBases = [Bool](repeating: false, count: doc.lines.count + 1)
        for basis in doc.bases {
            let lo = max(basis.span.line, 1)
            let hi = min(max(basis.span.line, basis.span.endLine), doc.lines.count)
            if lo <= hi { for n in lo...hi { inBases[n] = true } }
        }
        var lines: [(line: Int, text: String)] = []
        lines.reserveCapacity(body.count)
        for n in body where n >= 1 && n <= doc.lines.count && !inBases[n] {
            lines.append((n, doc.lines[n - 1]))
        }
        judged = lines
        return lines
    }

    /// The body lines joined by spaces (the whole text when the body was not found).
    public var bodyText: String {
        lock.lock()
        defer { lock.unlock() }
        if let body { return body }
        // Joined from the slice itself: a copy of the body's lines first held another array of
        // every line.
        let text = Self.joined(bodyLines)
        body = text
        return text
    }

    /// The lines of the body (the whole text when the body was not found).
    private var bodyLines: ArraySlice<String> {
        let doc = document
        guard let body = doc.bodyLines else { return doc.lines[...] }
        let lo = min(max(body.lowerBound - 1, 0), doc.lines.count)
        return doc.lines[lo..<max(lo, min(body.upperBound, doc.lines.count))]
    }

    /// The lines joined by spaces into a string reserved at its final size: `joined` on a slice
    /// grew the string by doubling, to twice the body of a large plan.
    static func joined(_ lines: ArraySlice<String>) -> String {
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for (i, line) in zip(lines.indices, lines) {
            if i != lines.startIndex { text.append(" ") }
            text.append(line)
        }
        return text
    }

    /// Which of `candidates` (profile patterns) occur in the body: `BodyPatternSearch`, line by
    /// line, each pattern's answer kept for the other rules that ask.
    public func bodyMatches(_ candidates: [String], patterns: CompiledPatterns) -> Set<String> {
        lock.lock()
        var missing: [String] = []
        for p in candidates where bodyPresence[p] == nil && !missing.contains(p) { missing.append(p) }
        lock.unlock()
        if !missing.isEmpty {
            let found = BodyPatternSearch(patterns: patterns).present(
                missing, lines: bodyLines, wholeBody: { self.bodyText })
            lock.lock()
            for p in missing { bodyPresence[p] = found.contains(p) }
            lock.unlock()
        }
        lock.lock()
        defer { lock.unlock() }
        return Set(candidates.filter { bodyPresence[$0] == true })
    }
}
