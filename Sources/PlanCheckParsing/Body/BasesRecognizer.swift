import Foundation
import PlanCheckCore

/// Reads the bases of the opening: each "Căn cứ …" / "Thực hiện …" clause. Several bases often
/// share one sentence separated by ";" (seed 004), and a clause without its own keyword takes the
/// one before it.
enum BasesRecognizer {
    static let keywords = ["Căn cứ", "Thực hiện", "Triển khai"]

    static let keywordKeys = keywords.map { looseKey($0) + " " }

    static func keyword(at text: String) -> String? {
        // Every keyword's key starts with "c" or "t": a text whose first letter or digit is
        // another ASCII character has none, without building a key.
        if let first = text.utf8.first(where: { $0 >= 0x80 || ScanText.isASCIIAlnum($0) }), first < 0x80,
            first | 0x20 != 0x63, first | 0x20 != 0x74
        {
            return nil
        }
        let key = LooseKey.make(text, maxScalars: 12)
        for (word, wordKey) in zip(keywords, keywordKeys) where key.hasPrefix(wordKey) {
            return String(text.prefix(word.count))
        }
        return nil
    }

    /// Bases of the opening paragraphs (and of a "CĂN CỨ" section), given the citations found in
    /// each paragraph (ranges in the paragraph's text, with their ids). A slice of the plan's
    /// paragraphs, read in place; its indices are those `citations` knows.
    static func bases(
        _ paragraphs: ArraySlice<Paragraph>, citations: CitationsByParagraph, requireKeyword: Bool
    ) -> [Basis] {
        var out: [Basis] = []
        for index in paragraphs.indices {
            let p = paragraphs[index]
            guard let first = keyword(at: p.text) ?? (requireKeyword ? nil : "Căn cứ") else { continue }
            var found = Array(citations.of(index))
            // Clauses come in text order: with the citations in that order too, one cursor
            // hands each clause its own (filtering them all per clause was quadratic in an
            // opening of thousands of clauses).
            if !found.isSorted(by: \.range.lowerBound) {
                found.sort { $0.range.lowerBound < $1.range.lowerBound }
            }
            var next = 0
            var current = first
            for clause in clauses(p.text) {
                let clauseText = p.block.substring(utf8: clause)
                if let own = keyword(at: clauseText) { current = own }
                while next < found.count, found[next].range.lowerBound < clause.lowerBound { next += 1 }
                var ids: [Int] = []
                while next < found.count, found[next].range.lowerBound < clause.upperBound {
                    ids.append(found[next].id)
                    next += 1
                }
                // A clause with no citation and no keyword of its own is the enacting phrase.
                if ids.isEmpty, keyword(at: clauseText) == nil { continue }
                out.append(
                    Basis(
                        keyword: current, text: clauseText, span: p.block.span(utf8: clause), citationIDs: ids
                    ))
            }
        }
        return out
    }

    /// UTF-8 ranges of the ";"-separated clauses, trimmed.
    static func clauses(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: ";") {
            out.append(start..<i)
            start = i + 1
        }
        out.append(start..<bytes.count)
        return out.map { AgencyList.trim($0, bytes) }.filter { $0.count > 2 }
    }
}

/// The citations found in each paragraph, as (UTF-8 range in its text, citation id), in one flat
/// list in paragraph order: a dictionary of an array per paragraph cost 270 bytes a citation.
struct CitationsByParagraph {
    typealias Entry = (range: Range<Int>, id: Int)
    private var paragraphs: [Int] = []
    private var entries: [Entry] = []

    /// Adds a citation of paragraph `paragraph`; paragraphs come in order.
    mutating func append(_ entry: Entry, paragraph: Int) {
        assert(paragraphs.last.map { $0 <= paragraph } ?? true, "paragraphs out of order")
        paragraphs.append(paragraph)
        entries.append(entry)
    }

    /// The citations of one paragraph, in the order they were found.
    func of(_ paragraph: Int) -> ArraySlice<Entry> {
        let lo = firstIndex(atLeast: paragraph)
        let hi = firstIndex(atLeast: paragraph + 1)
        return entries[lo..<hi]
    }

    private func firstIndex(atLeast paragraph: Int) -> Int {
        var lo = 0
        var hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid] < paragraph { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension Array {
    /// True when `key` never decreases along the array.
    func isSorted<K: Comparable>(by key: (Element) -> K) -> Bool {
        zip(self, dropFirst()).allSatisfy { key($0) <= key($1) }
    }
}
