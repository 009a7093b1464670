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

    public init(
        thresholds: CoverageThresholds = .default,
        stopwords: Set<String> = CoverageMatcher.defaultStopwords
    ) {
        self.thresholds = thresholds
        self.stopwords = Set(stopwords.map(VietnameseText.matchKey))
    }

    /// For each parent item, the best child item, score, outcome and shared terms. The best child is
    /// the highest score; on a tie the earlier child wins, so the output depends only on the input.
    public func match(parentItems: [MatchItem], childItems: [MatchItem]) -> [CoverageMatch] {
        // One index over both sides: IDF must know that "thông tin đối ngoại" is everywhere in
        // both plans, not only in one.
        let index = TermIndex(texts: parentItems.map(\.text) + childItems.map(\.text), stopwords: stopwords)
        let childBase = parentItems.count
        return parentItems.indices.map { p in
            let (best, score) = bestChild(of: p, in: index, children: childBase..<index.analysed.count)
            return verdict(
                parentItems[p], score: score, best: best.map { childItems[$0 - childBase] },
                shared: best.map { sharedTerms(parent: p, child: $0, in: index) } ?? [],
                hasTerms: index.weightSum[p] > 0)
        }
    }

    /// The child with the highest score (nil when none shares a term), by merging sorted id runs.
    func bestChild(of p: Int, in index: TermIndex, children: Range<Int>) -> (Int?, Double) {
        let pSum = index.weightSum[p]
        let pNorm = index.norm[p]
        guard pSum > 0 else { return (nil, 0) }
        var best: Int?
        var bestScore = 0.0
        index.ids.withUnsafeBufferPointer { ids in
            index.idf.withUnsafeBufferPointer { idf in
                let pStart = index.offsets[p]
                let pEnd = index.offsets[p + 1]
                for c in children {
                    var i = pStart
                    var j = index.offsets[c]
                    let cEnd = index.offsets[c + 1]
                    var shared = 0.0
                    var dot = 0.0
                    while i < pEnd && j < cEnd {
                        let a = ids[i]
                        let b = ids[j]
                        if a == b {
                            let w = idf[Int(a)]
                            shared += w
                            dot += w * w
                            i += 1
                            j += 1
                        } else if a < b {
                            i += 1
                        } else {
                            j += 1
                        }
                    }
                    guard shared > 0 else { continue }
                    let cosine = dot / (pNorm * index.norm[c])
                    let score = Self.containmentWeight * (shared / pSum) + (1 - Self.containmentWeight) * cosine
                    if score > bestScore {
                        bestScore = score
                        best = c
                    }
                }
            }
        }
        return (best, min(bestScore, 1))
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
        var phrases: [(text: String, weight: Double, position: Int)] = []
        var i = 0
        while i < item.syllables.count {
            var weight = 0.0
            var j = i
            if index.contains(item: c, term: item.unigrams[i]) { weight += index.idf[Int(item.unigrams[i])] }
            while j + 1 < item.syllables.count, item.bigrams[j + 1] >= 0,
                index.contains(item: c, term: item.bigrams[j + 1])
            {
                j += 1
                weight += index.idf[Int(item.bigrams[j])]
                if index.contains(item: c, term: item.unigrams[j]) { weight += index.idf[Int(item.unigrams[j])] }
            }
            if weight > 0 {
                phrases.append((item.syllables[i...j].joined(separator: " "), weight, i))
            }
            i = j + 1
        }
        var seen: Set<String> = []
        return phrases
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.position < $1.position }
            .filter { seen.insert($0.text).inserted }
            .prefix(Self.maxSharedTerms)
            .map(\.text)
    }
}
