import RelGraphCore

/// Stage 3 of ``ArticleAnalyzer/analyze(_:)``: where the lexicon's phrase matchers find
/// phrases in the article.
///
/// Each matcher runs once over the article, within sentences, and only from the positions where
/// one of its phrases may start (``PhraseStarts``).
/// - Complexity: O(*t*·*k*) for *t* tokens and phrases of at most *k* tokens.
extension ArticleAnalyzer {
    /// The lexicon phrases of one article.
    ///
    /// ## Conventions
    /// Arrays indexed by token have one element per token of the article's ``TokenizedText``.
    struct LexiconSpans {
        /// Whether each token is inside a title phrase ("Foreign Minister").
        var isTitle: [Bool]
        /// Whether each token is inside a place or organisation name (named organisations too).
        var isPlaceOrOrg: [Bool]
        /// Country phrases, sentence by sentence: the phrase matches of a sentence, then the
        /// country names inside its hyphenated words ("Iran-Iraq").
        var countries: [CountrySpan] = []
        /// Per token, the index in ``countries`` of the first span that covers it, or -1.
        var countryAt: [Int] = []
        /// Matches of the office-holder table, in text order.
        var people: [(range: Range<Int>, hit: CompiledLexicon.PersonHit)] = []
        /// Per token, the index in ``people`` of the last match that covers it, or -1.
        var personAt: [Int] = []
        /// Issue mentions (matched on lower-cased tokens; excluded phrases leave none).
        var issues: [Mention] = []
        /// Mentions of the organisations that become nodes.
        var organizations: [Mention] = []
    }

    /// For each phrase matcher, the positions of the tokens where one of its phrases may start,
    /// in increasing order.
    struct PhraseStarts {
        var title: [Int32] = [], place: [Int32] = [], organization: [Int32] = []
        var namedOrganization: [Int32] = [], country: [Int32] = [], issue: [Int32] = []
        var person: [Int32] = []
    }

    /// Where each matcher may find a phrase: a token that starts one of its phrases (a
    /// ``Vocabulary`` flag) and, for the case-sensitive matchers (all but issues, which are
    /// matched on lower-cased tokens), is capitalised or a known lower-case start.
    ///
    /// - Complexity: O(*t*) for *t* tokens.
    func phraseStarts(_ text: TokenizedText) -> PhraseStarts {
        let vocab = lex.vocab
        let ids = text.ids
        var out = PhraseStarts()
        let anyStart: Vocabulary.Flags = [
            .startsTitle, .startsPlace, .startsOrganization, .startsNamedOrganization, .startsCountry, .startsPerson,
        ]
        for i in ids.indices {
            let p = Int32(i)
            // Case-sensitive phrases start at a capitalised token or a known lower-case start.
            if text.tokens[i].isCapitalized || vocab.has(ids[i], .lowercaseStart) {
                let f = vocab.flags(ids[i])
                if !f.isDisjoint(with: anyStart) {
                    if f.contains(.startsTitle) { out.title.append(p) }
                    if f.contains(.startsPlace) { out.place.append(p) }
                    if f.contains(.startsOrganization) { out.organization.append(p) }
                    if f.contains(.startsNamedOrganization) { out.namedOrganization.append(p) }
                    if f.contains(.startsCountry) { out.country.append(p) }
                    if f.contains(.startsPerson) { out.person.append(p) }
                }
            }
            if vocab.has(text.lowerIds[i], .startsIssue) { out.issue.append(p) }
        }
        return out
    }

