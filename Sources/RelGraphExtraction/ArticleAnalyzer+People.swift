import Foundation
import RelGraphCore

/// Person candidates: capitalised runs cut into names, name evidence and pronouns.
///
/// Conventions: token positions index the article's `tokens`; `ids`/`lowerIds` are the
/// tokens' ``Vocabulary`` ids (exact and lower-cased), tested with flags instead of sets.
/// - Complexity: linear in the tokens of a run, per run.
extension ArticleAnalyzer {
    // MARK: - Person candidates

    func isRunWord(_ tokens: [Token], _ texts: [String], _ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if tokens[i].isCapitalized { return true }
        // "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name.
        let text = texts[i]
        guard text.utf8.count > 3, Self.containsByte(text, 0x2D), let dash = text.firstIndex(of: "-"),
            Self.particles.contains(String(text[..<dash]))
        else { return false }
        return text[text.index(after: dash)...].first?.isUppercase ?? false
    }

    func nameLike(_ i: Int, _ tokens: [Token], _ texts: [String], ids: [Int32], lowerIds: [Int32],
                  isPlaceOrOrg: [Bool], countryAt: [Int], countrySpans: [CountrySpan], anchored: Bool) -> Bool {
        let t = texts[i]
        if tokens[i].kind != .word { return false }
        let vocab = lex.vocab
        if vocab.has(lowerIds[i], .particle) && !tokens[i].isCapitalized { return true }
        if vocab.has(ids[i], [.functionWord, .notNameWord, .orgWord]) {
            return false
        }
        if isPlaceOrOrg[i] { return false }
        if tokens[i].isAllCaps && t.count > 1 && !t.contains(".") && !t.contains("-") { return false }
        if Self.hasNumeric(t) { return false }
        if countryAt[i] >= 0 {
            // Weak forms and capitals can be names ("Jim Jordan", "Chad Brooks", "George
            // Washington"); a candidate must still hold a word that is no country.
            let hit = countrySpans[countryAt[i]].hit
            if !(hit.weak || (anchored && hit.form == .capital)) { return false }
        }
        if !anchored && (vocab.has(ids[i], .titleWord) || vocab.has(lowerIds[i], [.roleWord, .roleNoun]))
        { return false }
        return true
    }

    func personCandidates(
        run: Range<Int>, sentence: Int, sentenceStart: Int, tokens: [Token], texts: [String],
        ids: [Int32], lowerIds: [Int32], isTitle: [Bool],
        isPlaceOrOrg: [Bool], countryAt: [Int], countrySpans: [CountrySpan],
        lexPersonAt: [Int], lexPeople: [(range: Range<Int>, hit: CompiledLexicon.PersonHit)]
    ) -> [Candidate] {
        func titled(_ upTo: Int) -> Bool {
            (run.lowerBound..<upTo).contains { isTitle[$0] }
                || (upTo > 0 && run.lowerBound > 0 && isTitle[run.lowerBound - 1] && upTo == run.lowerBound)
        }
        // a. People from the office-holder table.
        var out: [Candidate] = []
        var i = run.lowerBound
        var lexFound = false
        while i < run.upperBound {
            let k = lexPersonAt[i]
            if k >= 0, lexPeople[k].range.lowerBound == i, lexPeople[k].range.upperBound <= run.upperBound {
                let r = lexPeople[k].range
                out.append(Candidate(
                    range: r, run: run, sentence: sentence, tokens: Array(texts[r]),
                    titled: titled(r.lowerBound) || titleBefore(run.lowerBound, isTitle), anchored: true,
                    lexiconName: lexPeople[k].hit.name))
                lexFound = true
                i = r.upperBound
            } else {
                i += 1
            }
        }
        if lexFound { return out }
        let isTitledRun = titleBefore(run.lowerBound, isTitle)
        func unanchoredNameLike(_ k: Int) -> Bool {
            nameLike(k, tokens, texts, ids: ids, lowerIds: lowerIds, isPlaceOrOrg: isPlaceOrOrg, countryAt: countryAt,
                     countrySpans: countrySpans, anchored: false) && !isTitle[k]
        }
        // b. Anchored by a given name or an East Asian family name. The anchor itself may be a
        //    word that elsewhere marks an organisation ("Bill Clinton"); one unknown name word
        //    just before it joins the name ("Sławoj Leszek Głódź").
        let vocab = lex.vocab
        for p in run.lowerBound..<(run.upperBound - 1) {
            guard vocab.has(ids[p], [.given, .eastAsianSurname]) else { continue }
            if isTitle[p] && !vocab.has(ids[p], .given) { continue }
            let ok = ((p + 1)..<run.upperBound).allSatisfy {
                nameLike($0, tokens, texts, ids: ids, lowerIds: lowerIds, isPlaceOrOrg: isPlaceOrOrg, countryAt: countryAt,
                         countrySpans: countrySpans, anchored: true)
            } && !isPlaceOrOrg[p] && countryAt[p] < 0 && !vocab.has(ids[p], .functionWord)
            if ok, run.upperBound - p <= 5 {
                var start = p
                // …but not the tail of a title such as "Minister of Economy".
                // Only right after a title ("Archbishop Sławoj Leszek Głódź"), or at the start of
                // a run that does not start the sentence.
                let afterConnector = p - 1 == run.lowerBound && p >= 2
                    && ["of", "for", "the", "and"].contains(texts[p - 2].lowercased())
                let afterTitle = p >= 2 && isTitle[p - 2]
                let runStartMidSentence = p - 1 == run.lowerBound && p - 1 > sentenceStart
                if p > run.lowerBound, unanchoredNameLike(p - 1), run.upperBound - p < 4, !afterConnector,
                    afterTitle || runStartMidSentence
                { start = p - 1 }
                return [Candidate(
                    range: start..<run.upperBound, run: run, sentence: sentence,
                    tokens: Array(texts[start..<run.upperBound]),
                    titled: titled(start) || isTitledRun, anchored: true, lexiconName: nil)]
            }
        }
        // c. The longest suffix of name-like words after the last title or other word.
        var p = run.upperBound
        while p > run.lowerBound, unanchoredNameLike(p - 1) { p -= 1 }
        guard p < run.upperBound else { return [] }
        let rest = p..<run.upperBound
        guard rest.count <= 4, rest.contains(where: { countryAt[$0] < 0 }) else { return [] }
        if !tokens[rest.lowerBound].isCapitalized { return [] }
        return [Candidate(
            range: rest, run: run, sentence: sentence, tokens: Array(texts[rest]),
            titled: titled(p) || isTitledRun, anchored: false, lexiconName: nil)]
    }

