import RelGraphCore

extension ArticleAnalyzer {
    /// At most this many issues per article: the most salient (see ``salientIssues(_:titled:)``).
    /// News names a handful of topics; the gold annotations of the Wikinews dev set hold 5.6
    /// issues an article on average, 8 at most.
    static let maxIssuesPerArticle = 10

    /// The issue mentions of an article that an analyst would file it under: those of its
    /// most salient issues.
    ///
    /// Salience by headline position and repetition: news names the subject of a story in the
    /// headline or again and again, and background topics (a suspect's past "robberies", a
    /// "trial" in a biography) once, in passing. So
    /// 1. an issue with ``Lexicon/Issue/minMentions`` *m* stays only when the article mentions
    ///    it at least *m* times or its headline (sentence 0 of a titled article) mentions it;
    /// 2. an issue that is the ``Lexicon/Issue/broader`` issue of another one that stays
    ///    goes: the article is filed under the specific one ("presidential election", not
    ///    also "election");
    /// 3. of the rest, the ``maxIssuesPerArticle`` issues named in the headline first, then
    ///    most often, then earliest, keep their mentions.
    ///
    /// - Parameters:
    ///   - issues: the issue mentions, as ``lexiconSpans(_:sentences:)`` found them.
    ///   - titled: whether sentence 0 is the article's headline.
    /// - Complexity: O(*m* + *i* log *i*) for *m* mentions of *i* issues (a scan over at most
    ///   16 distinct ids per mention, a hash lookup beyond).
    func salientIssues(_ issues: [Mention], titled: Bool) -> [Mention] {
        guard !issues.isEmpty else { return issues }
        let needs = lex.issueMinMentions
        struct Tally {
            var count = 0
            var first = 0
            var inHeadline = false
        }
        // The distinct issue ids in order of first mention, their tallies, and the position of
        // each mention's id. An article names a handful of issues, and the mentions of one share
        // the lexicon's id string, so a scan beats hashing; past `scanLimit` ids, a dictionary.
        let scanLimit = 16
        var ids: [String] = []
        var position: [String: Int] = [:]
        var tally: [Tally] = []
        var slot: [Int] = []
        slot.reserveCapacity(issues.count)
        for (k, m) in issues.enumerated() {
            let j =
                ids.count <= scanLimit ? ids.firstIndex(of: m.id) ?? ids.count : position[m.id] ?? ids.count
            if j == ids.count {
                ids.append(m.id)
                tally.append(Tally(first: k))
                if ids.count == scanLimit + 1 {
                    for (x, id) in ids.enumerated() { position[id] = x }
                } else if ids.count > scanLimit + 1 {
                    position[m.id] = j
                }
            }
            tally[j].count += 1
            if titled && m.sentence == 0 { tally[j].inHeadline = true }
            slot.append(j)
        }
        var kept = ids.indices.map { j in
            tally[j].inHeadline || tally[j].count >= (needs.isEmpty ? 1 : needs[ids[j], default: 1])
        }
        let broader = lex.issueBroader
        if !broader.isEmpty {
            // The broader issues of the kept ones, all found before any is dropped.
            var covered = [Bool](repeating: false, count: ids.count)
            for j in ids.indices where kept[j] {
                guard let b = broader[ids[j]] else { continue }
                for x in ids.indices where ids[x] == b { covered[x] = true }
            }
            for j in ids.indices where covered[j] { kept[j] = false }
        }
        let keptCount = kept.count { $0 }
        if keptCount == ids.count && keptCount <= Self.maxIssuesPerArticle { return issues }
        // `first` differs between issues, so the order is total.
        let ranked = ids.indices.filter { kept[$0] }.sorted { a, b in
            if tally[a].inHeadline != tally[b].inHeadline { return tally[a].inHeadline }
            if tally[a].count != tally[b].count { return tally[a].count > tally[b].count }
            return tally[a].first < tally[b].first
        }
        var keep = [Bool](repeating: false, count: ids.count)
        for j in ranked.prefix(Self.maxIssuesPerArticle) { keep[j] = true }
        return issues.indices.filter { keep[slot[$0]] }.map { issues[$0] }
    }
}
