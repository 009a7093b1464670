/// Decides, for each duty of a parent plan, whether a lower plan takes it over, and says why.
///
/// Explainable by design: items become Vietnamese syllables and syllable pairs ("quyền con",
/// "con người"), weighted by how rare they are across both plans (IDF), and the score is mostly the
/// share of the parent item's weight that the child item carries. A child task is usually longer
/// than the duty it implements (it adds agencies, dates, products), so a symmetric measure alone
/// would punish the thorough child; cosine is blended in only so that, among children carrying
/// the same share, the one that is about the duty rather than about everything wins.
public struct CoverageMatcher: Sendable {
    public var thresholds: CoverageThresholds
    /// Normalised with `VietnameseText.matchKey`, so callers may write them in either tone placement.
    public var stopwords: Set<String>

    /// Weight of containment in the score; the rest is cosine. Tuned on the Quảng An chain.
    static let containmentWeight = 0.7
    static let maxSharedTerms = 8

    /// Parent items already read, shared by the matches of one run (nil: read every time).
    public var cache: AnalysisCache?

    public init(
        thresholds: CoverageThresholds = .default,
        stopwords: Set<String> = CoverageMatcher.defaultStopwords,
        cache: AnalysisCache? = nil
    ) {
        self.thresholds = thresholds
        self.stopwords = Set(stopwords.map(VietnameseText.matchKey))
        self.cache = cache
    }

    /// For each parent item, the best child item, score, outcome and shared terms. The best child is
    /// the highest score; on a tie the earlier child wins, so the output depends only on the input.
    public func match(parentItems: [MatchItem], childItems: [MatchItem]) -> [CoverageMatch] {
        // One index over both sides: IDF must know that "thông tin đối ngoại" is everywhere in
        // both plans, not only in one.
        // The parent's items come first, so the index after them depends on them alone: read once
        // per run for a province plan that a hundred commune plans are compared with.
        let parentTexts = parentItems.map(\.text)
        var builder =
            cache?.builder(for: parentTexts, stopwords: stopwords)
            ?? AnalysisCache.read(parentTexts, stopwords: stopwords)
        for child in childItems { builder.add(child.text, keepAnalysis: false) }
        let index = TermIndex(builder)
        let childBase = parentItems.count
        let postings = index.postings(of: childBase..<index.analysed.count)
        var scratch = Scratch(childBase: childBase, count: childItems.count)
        return parentItems.indices.map { p in
            let (best, score) = bestChild(of: p, in: index, postings: postings, scratch: &scratch)
            return verdict(
                parentItems[p], score: score, best: best.map { childItems[$0 - childBase] },
                shared: best.map { sharedTerms(parent: p, child: $0, in: index) } ?? [],
                hasTerms: index.weightSum[p] > 0)
        }
    }

    /// The child with the highest score (nil when none shares a term). Walking the parent's terms
    /// through an inverted index of the children touches only the children that share something,
    /// instead of merging the parent with every child: about ten times less work at 300 × 300.
    func bestChild(of p: Int, in index: TermIndex, postings: Postings, scratch: inout Scratch) -> (
        Int?, Double
    ) {
        let pSum = index.weightSum[p]
        guard pSum > 0 else { return (nil, 0) }
        for i in index.offsets[p]..<index.offsets[p + 1] {
            let t = Int(index.ids[i])
            let pw = index.weight(at: i)
            let idf = index.idf[t]
            for e in postings.start[t]..<postings.start[t + 1] {
                let c = Int(postings.items[e])
                if scratch.shared[c] == 0 { scratch.touched.append(c) }
                scratch.shared[c] += pw
                scratch.dot[c] += pw * TermIndex.weight(idf: idf, boosted: postings.boosted[e])
            }
        }
        var best: Int?
        var bestScore = 0.0
        let pNorm = index.norm[p]
        for c in scratch.touched {
            let cosine = scratch.dot[c] / (pNorm * index.norm[scratch.childBase + c])
            let score =
                Self.containmentWeight * (scratch.shared[c] / pSum) + (1 - Self.containmentWeight) * cosine
            // Ties go to the earlier child, whatever order the children were touched in.
            if score > bestScore || (score == bestScore && best.map { c < $0 } ?? false) {
                bestScore = score
                best = c
            }
            scratch.shared[c] = 0
            scratch.dot[c] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return (best.map { $0 + scratch.childBase }, min(bestScore, 1))
    }

    /// Per-child accumulators reused across parents, so the loop allocates nothing.
    struct Scratch {
        let childBase: Int
        var shared: [Double]
        var dot: [Double]
        var touched: [Int] = []

        init(childBase: Int, count: Int) {
            self.childBase = childBase
            shared = Array(repeating: 0, count: count)
            dot = Array(repeating: 0, count: count)
        }
    }

    func verdict(
        _ parent: MatchItem, score: Double, best: MatchItem?, shared: [String], hasTerms: Bool
    ) -> CoverageMatch {
        let outcome: CoverageOutcome =
            score >= thresholds.covered ? .covered : score >= thresholds.partial ? .partial : .missing
        var reason: String?
        if !hasTerms {
            reason = "the parent item has no key terms once stopwords are removed"
        } else if best == nil {
            reason = "no child item shares a key term"
        }
        return CoverageMatch(
            parentItem: parent, outcome: outcome, score: score, childItem: best,
            sharedTerms: shared, reason: reason)
    }

    /// The parent's terms the child also has, as readable phrases: consecutive parent syllables
    /// whose pairs the child shares are joined ("quyền con người"), a lone shared syllable stands
    /// alone. Ordered by summed IDF, then by position in the parent.
    func sharedTerms(parent p: Int, child c: Int, in index: TermIndex) -> [String] {
        let item = index.analysed[p]
        func text(_ k: Int) -> String { index.termText[Int(item.unigrams[k])] }
        var phrases: [(text: String, weight: Double, position: Int)] = []
        var i = 0
        while i < item.unigrams.count {
            var weight = 0.0
            var j = i
            if index.contains(item: c, term: item.unigrams[i]) { weight += index.idf[Int(item.unigrams[i])] }
            while j + 1 < item.unigrams.count, item.bigrams[j + 1] >= 0,
                index.contains(item: c, term: item.bigrams[j + 1])
            {
                j += 1
                weight += index.idf[Int(item.bigrams[j])]
                if index.contains(item: c, term: item.unigrams[j]) {
                    weight += index.idf[Int(item.unigrams[j])]
                }
            }
            // A lone bound syllable ("cơ", "thông") explains nothing; a phrase of two or more does.
            if weight > 0, j > i || !Self.boundSyllables.contains(text(i)) {
                phrases.append(((i...j).map(text).joined(separator: " "), weight, i))
            }
            i = j + 1
        }
        var seen: Set<String> = []
        return
            phrases
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.position < $1.position }
            .filter { seen.insert($0.text).inserted }
            .prefix(Self.maxSharedTerms)
            .map(\.text)
    }
}
