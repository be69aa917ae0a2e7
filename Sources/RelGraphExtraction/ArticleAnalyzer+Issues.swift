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
    /// - Complexity: O(*m* + *i* log *i*) for *m* mentions of *i* issues.
    func salientIssues(_ issues: [Mention], titled: Bool) -> [Mention] {
        guard !issues.isEmpty else { return issues }
        let needs = lex.issueMinMentions
        struct Tally {
            var count = 0
            var first = 0
            var inHeadline = false
        }
        var tally: [String: Tally] = [:]
        for (k, m) in issues.enumerated() {
            var t = tally[m.id] ?? Tally(first: k)
            t.count += 1
            if titled && m.sentence == 0 { t.inHeadline = true }
            tally[m.id] = t
        }
        var kept = tally.filter { id, t in t.inHeadline || t.count >= needs[id, default: 1] }
        let broader = lex.issueBroader
        if !broader.isEmpty {
            let covered = Set(kept.keys.compactMap { broader[$0] })
            kept = kept.filter { !covered.contains($0.key) }
        }
        if kept.count == tally.count && kept.count <= Self.maxIssuesPerArticle { return issues }
        let ranked = kept.sorted { a, b in
            if a.value.inHeadline != b.value.inHeadline { return a.value.inHeadline }
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            return a.value.first < b.value.first
        }
        let keep = Set(ranked.prefix(Self.maxIssuesPerArticle).map(\.key))
        return issues.filter { keep.contains($0.id) }
    }
}
