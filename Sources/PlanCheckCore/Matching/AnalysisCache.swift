import Foundation

/// The term index of a parent plan's items, read once and shared by every child plan compared
/// with it in one run. A national campaign compares 3,321 commune plans with 34 province plans:
/// reading each province's duties again for each of its communes was most of the comparison.
///
/// Thread-safe; the lock is held only to look up or store a finished value, never while text is
/// read, and taken once per comparison, not per word.
public final class AnalysisCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: TermIndex.Builder] = [:]
    /// Enough for every parent of a campaign at every level; past it the cache starts again
    /// rather than grow with the number of distinct parents.
    let limit: Int

    public init(limit: Int = 256) { self.limit = max(1, limit) }

    /// The index state after `texts`, read with `stopwords`: from the cache, or read and kept.
    func builder(for texts: [String], stopwords: Set<String>) -> TermIndex.Builder {
        // Each text after its length: no two lists of texts give the same key, whatever they hold.
        var key = ""
        for text in texts { key += "\(text.utf8.count):" + text }
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known, known.interner.stopwords == stopwords { return known }
        let built = Self.read(texts, stopwords: stopwords)
        lock.lock()
        if entries.count >= limit { entries.removeAll() }
        entries[key] = built
        lock.unlock()
        return built
    }

    static func read(_ texts: [String], stopwords: Set<String>) -> TermIndex.Builder {
        var builder = TermIndex.Builder(stopwords: stopwords)
        for text in texts { builder.add(text) }
        return builder
    }

    /// How many parent item lists are held.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
