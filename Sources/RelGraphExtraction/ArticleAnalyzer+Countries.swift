import RelGraphCore

/// Stages 5 and 6 of ``ArticleAnalyzer/analyze(_:)``: country guards (which lexicon matches
/// are countries) and person affiliations.
///
/// Conventions as in ``ArticleAnalyzer``: positions index the article's ``TokenizedText``, ids
/// come from ``CompiledLexicon/vocab``.
/// - Complexity: O(*s*) per country span or mention, for a sentence of *s* tokens.
extension ArticleAnalyzer {
    // MARK: - Countries

    /// The country spans that survive the guards, and what the affiliation stage reads.
    struct CountryFilter {
        /// Spans that pass ``keepCountry(_:text:sentences:inPerson:isPlaceOrOrg:)``; weak forms
        /// among them still count inside a person's title chain ("Washington's special envoy").
        var guarded: [CountrySpan]
        /// Per token, the index in ``guarded`` of the last span that covers it, or -1.
        var guardedAt: [Int]
        /// ``guarded`` without weak forms of countries the article never names strongly.
        var kept: [CountrySpan]
        /// Mentions of ``kept``, in order.
        var mentions: [Mention]
        /// Whether each token is inside an explicit person mention.
        var inPerson: [Bool]
    }

    /// Stage 5: the country spans of `spans` outside person names that pass the guards
    /// (``keepCountry(_:text:sentences:inPerson:isPlaceOrOrg:)``); a weak form ("Georgia",
    /// "Washington") is kept only if the article also names its country by a strong form. A
    /// form weak only at the start (``Lexicon/Country/weakAtStart``, "Turkey") is strong
    /// anywhere but a sentence's first word and the headline (sentence 0 when `titled`), and
    /// there too before a possessive or in a sentence that names another country plainly. A
    /// weak form right next to a plainly named country in a list ("Beijing and Washington") is
    /// strong, and so is a weak demonym before a noun of a state's organs or agents
    /// (``WordLists/stateNouns``: "French troops").
    ///
    /// - Complexity: O(*c*·*s* + *t*) for *c* country spans, sentences of at most *s* tokens and
    ///   *t* tokens.
    func filterCountries(
        _ spans: LexiconSpans, text: TokenizedText, sentences: [Range<Int>], people: [Mention], titled: Bool
    ) -> CountryFilter {
        let n = text.tokens.count
        var inPerson = [Bool](repeating: false, count: n)
        for m in people where !m.implicit { for i in m.range { inPerson[i] = true } }
        var guarded = spans.countries.filter { span in
            keepCountry(span, text: text, sentences: sentences, inPerson: inPerson, isPlaceOrOrg: spans.isPlaceOrOrg)
        }
        // A form weak only at the start counts elsewhere, and at the start too when a possessive
        // follows ("Turkey's") or the sentence names another country plainly ("Turkey
        // threatened Greece").
        let plainSentences = Set(guarded.filter { !$0.hit.weak }.map(\.sentence))
        for k in guarded.indices where guarded[k].hit.weakAtStart {
            let span = guarded[k], sent = sentences[span.sentence]
            let atStart = (titled && span.sentence == 0) || isSentenceStart(span.range.lowerBound, text: text, sentence: sent)
            let possessive = span.range.upperBound < sent.upperBound && text.lowers[span.range.upperBound] == "'s"
            if !atStart || possessive || plainSentences.contains(span.sentence) { guarded[k].hit.weak = false }
        }
        // A weak demonym before a noun of a state's organs or agents names its country
        // ("French troops", "the German government"), not a language or a people.
        // (Not part of a compound that names another country: "Bissau-Guinean".)
        for k in guarded.indices where guarded[k].hit.weak && guarded[k].hit.form == .demonym {
            let n = guarded[k].range.upperBound
            let inCompound = [k - 1, k + 1].contains { j in
                guarded.indices.contains(j) && guarded[j].range.overlaps(guarded[k].range)
                    && guarded[j].hit.iso3 != guarded[k].hit.iso3
            }
            if inCompound { continue }
            if n < sentences[guarded[k].sentence].upperBound, lex.words.stateNouns.contains(text.lowers[n]) {
                guarded[k].hit.weak = false
            }
        }
        // A weak form in a list with a country named plainly is a country too ("Beijing and
        // Washington", "Georgia, Armenia and Azerbaijan"); the states or a person's name are
        // listed with their own kind ("Georgia and Florida").
        if guarded.contains(where: { $0.hit.weak }) {
            let coordinated = guarded.indices.filter { k in
                guard guarded[k].hit.weak else { return false }
                return [k - 1, k + 1].contains { j in
                    guard guarded.indices.contains(j), !guarded[j].hit.weak,
                        guarded[j].hit.iso3 != guarded[k].hit.iso3, guarded[j].sentence == guarded[k].sentence
                    else { return false }
                    let (a, b) = j < k ? (guarded[j].range, guarded[k].range) : (guarded[k].range, guarded[j].range)
                    return b.lowerBound - a.upperBound == 1 && ClauseTone.listWords.contains(text.lowers[a.upperBound])
                }
            }
            for k in coordinated { guarded[k].hit.weak = false }
        }
        let strong = Set(guarded.filter { !$0.hit.weak }.map(\.hit.iso3))
        let kept = guarded.filter { !$0.hit.weak || strong.contains($0.hit.iso3) }
        let mentions = kept.map {
            Mention(
                id: Entity.makeID(kind: .country, key: $0.hit.iso3), sentence: $0.sentence,
                range: $0.range, surface: joined(text.texts, $0.range))
        }
        var guardedAt = [Int](repeating: -1, count: n)
        for (k, c) in guarded.enumerated() { for i in c.range { guardedAt[i] = k } }
        return CountryFilter(guarded: guarded, guardedAt: guardedAt, kept: kept, mentions: mentions, inPerson: inPerson)
    }

