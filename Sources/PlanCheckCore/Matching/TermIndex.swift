import Foundation

/// One item reduced to what the matcher compares: the term ids of its kept syllables in order
/// (unigram) and of each syllable with the one before it (bigram). A syllable's text is its
/// unigram's `termText`, interned byte for byte: a String per syllable of every item was a sixth
/// of the memory of a plan of thousands of duties.
struct AnalysedItem: Sendable {
    /// Unigram term id of syllable i.
    var unigrams: [Int32] = []
    /// Bigram term id of syllables i-1 and i, or -1 when a stopword stood between them (or i == 0):
    /// "quyền con người" gives "quyền con" and "con người", "quyền của người" gives none.
    var bigrams: [Int32] = []
    /// Whether syllable i names the subject of the item: it follows "về" ("tuyên truyền về quyền
    /// con người cho cán bộ"). Vietnamese duties put what they are about there, and the audience,
    /// basis and place after "cho", "theo", "tại"; two duties with the same subject are the same
    /// duty far more often than two with the same audience.
    var topic: [Bool] = []
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
    /// Whether ids[i] is a subject term of its item; its weight is `weight(at: i)`. A flag, not
    /// the weight itself: a Double per term of every item, twice (here and in the postings), was
    /// a quarter of the memory of a plan of thousands of duties.
    var boosted: [Bool] = []
    var offsets: [Int] = [0]
    /// Sum of the idf of an item's terms: the denominator of containment.
    var weightSum: [Double] = []
    /// Euclidean norm of an item's idf vector: the denominator of cosine.
    var norm: [Double] = []

    init(texts: [String], stopwords: Set<String>) {
        var builder = Builder(stopwords: stopwords)
        for text in texts { builder.add(text) }
        self.init(builder)
    }

    /// The index being read, text by text. A value: the state after a parent plan's items is kept
    /// (`AnalysisCache`) and each child plan goes on from a copy, instead of reading the parent's
    /// items again for every one of its hundred communes.
    struct Builder: Sendable {
        var interner: Interner
        var df: [Int32] = []
        var boosted: [Bool] = []
        var ids: [Int32] = []
        var offsets: [Int] = [0]
        var analysed: [AnalysedItem] = []

        init(stopwords: Set<String>) { interner = Interner(stopwords: stopwords) }

        /// Reads one item. `keepAnalysis: false` keeps only its terms: the matcher explains a
        /// match from the parent's syllables alone, and the analysis of every child item (three
        /// arrays each) was kept for nothing.
        mutating func add(_ text: String, keepAnalysis: Bool = true) {
            let item = interner.analyse(text)
            let terms = TermIndex.terms(of: item)
            if df.count < interner.termText.count {
                df.append(contentsOf: repeatElement(0, count: interner.termText.count - df.count))
            }
            for t in terms { df[Int(t.id)] += 1 }
            ids.append(contentsOf: terms.map(\.id))
            boosted.append(contentsOf: terms.map(\.topic))
            offsets.append(ids.count)
            analysed.append(keepAnalysis ? item : AnalysedItem())
        }
    }

    init(_ builder: Builder) {
        analysed = builder.analysed
        ids = builder.ids
        offsets = builder.offsets
        termText = builder.interner.termText
        // Smoothed IDF: a term in every item keeps a small positive weight instead of zero, so an
        // item made only of common words still matches itself.
        let count = analysed.count
        let n = Double(count)
        idf = builder.df.map { log((n + 1) / (Double($0) + 1)) + 1 }
        boosted = builder.boosted
        weightSum.reserveCapacity(count)
        norm.reserveCapacity(count)
        for k in 0..<count {
            // Summed in item order, as a reduce over the weights would.
            var sum = 0.0
            var squares = 0.0
            for i in offsets[k]..<offsets[k + 1] {
                let w = weight(at: i)
                sum += w
                squares += w * w
            }
            weightSum.append(sum)
            norm.append(squares.squareRoot())
        }
    }

    /// The weight of ids[i] in its item: idf, times `topicBoost` for subject terms.
    @inline(__always) func weight(at i: Int) -> Double {
        Self.weight(idf: idf[Int(ids[i])], boosted: boosted[i])
    }

    @inline(__always) static func weight(idf: Double, boosted: Bool) -> Double {
        idf * (boosted ? topicBoost : 1)
    }

    /// How much more a subject term counts than any other. 2 separates "shares the subject only"
    /// (partial) from "shares the audience only" (missing) on the Quảng An chain; see the tests.
    static let topicBoost = 2.0