    /// Stage 3: titles, places and organisations, then countries, issues and office-holders
    /// (see ``LexiconSpans``).
    ///
    /// - Complexity: O(*t*·*k*) for *t* tokens and phrases of at most *k* tokens.
    func lexiconSpans(_ text: TokenizedText, sentences: [Range<Int>]) -> LexiconSpans {
        let starts = phraseStarts(text)
        let n = text.tokens.count
        var spans = LexiconSpans(
            isTitle: [Bool](repeating: false, count: n), isPlaceOrOrg: [Bool](repeating: false, count: n))
        markTitlesPlacesAndOrganizations(text, sentences: sentences, starts: starts, into: &spans)
        findCountries(text, sentences: sentences, starts: starts, into: &spans)
        // An excluded phrase (no payload) matches like any other, so its words name no issue.
        for m in lex.issueIDs.matches(text.lowerIds, sentences: sentences, candidates: starts.issue) {
            guard let id = m.payload else { continue }
            spans.issues.append(
                Mention(id: id, sentence: m.sentence, range: m.range, surface: joined(text.texts, m.range)))
        }
        spans.people = lex.peopleIDs.matches(text.ids, sentences: sentences, candidates: starts.person).map {
            ($0.range, $0.payload)
        }
        spans.countryAt = [Int](repeating: -1, count: n)
        for (k, c) in spans.countries.enumerated() {
            for i in c.range where spans.countryAt[i] < 0 { spans.countryAt[i] = k }
        }
        spans.personAt = [Int](repeating: -1, count: n)
        for (k, p) in spans.people.enumerated() { for i in p.range { spans.personAt[i] = k } }
        return spans
    }

    /// Marks title phrases in ``LexiconSpans/isTitle`` and place and organisation names in
    /// ``LexiconSpans/isPlaceOrOrg``; the organisations that become nodes are also mentions.
    ///
    /// - Complexity: O(*t*·*k*) for *t* tokens and phrases of at most *k* tokens.
    func markTitlesPlacesAndOrganizations(
        _ text: TokenizedText, sentences: [Range<Int>], starts: PhraseStarts, into spans: inout LexiconSpans
    ) {
        let ids = text.ids
        for m in lex.titleIDs.matches(ids, sentences: sentences, candidates: starts.title) {
            for i in m.range { spans.isTitle[i] = true }
        }
        for m in lex.placeIDs.matches(ids, sentences: sentences, candidates: starts.place) {
            for i in m.range { spans.isPlaceOrOrg[i] = true }
        }
        for m in lex.organizationIDs.matches(ids, sentences: sentences, candidates: starts.organization) {
            for i in m.range { spans.isPlaceOrOrg[i] = true }
        }
        for m in lex.namedOrganizationIDs.matches(ids, sentences: sentences, candidates: starts.namedOrganization) {
            for i in m.range { spans.isPlaceOrOrg[i] = true }
            spans.organizations.append(
                Mention(
                    id: Entity.makeID(kind: .organization, key: m.payload), sentence: m.sentence, range: m.range,
                    surface: joined(text.texts, m.range)))
        }
    }

    /// Appends the country phrases to ``LexiconSpans/countries``: per sentence, the phrase
    /// matches, then country names inside hyphenated words ("Iran-Iraq").
    ///
    /// - Complexity: O(*t*·*k*) for *t* tokens and phrases of at most *k* tokens.
    func findCountries(
        _ text: TokenizedText, sentences: [Range<Int>], starts: PhraseStarts, into spans: inout LexiconSpans
    ) {
        let countryMatches = lex.countryIDs.matches(text.ids, sentences: sentences, candidates: starts.country)
        var nextCountry = 0
        for (s, r) in sentences.enumerated() {
            while nextCountry < countryMatches.count, countryMatches[nextCountry].sentence == s {
                let m = countryMatches[nextCountry]
                spans.countries.append(CountrySpan(range: m.range, hit: m.payload, sentence: s))
                nextCountry += 1
            }
            for i in r where text.hasHyphen[i] && text.tokens[i].kind == .word {
                for part in text.texts[i].split(separator: "-") where !part.isEmpty {
                    let p = [String(part)]
                    if let m = lex.countries.match(p, at: 0, limit: 1) {
                        spans.countries.append(CountrySpan(range: i..<(i + 1), hit: m.payload, sentence: s))
                    }
                }
            }
        }
    }
}
