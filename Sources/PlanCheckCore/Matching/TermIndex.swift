import Foundation

/// One item reduced to what the matcher compares: its kept syllables in order, and the term ids of
/// each syllable (unigram) and of each syllable with the one before it (bigram).
struct AnalysedItem {
    var syllables: [String] = []
    /// Unigram term id of syllable i.
    var unigrams: [Int32] = []
    /// Bigram term id of syllables i-1 and i, or -1 when a stopword stood between them (or i == 0):
    /// "quyền con người" gives "quyền con" and "con người", "quyền của người" gives none.
    var bigrams: [Int32] = []
}

/// The terms of every item interned as Int32 ids, with each item a sorted, duplicate-free run of
/// ids in one flat array. Presence, not frequency, is what counts: a duty is taken over when its
/// terms appear, and repeating a word in a long task should not make it cover more.
struct TermIndex {
    var analysed: [AnalysedItem] = []
    var termText: [String] = []
    var idf: [Double] = []
    /// Sorted term ids of item k are ids[offsets[k] ..< offsets[k + 1]].
    var ids: [Int32] = []
    var offsets: [Int] = [0]
    /// Sum of the idf of an item's terms: the denominator of containment.
    var weightSum: [Double] = []
    /// Euclidean norm of an item's idf vector: the denominator of cosine.
    var norm: [Double] = []

    init(texts: [String], stopwords: Set<String>) {
        var intern: [String: Int32] = [:]
        func id(_ term: String) -> Int32 {
            if let known = intern[term] { return known }
            let new = Int32(termText.count)
            intern[term] = new
            termText.append(term)
            return new
        }
        var df: [Int32] = []
        for text in texts {
            let item = Self.analyse(text, stopwords: stopwords, id: id)
            var terms = item.unigrams + item.bigrams.filter { $0 >= 0 }
            terms.sort()
            terms = Self.unique(terms)
            if df.count < termText.count { df.append(contentsOf: repeatElement(0, count: termText.count - df.count)) }
            for t in terms { df[Int(t)] += 1 }
            ids.append(contentsOf: terms)
            offsets.append(ids.count)
            analysed.append(item)
        }
        // Smoothed IDF: a term in every item keeps a small positive weight instead of zero, so an
        // item made only of common words still matches itself.
        let n = Double(texts.count)
        idf = df.map { log((n + 1) / (Double($0) + 1)) + 1 }
        for k in 0..<texts.count {
            var sum = 0.0
            var squares = 0.0
            for t in ids[offsets[k]..<offsets[k + 1]] {
                let w = idf[Int(t)]
                sum += w
                squares += w * w
            }
            weightSum.append(sum)
            norm.append(squares.squareRoot())
        }
    }

    static func analyse(_ text: String, stopwords: Set<String>, id: (String) -> Int32) -> AnalysedItem {
        var item = AnalysedItem()
        var previousKept = false
        for syllable in SyllableTokenizer.syllables(text) {
            guard !stopwords.contains(syllable) else {
                previousKept = false
                continue
            }
            let bigram: Int32 = previousKept ? id(item.syllables[item.syllables.count - 1] + " " + syllable) : -1
            item.syllables.append(syllable)
            item.unigrams.append(id(syllable))
            item.bigrams.append(bigram)
            previousKept = true
        }
        return item
    }

    static func unique(_ sorted: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(sorted.count)
        for t in sorted where out.last != t { out.append(t) }
        return out
    }

    /// True when item k has term t (binary search in its sorted run).
    func contains(item k: Int, term t: Int32) -> Bool {
        var lo = offsets[k]
        var hi = offsets[k + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] == t { return true }
            if ids[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return false
    }
}
