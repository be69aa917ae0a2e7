import RelGraphCore

extension ArticleAnalyzer {
    /// The issue mentions of an article without those of issues it names too rarely: an issue
    /// with ``Lexicon/Issue/minMentions`` *m* stays only when the article mentions it at least
    /// *m* times or its headline (sentence 0 of a titled article) mentions it.
    ///
    /// Salience by repetition or headline position: news names the subject of a story in the
    /// headline or again and again, and background topics (a suspect's past "robberies", a
    /// "trial" in a biography) once, in passing.
    ///
    /// - Parameters:
    ///   - issues: the issue mentions, as ``lexiconSpans(_:sentences:)`` found them.
    ///   - titled: whether sentence 0 is the article's headline.
    /// - Complexity: O(*m*) for *m* mentions.
    func salientIssues(_ issues: [Mention], titled: Bool) -> [Mention] {
        let needs = lex.issueMinMentions
        guard !needs.isEmpty, !issues.isEmpty else { return issues }
        var count: [String: Int] = [:]
        var inHeadline: Set<String> = []
        for m in issues where needs[m.id] != nil {
            count[m.id, default: 0] += 1
            if titled && m.sentence == 0 { inHeadline.insert(m.id) }
        }
        guard !count.isEmpty else { return issues }
        return issues.filter { m in
            guard let need = needs[m.id] else { return true }
            return inHeadline.contains(m.id) || count[m.id, default: 0] >= need
        }
    }
}