    /// Whether token `i` is the first word of `sentence`: only punctuation (an opening quote
    /// or bracket) comes before it.
    /// - Complexity: O(*i* − `sentence.lowerBound`).
    func isSentenceStart(_ i: Int, text: TokenizedText, sentence: Range<Int>) -> Bool {
        text.tokens[sentence.lowerBound..<i].allSatisfy { $0.kind == .punct }
    }

    /// Whether the country span `span` names a country: not inside a person or a place or
    /// organisation name (a place or organisation name inside the country's own does not count), no currency ("U.S. dollars") or language ("in French"), not inside
    /// the capitalised run of an organisation ("German Institute for…"), a hyphenated or dashed
    /// event ("Iran–Iraq War") or an "X of Y" organisation ("Bank of England"), and no US state.
    ///
    /// - Complexity: O(*s*) for a sentence of *s* tokens.
    func keepCountry(
        _ span: CountrySpan, text: TokenizedText, sentences: [Range<Int>], inPerson: [Bool], isPlaceOrOrg: [Bool]
    ) -> Bool {
        let tokens = text.tokens, texts = text.texts, lowers = text.lowers, ids = text.ids
        let r = span.range
        let sent = sentences[span.sentence]
        let vocab = lex.vocab
        if r.contains(where: { inPerson[$0] }) { return false }
        // Part of a longer place or organisation name ("New South Wales", "Bank of England"),
        // or the whole of one; a shorter name inside the country's ("Papua" in "Papua New
        // Guinea", "Commonwealth" in "Commonwealth of Dominica") does not count.
        if r.allSatisfy({ isPlaceOrOrg[$0] })
            || (r.contains(where: { isPlaceOrOrg[$0] })
                && ((r.lowerBound > sent.lowerBound && isPlaceOrOrg[r.lowerBound - 1])
                    || (r.upperBound < sent.upperBound && isPlaceOrOrg[r.upperBound])))
        {
            return false
        }
        let next = r.upperBound < sent.upperBound ? r.upperBound : nil
        let prev = r.lowerBound > sent.lowerBound ? r.lowerBound - 1 : nil
        // "U.S. dollars", "US$".
        if let n = next, lex.words.currencyWords.contains(lowers[n]) { return false }
        // "in French", "French-speaking".
        if span.hit.form == .demonym, lex.words.languages.contains(joined(texts, r)) {
            if let p = prev, lex.words.languageVerbs.contains(lowers[p]),
                next.map({ !tokens[$0].isCapitalized }) ?? true
            {
                return false
            }
            if let n = next, lex.words.languageNouns.contains(lowers[n]) { return false }
        }
        // Inside the capitalised run of an organisation or place name.
        var a = r.lowerBound
        while a > sent.lowerBound, tokens[a - 1].kind == .word, tokens[a - 1].isCapitalized,
            texts[a - 1] != "'s", !vocab.has(ids[a - 1], [.starter, .functionWord])
        { a -= 1 }
        var b = r.upperBound
        while b < sent.upperBound, tokens[b].kind == .word, tokens[b].isCapitalized { b += 1 }
        var hasOrg = false, hasGov = false
        for k in a..<r.lowerBound {
            if vocab.has(ids[k], .orgWord) && !vocab.has(ids[k], .govWord) { hasOrg = true }
            if vocab.has(ids[k], [.govWord, .titleWord]) { hasGov = true }
        }
        for k in r.upperBound..<b {
            if vocab.has(ids[k], .orgWord) && !vocab.has(ids[k], .govWord) { hasOrg = true }
            if vocab.has(ids[k], [.govWord, .titleWord]) { hasGov = true }
        }
        if hasOrg && !hasGov {
            return false
        }
        // "Iran–Iraq War", "Iran-Iraq War". (`contains("-")` compares Characters; a text
        // without the byte cannot contain it.)
        let hyphenated = Self.containsByte(texts[r.lowerBound], 0x2D) && texts[r.lowerBound].contains("-")
        if let n = next, Self.dashes.contains(texts[n]) || hyphenated {
            var k = hyphenated ? r.upperBound : n + 1
            while k < sent.upperBound, tokens[k].isCapitalized {
                if vocab.has(ids[k], .orgWord) && !vocab.has(ids[k], .govWord) { return false }
                k += 1
            }
        }
        // "Bank of England", "Islamic State of Iraq": an organisation name continues through "of".
        if let p = prev, lowers[p] == "of" || lowers[p] == "for" {
            var k = p - 1
            if k >= sent.lowerBound, lowers[k] == "the" { k -= 1 }
            if k >= sent.lowerBound, isPlaceOrOrg[k] { return false }
            while k >= sent.lowerBound, tokens[k].isCapitalized {
                if vocab.has(ids[k], .orgWord) && !vocab.has(ids[k], .govWord) { return false }
                if vocab.has(ids[k], [.titleWord, .govWord]) { break }
                k -= 1
            }
        }
        // A US state rather than the country.
        if let n = next, lowers[n] == "state", lex.words.statesLike.contains(joined(texts, r)) { return false }
        return true
    }