    func titleBefore(_ start: Int, _ isTitle: [Bool]) -> Bool {
        start > 0 && isTitle[start - 1]
    }

    func hasNameEvidence(_ c: Candidate, tokens: [Token], lowers: [String], lowerIds: [Int32], countryAt: [Int]) -> Bool {
        let vocab = lex.vocab
        if (c.run.lowerBound..<c.range.lowerBound).contains(where: { countryAt[$0] >= 0 }) { return true }
        let e = c.range.upperBound
        if e < lowers.count {
            if vocab.has(lowerIds[e], .reportingVerb) { return true }
            if lowers[e] == ",", e + 1 < lowers.count {
                if ["who", "whose"].contains(lowers[e + 1]) { return true }
                // ", the/a [country] role", e.g. ", a U.S. congressman" or ", the Kenyan minister".
                if ["the", "a", "an", "former"].contains(lowers[e + 1]) || countryAt[e + 1] >= 0 {
                    for k in (e + 1)..<min(lowers.count, e + 5)
                    where vocab.has(lowerIds[k], .roleWord) && !vocab.has(lowerIds[k], .chainConnector)
                        && !["the", "a", "to"].contains(lowers[k])
                    { return true }
                }
            }
        }
        let s = c.run.lowerBound
        if s > 0, vocab.has(lowerIds[s - 1], [.roleWord, .roleNoun]),
           !["of", "the", "for", "and", "on", "a", "to", "-", "–", "'s"].contains(lowers[s - 1]) {
            return true
        }
        // "…," said Ana Ruiz; according to Ana Ruiz; the party's lawyer, Ana Ruiz.
        if s > 0, ["said", "says", "added", "wrote"].contains(lowers[s - 1]) { return true }
        if s > 1, lowers[s - 1] == "to", lowers[s - 2] == "according" { return true }
        if s > 1, lowers[s - 1] == ",", vocab.has(lowerIds[s - 2], [.roleWord, .roleNoun]),
           !vocab.has(lowerIds[s - 2], .chainConnector) { return true }
        // "Ruiz later claimed …": one adverb between the name and its reporting verb.
        if e + 1 < lowers.count, Self.reportingAdverbs.contains(lowers[e]), vocab.has(lowerIds[e + 1], .reportingVerb) {
            return true
        }
        return false
    }

    /// Words that may follow the last item of a list of people ("… and Quillan Ferse were …").
    static let listFollowers: Set<String> = [
        "and", "or", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
        "who", "whose", "also", "both", "all", "each", "as",
    ]
    static let listBlockers: Set<String> = ["of", "from", "at", "for", "in", "the", "by", "with", "on", "to"]
    static let reportingAdverbs: Set<String> = ["also", "later", "then", "further", "previously", "earlier", "repeatedly"]