    /// Words that end the subject begun by "về": what follows is audience, basis, place or time.
    static let topicEnders: Set<String> = [
        "cho", "theo", "trên", "tại", "để", "nhằm", "trước", "đến", "từ", "trong",
    ]
    static let topicLimit = 16

    /// An item's distinct term ids, sorted, each marked when it belongs to the subject.
    static func terms(of item: AnalysedItem) -> [(id: Int32, topic: Bool)] {
        var all: [(id: Int32, topic: Bool)] = []
        for i in item.unigrams.indices {
            all.append((item.unigrams[i], item.topic[i]))
            if item.bigrams[i] >= 0 { all.append((item.bigrams[i], item.topic[i] && item.topic[i - 1])) }
        }
        all.sort { $0.id != $1.id ? $0.id < $1.id : ($0.topic && !$1.topic) }
        var out: [(id: Int32, topic: Bool)] = []
        for t in all where out.last?.id != t.id { out.append(t) }
        return out
    }

    /// For each term, the items of `range` that have it, in item order, with their weights.
    func postings(of range: Range<Int>) -> Postings {
        var start = [Int](repeating: 0, count: termText.count + 1)
        for t in ids[offsets[range.lowerBound]..<offsets[range.upperBound]] { start[Int(t) + 1] += 1 }
        for t in 0..<termText.count { start[t + 1] += start[t] }
        var fill = start
        var items = [Int32](repeating: 0, count: start[termText.count])
        var itemBoosted = [Bool](repeating: false, count: items.count)
        for k in range {
            for i in offsets[k]..<offsets[k + 1] {
                let t = Int(ids[i])
                items[fill[t]] = Int32(k - range.lowerBound)
                itemBoosted[fill[t]] = boosted[i]
                fill[t] += 1
            }
        }
        return Postings(start: start, items: items, boosted: itemBoosted)
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

/// Term ids for syllables and syllable pairs, built while the items are read. Pairs are keyed by
/// the two syllable ids, so no pair string is built unless the pair is new.
struct Interner: Sendable {
    var termText: [String] = []
    var syllableIds: [ByteKey: Int32] = [:]
    var pairIds: [Int64: Int32] = [:]
    var isStopword: [Bool] = []
    var cache: [ByteKey: String] = [:]
    let stopwords: Set<String>

    /// Ids of "về" and of the words that end a subject, interned first so that each token is
    /// compared by id rather than hashed as a String again.
    var veID: Int32 = -1
    var enderIDs: Set<Int32> = []

    init(stopwords: Set<String>) {
        self.stopwords = stopwords
        veID = syllable("về")
        enderIDs = Set(TermIndex.topicEnders.map { syllable($0) })
    }

    mutating func syllable(_ text: String) -> Int32 {
        let key = ByteKey(text)
        if let known = syllableIds[key] { return known }
        let id = Int32(termText.count)
        termText.append(text)
        isStopword.append(stopwords.contains(text))
        syllableIds[key] = id
        return id
    }

    mutating func pair(_ a: Int32, _ b: Int32) -> Int32 {
        let key = Int64(a) << 32 | Int64(b)
        if let known = pairIds[key] { return known }
        let id = Int32(termText.count)
        termText.append(termText[Int(a)] + " " + termText[Int(b)])
        isStopword.append(false)
        pairIds[key] = id
        return id
    }

    mutating func analyse(_ text: String) -> AnalysedItem {
        var item = AnalysedItem()
        var previousKept = false
        var topicLeft = 0
        for syllable in SyllableTokenizer.syllables(text, cache: &cache) {
            let id = self.syllable(syllable)
            if id == veID {
                topicLeft = TermIndex.topicLimit
            } else if enderIDs.contains(id) {
                topicLeft = 0
            }
            guard !isStopword[Int(id)] else {
                previousKept = false
                continue
            }
            item.bigrams.append(previousKept ? pair(item.unigrams[item.unigrams.count - 1], id) : -1)
            item.unigrams.append(id)
            item.topic.append(topicLeft > 0)
            topicLeft = max(topicLeft - 1, 0)
            previousKept = true
        }
        return item
    }
}

/// An inverted index in three flat arrays: term t's entries are start[t] ..< start[t + 1].
struct Postings {
    var start: [Int]
    var items: [Int32]
    /// Whether the entry is a subject term of its item: its weight is the term's idf, boosted.
    var boosted: [Bool]
}