    static let dashes: Set<String> = ["–", "-", "—"]

    // MARK: - Affiliation

    /// Per person name, how many of its mentions have each affiliation, and the affiliation of
    /// its first mention that has one (the tie-break).
    struct AffiliationVotes {
        var votes: [String: [String: Int]] = [:]
        var first: [String: String] = [:]
        /// The first sentence that states each person's affiliation with each country.
        var sentence: [String: [String: Int]] = [:]
    }

    /// Stage 6: the affiliation of each explicit person mention
    /// (``affiliation(of:text:sentences:countries:)``), counted per person.
    ///
    /// - Complexity: O(*p*·*s*) for *p* person mentions and sentences of at most *s* tokens.
    func affiliationVotes(
        _ people: [Mention], text: TokenizedText, sentences: [Range<Int>], countries: CountryFilter
    ) -> AffiliationVotes {
        var out = AffiliationVotes()
        for m in people where !m.implicit {
            let name = String(m.id.dropFirst("person:".count))
            if let iso = affiliation(of: m, text: text, sentences: sentences, countries: countries) {
                out.votes[name, default: [:]][iso, default: 0] += 1
                if out.first[name] == nil { out.first[name] = iso }
                if out.sentence[name]?[iso] == nil { out.sentence[name, default: [:]][iso] = m.sentence }
            }
        }
        return out
    }

