import RelGraphCore

/// Country guards (which lexicon matches are countries) and person affiliations.
///
/// Conventions as in ``ArticleAnalyzer``: positions index `tokens`, ids come from
/// ``CompiledLexicon/vocab``.
/// - Complexity: O(*s*) per country span or mention, for a sentence of *s* tokens.
extension ArticleAnalyzer {
    // MARK: - Countries

    func keepCountry(
        _ span: CountrySpan, tokens: [Token], texts: [String], lowers: [String], ids: [Int32], inPerson: [Bool],
        isPlaceOrOrg: [Bool], sentences: [Range<Int>]
    ) -> Bool {
        let r = span.range
        let sent = sentences[span.sentence]
        let vocab = lex.vocab
        if r.contains(where: { inPerson[$0] }) { return false }
        if r.contains(where: { isPlaceOrOrg[$0] }) {
            return false
        }
        let next = r.upperBound < sent.upperBound ? r.upperBound : nil
        let prev = r.lowerBound > sent.lowerBound ? r.lowerBound - 1 : nil
        // "U.S. dollars", "US$".
        if let n = next, Self.currencyWords.contains(lowers[n]) { return false }
        // "in French", "French-speaking".
        if span.hit.form == .demonym, Self.languages.contains(joined(texts, r)) {
            if let p = prev, Self.languageVerbs.contains(lowers[p]),
                next == nil || !tokens[next!].isCapitalized
            { return false }
            if let n = next, Self.languageNouns.contains(lowers[n]) { return false }
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
        if let n = next, lowers[n] == "state", Self.statesLike.contains(joined(texts, r)) { return false }
        return true
    }

    /// Words after a country that make it a currency ("U.S. dollars", "US$").
    static let currencyWords: Set<String> = ["dollar", "dollars", "$", "cents"]
    /// Words before a demonym that make it a language ("in French").
    static let languageVerbs: Set<String> = ["in", "into", "speak", "speaks", "spoke", "speaking", "learn"]
    /// Words after a demonym that make it a language ("French speakers").
    static let languageNouns: Set<String> = [
        "language", "languages", "translation", "subtitles", "dialect", "speakers", "speaking", "-speaking",
        "literature", "cuisine", "food",
    ]
    static let dashes: Set<String> = ["–", "-", "—"]
    /// Words that may start an apposition after a name (", the Iranian president").
    static let appositionStarts: Set<String> = ["the", "a", "an", "former", "then"]
    /// Words that end an apposition.
    static let appositionStops: Set<String> = ["and", "but", "while", "who", "which", "when", "he", "she", "they"]

    // MARK: - Affiliation

    func affiliation(
        of m: Mention, sentences: [Range<Int>], tokens: [Token], lowers: [String], ids: [Int32], lowerIds: [Int32],
        kept: [CountrySpan], keptAt: [Int], inPerson: [Bool]
    ) -> String? {
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
                // A weak form counts here only as a possessive ("Washington's envoy").
                if !span.hit.weak || (span.range.upperBound < sent.upperBound && lowers[span.range.upperBound] == "'s") {
                    chainCountry = span.hit.iso3
                }
                k = span.range.lowerBound - 1
                steps += 1
                continue
            }
            if inPerson[k] { break }
            let t = tokens[k]
            let ok = (t.kind == .word && t.isCapitalized && !vocab.has(ids[k], .starter))
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
            Self.appositionStarts.contains(lowers[e + 1]) || keptAt[e + 1] >= 0
        {
            var found: String?
            var role = false
            var j = e + 1
            while j < min(sent.upperBound, e + 10), lowers[j] != ",", lowers[j] != ".",
                !Self.appositionStops.contains(lowers[j])
            {
                if inPerson[j] { break }
                if keptAt[j] >= 0, found == nil, !kept[keptAt[j]].hit.weak { found = kept[keptAt[j]].hit.iso3 }
                if vocab.has(lowerIds[j], .roleWord) && !vocab.has(lowerIds[j], .chainConnector)
                    || vocab.has(ids[j], .titleWord)
                { role = true }
                j += 1
            }
            if let found, role { return found }
        }
        return nil
    }
}