    /// Coordination: a full-name candidate listed with an accepted person, in the same sentence
    /// and separated from it only by a comma and/or "and" ("senators Ana Ruiz and Tomás Vidal",
    /// "painters Ana Ruiz, Tomás Vidal and Marta Solís"), is
    /// accepted too, if it stands alone as a list item: not after "of", "from", … and followed by
    /// punctuation, a conjunction, an auxiliary or a reporting verb (not by a noun it modifies,
    /// as in "Ana Ruiz and Blue Harbour drummer Tomás Vidal"). Repeated until nothing changes, so a whole
    /// list follows one accepted name.
    /// - Complexity: O(*c*²) for *c* candidates in the worst case; lists are short.
    func acceptCoordinated(_ candidates: [Candidate], _ accepted: inout [Bool], lowers: [String], lowerIds: [Int32]) {
        func joined(_ a: Candidate, _ b: Candidate) -> Bool {
            guard a.sentence == b.sentence, a.run.upperBound <= b.run.lowerBound else { return false }
            let gap = lowers[a.run.upperBound..<b.run.lowerBound]
            return (1...2).contains(gap.count) && gap.allSatisfy { $0 == "," || $0 == "and" }
        }
        // A list item stands alone: not the object of "of"/"from"/… ("Ana Ruiz of Blue Harbour,
        // and …") and not a modifier of the next word ("Blue Harbour drummer Tomás Vidal").
        func standsAlone(_ c: Candidate) -> Bool {
            let before = c.run.lowerBound > 0 ? lowers[c.run.lowerBound - 1] : ""
            let after = c.run.upperBound < lowers.count ? lowers[c.run.upperBound] : "."
            let afterOK = after.unicodeScalars.allSatisfy { CharacterSet.punctuationCharacters.contains($0) }
                || Self.listFollowers.contains(after)
                || (c.run.upperBound < lowers.count && lex.vocab.has(lowerIds[c.run.upperBound], .reportingVerb))
            return !Self.listBlockers.contains(before) && afterOK
        }
        var changed = true
        while changed {
            changed = false
            for k in candidates.indices where !accepted[k] && candidates[k].tokens.count >= 2 && standsAlone(candidates[k]) {
                let before = k > 0 && accepted[k - 1] && joined(candidates[k - 1], candidates[k])
                let after = k + 1 < candidates.count && accepted[k + 1] && joined(candidates[k], candidates[k + 1])
                if before || after {
                    accepted[k] = true
                    changed = true
                }
            }
        }
    }

    /// Whether the UTF-8 bytes of `s` contain `byte` (a plain scan of contiguous storage).
    @inline(__always) static func containsByte(_ s: String, _ byte: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? s.utf8.contains(byte)
    }

    /// Whether a scalar of `s` has a numeric type; in ASCII only the digits do.
    static func hasNumeric(_ s: String) -> Bool {
        let ascii = s.utf8.withContiguousStorageIfAvailable { buf -> Bool? in
            var digit = false
            for b in buf {
                if b >= 0x80 { return nil }
                if b >= 0x30 && b <= 0x39 { digit = true }
            }
            return digit
        }
        if let a = ascii, let a { return a }
        return s.unicodeScalars.contains(where: { $0.properties.numericType != nil })
    }

    func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var j = 0
        for x in b where j < a.count && a[j] == x { j += 1 }
        return j == a.count
    }

    static let pronouns: Set<String> = ["he", "she", "his", "her", "him"]

    /// Implicit mentions for third-person pronouns; see the call site.
    /// - Complexity: O(*t* + *p*) for *t* tokens and *p* person mentions.
    func resolvePronouns(_ people: [Mention], sentences: [Range<Int>], lowerIds: [Int32]) -> [Mention] {
        let vocab = lex.vocab
        var bySentence = [[Mention]](repeating: [], count: sentences.count)
        for m in people { bySentence[m.sentence].append(m) }
        var out: [Mention] = []
        for (s, r) in sentences.enumerated() where s > 0 {
            guard let p = r.first(where: { vocab.has(lowerIds[$0], .pronoun) }) else { continue }
            if bySentence[s].contains(where: { $0.range.lowerBound < p }) { continue }
            var previous: Mention?
            for back in [s - 1, s - 2, s - 3] where back >= 0 && previous == nil {
                previous = bySentence[back].max { $0.range.lowerBound < $1.range.lowerBound }
            }
            guard let ref = previous, !bySentence[s].contains(where: { $0.id == ref.id }) else { continue }
            out.append(Mention(id: ref.id, sentence: s, range: p..<(p + 1), surface: "", implicit: true))
        }
        return out
    }
}