    /// The country (not a territory) with over half of the kept country mentions `kept`, if
    /// any; ties between equal counts go to the smaller code, which cannot have over half.
    ///
    /// - Complexity: O(*c*) for *c* country mentions.
    func dominantCountry(_ kept: [CountrySpan]) -> String? {
        var countryCount: [String: Int] = [:]
        for c in kept where !lex.territories.contains(c.hit.iso3) { countryCount[c.hit.iso3, default: 0] += 1 }
        let totalCountry = countryCount.values.reduce(0, +)
        return countryCount.max { ($0.value, $1.key) < ($1.value, $0.key) }
            .flatMap { 2 * $0.value > totalCountry ? $0.key : nil }
    }

    /// The affiliation of person mention `m`, from the first of these constructions that holds:
    /// 1. **title chain** before it: the leftmost country of the chain ("U.S. special envoy for
    ///    Iran Robert Malley" is American; "Kenya's foreign minister Ana Ruiz");
    /// 2. **"of [the] country"** right after it ("Ana Ruiz of Kenya");
    /// 3. **apposition after it** with a role: the first country of ", the Iranian president",
    ///    ", Kenya's foreign minister", ", a former Peruvian president";
    /// 4. **role phrase before it, then a comma**: "The Prime Minister of Kenya, Ana Ruiz, …",
    ///    "A former Peruvian president, Ana Ruiz, …" (``leadingRoleCountry(_:text:sentence:countries:)``).
    ///
    /// Conventions: a weak form counts as a possessive ("Washington's envoy") or, for a
    /// demonym that is also a language ("Portuguese"), right before a role or title ("the
    /// Portuguese foreign minister"): there it can only be a nationality. "X-born" is a
    /// country word inside the chain ("Kenyan-born Ana Ruiz").
    ///
    /// - Complexity: O(*s*) for a sentence of *s* tokens.
    func affiliation(
        of m: Mention, text: TokenizedText, sentences: [Range<Int>], countries: CountryFilter
    ) -> String? {
        let tokens = text.tokens, lowers = text.lowers, ids = text.ids, lowerIds = text.lowerIds
        let kept = countries.guarded, keptAt = countries.guardedAt, inPerson = countries.inPerson
        let sent = sentences[m.sentence]
        let vocab = lex.vocab
        // Backward through a title chain: "Chinese Director of the Office ... Yang Jiechi".
        // The leftmost country of the chain is the one the title belongs to: "U.S. special envoy
        // for Iran Robert Malley" is American.
        var k = m.range.lowerBound - 1
        var steps = 0
        var chainCountry: String?
        while k >= sent.lowerBound, steps < 20 {
            if keptAt[k] >= 0 {
                let span = kept[keptAt[k]]
                // A weak form counts here only as a possessive ("Washington's envoy") or as a
                // demonym before a role ("Portuguese Foreign Minister").
                if !span.hit.weak || (span.range.upperBound < sent.upperBound && lowers[span.range.upperBound] == "'s")
                    || nationalityBeforeRole(span, text: text, sentence: sent)
                {
                    chainCountry = span.hit.iso3
                }
                k = span.range.lowerBound - 1
                steps += 1
                continue
            }
            if inPerson[k] { break }
            let t = tokens[k]
            let ok =
                (t.kind == .word && t.isCapitalized && !vocab.has(ids[k], .starter))
                || vocab.has(lowerIds[k], [.chainConnector, .roleWord])
            if !ok { break }
            k -= 1
            steps += 1
        }
        if let chainCountry { return chainCountry }
        // Forward: "X of Kenya", "X, the Iranian president,".
        let e = m.range.upperBound
        if e + 1 < sent.upperBound, lowers[e] == "of" {
            let c = lowers[e + 1] == "the" ? e + 2 : e + 1
            if c < sent.upperBound, keptAt[c] >= 0, !kept[keptAt[c]].hit.weak { return kept[keptAt[c]].hit.iso3 }
        }
        // The apposition must start right after the comma: ", the Iranian president",
        // ", Kenya's foreign minister", ", a U.S. congressman".
        if e + 1 < sent.upperBound, lowers[e] == ",",
            lex.words.appositionStarts.contains(lowers[e + 1]) || keptAt[e + 1] >= 0
        {
            var found: String?
            var role = false
            var j = e + 1
            while j < min(sent.upperBound, e + 10), lowers[j] != ",", lowers[j] != ".",
                !lex.words.appositionStops.contains(lowers[j])
            {
                if inPerson[j] { break }
                if keptAt[j] >= 0, found == nil,
                    !kept[keptAt[j]].hit.weak || nationalityBeforeRole(kept[keptAt[j]], text: text, sentence: sent)
                {
                    found = kept[keptAt[j]].hit.iso3
                }
                if vocab.has(lowerIds[j], .roleWord) && !vocab.has(lowerIds[j], .chainConnector)
                    || vocab.has(ids[j], .titleWord)
                {
                    role = true
                }
                j += 1
            }
            if let found, role { return found }
        }
        return leadingRoleCountry(m, text: text, sentence: sent, countries: countries)
    }

    /// Whether the weak country span `span` is a demonym right before a role or title word
    /// ("the Portuguese foreign minister", "Portuguese President"): a nationality, not a
    /// language.
    ///
    /// - Complexity: O(1).
    func nationalityBeforeRole(_ span: CountrySpan, text: TokenizedText, sentence sent: Range<Int>) -> Bool {
        let n = span.range.upperBound
        guard span.hit.form == .demonym, n < sent.upperBound else { return false }
        let vocab = lex.vocab
        return vocab.has(text.lowerIds[n], .roleWord) && !vocab.has(text.lowerIds[n], .chainConnector)
            || vocab.has(text.ids[n], .titleWord)
    }

    /// The country of a role phrase that ends in a comma right before mention `m`: "The Prime Minister of Kenya, Ana Ruiz, said",
    /// "A former Peruvian president, Ana Ruiz, …", "Kenya's foreign minister, Ana Ruiz, …".
    /// The phrase is read backwards from the comma over role words, title words, connectors
    /// and countries (at most eight tokens) and must hold a role or title word and a country;
    /// the leftmost country is the one the role belongs to.
    ///
    /// - Complexity: O(1) (at most eight tokens).
    func leadingRoleCountry(
        _ m: Mention, text: TokenizedText, sentence sent: Range<Int>, countries: CountryFilter
    ) -> String? {
        let comma = m.range.lowerBound - 1
        guard comma > sent.lowerBound, text.lowers[comma] == "," else { return nil }
        let kept = countries.guarded, keptAt = countries.guardedAt
        let vocab = lex.vocab
        var k = comma - 1
        var found: String?
        var role = false
        while k >= sent.lowerBound, comma - k <= 8 {
            if keptAt[k] >= 0 {
                let span = kept[keptAt[k]]
                if !span.hit.weak || nationalityBeforeRole(span, text: text, sentence: sent) { found = span.hit.iso3 }
                k = span.range.lowerBound - 1
                continue
            }
            if countries.inPerson[k] { return nil }
            let article = lex.words.roleArticles.contains(text.lowers[k])
            let roleHere =
                !article && vocab.has(text.lowerIds[k], .roleWord) && !vocab.has(text.lowerIds[k], .chainConnector)
                || vocab.has(text.ids[k], .titleWord)
            if roleHere {
                role = true
            } else if !article, !vocab.has(text.lowerIds[k], .chainConnector) {
                break
            }
            k -= 1
        }
        // Without a role word the comma only ends a place: "… in Kenya, Ana Ruiz said".
        guard role, let found else { return nil }
        return found
    }
}
