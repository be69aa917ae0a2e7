import Foundation
import RelGraphCore

/// Person candidates: capitalised runs cut into names, name evidence and pronouns.
///
/// Conventions: token positions index the article's ``TokenizedText``; its `ids`/`lowerIds`
/// are the tokens' ``Vocabulary`` ids (exact and lower-cased), tested with flags instead of sets.
/// - Complexity: linear in the tokens of a run, per run.
extension ArticleAnalyzer {
    // MARK: - Person candidates

    /// Whether token `i` of `text` may be part of a capitalised run: a capitalised word, or a
    /// lower-case particle joined to a capitalised name ("al-Assad", "el-Sisi").
    @inline(__always)
    func isRunWord(_ text: TokenizedText, _ i: Int) -> Bool {
        let token = text.tokens[i]
        guard token.kind == .word else { return false }
        if token.isCapitalized { return true }
        return text.hasHyphen[i] && isParticleJoinedName(text.texts[i])
    }

    /// "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name.
    func isParticleJoinedName(_ text: String) -> Bool {
        guard text.utf8.count > 3, Self.containsByte(text, 0x2D), let dash = text.firstIndex(of: "-"),
            lex.words.particles.contains(String(text[..<dash]))
        else { return false }
        return text[text.index(after: dash)...].first?.isUppercase ?? false
    }

    /// Whether token `i` of `text` may be part of a person's name: a word that is no function,
    /// not-name or organisation word, not in a place or organisation, not all capitals (but for
    /// dotted or hyphenated forms), without digits, and no country (but a weak form, or a
    /// capital after an `anchored` given name); unless `anchored`, also no title or role word.
    /// A lower-case particle is always name-like.
    ///
    /// - Complexity: O(*b*) for a token of *b* bytes.
    func nameLike(_ i: Int, _ text: TokenizedText, spans: LexiconSpans, anchored: Bool) -> Bool {
        let t = text.texts[i]
        if text.tokens[i].kind != .word { return false }
        let vocab = lex.vocab
        if vocab.has(text.lowerIds[i], .particle) && !text.tokens[i].isCapitalized { return true }
        if vocab.has(text.ids[i], [.functionWord, .notNameWord, .orgWord]) {
            return false
        }
        if spans.isPlaceOrOrg[i] { return false }
        // (`contains` compares Characters; a text without the byte cannot contain it.)
        if text.tokens[i].isAllCaps && t.count > 1 && !(Self.containsByte(t, 0x2E) && t.contains("."))
            && !(Self.containsByte(t, 0x2D) && t.contains("-"))
        {
            return false
        }
        if Self.hasNumeric(t) { return false }
        if spans.countryAt[i] >= 0 {
            // Weak forms and capitals can be names ("Jim Jordan", "Chad Brooks", "George
            // Washington"); a candidate must still hold a word that is no country.
            let hit = spans.countries[spans.countryAt[i]].hit
            if !(hit.weak || (anchored && hit.form == .capital)) { return false }
        }
        if !anchored && (vocab.has(text.ids[i], .titleWord) || vocab.has(text.lowerIds[i], [.roleWord, .roleNoun])) { return false }
        return true
    }

    /// Appends to `out` the person candidates of the capitalised run `run` of sentence
    /// `sentence`: office-holder table names, else one name anchored by a given or family
    /// name (a given name may take a one-word place name as its surname: "Carla Mendoza"),
    /// else the run's longest name-like suffix.
    ///
    /// - Complexity: O(*r*²) for a run of *r* tokens in the worst case (runs are short).
    func personCandidates(
        run: Range<Int>, sentence: Int, sentenceStart: Int, text: TokenizedText, spans: LexiconSpans,
        into out: inout [Candidate]
    ) {
        let texts = text.texts, ids = text.ids
        let isTitle = spans.isTitle, isPlaceOrOrg = spans.isPlaceOrOrg, countryAt = spans.countryAt
        let lexPersonAt = spans.personAt, lexPeople = spans.people
        func titled(_ upTo: Int) -> Bool {
            (run.lowerBound..<upTo).contains { isTitle[$0] }
                || (upTo > 0 && run.lowerBound > 0 && isTitle[run.lowerBound - 1] && upTo == run.lowerBound)
        }
        // a. People from the office-holder table.
        var i = run.lowerBound
        var lexFound = false
        while i < run.upperBound {
            let k = lexPersonAt[i]
            if k >= 0, lexPeople[k].range.lowerBound == i, lexPeople[k].range.upperBound <= run.upperBound {
                let r = lexPeople[k].range
                out.append(
                    Candidate(
                        range: r, run: run, sentence: sentence, tokens: Array(texts[r]),
                        titled: titled(r.lowerBound) || titleBefore(run.lowerBound, isTitle), anchored: true,
                        lexiconName: lexPeople[k].hit.name))
                lexFound = true
                i = r.upperBound
            } else {
                i += 1
            }
        }
        if lexFound { return }
        let isTitledRun = titleBefore(run.lowerBound, isTitle)
        func unanchoredNameLike(_ k: Int) -> Bool {
            nameLike(k, text, spans: spans, anchored: false) && !isTitle[k]
        }
        // b. Anchored by a given name or an East Asian family name. The anchor itself may be a
        //    word that elsewhere marks an organisation ("Bill Clinton"); one unknown name word
        //    just before it joins the name ("Sławoj Leszek Głódź").
        let vocab = lex.vocab
        for p in run.lowerBound..<(run.upperBound - 1) {
            guard vocab.has(ids[p], [.given, .eastAsianSurname]) else { continue }
            if isTitle[p] && !vocab.has(ids[p], .given) { continue }
            // A one-word place after a given name is a surname: "Carla Mendoza", "Jack London".
            let placeSurname =
                run.upperBound - p == 2 && vocab.has(ids[p], .given) && isPlaceOrOrg[p + 1]
                && countryAt[p + 1] < 0 && !text.tokens[p + 1].isAllCaps
                && !vocab.has(ids[p + 1], [.functionWord, .notNameWord, .orgWord, .titleWord])
            let ok =
                (placeSurname
                    || ((p + 1)..<run.upperBound).allSatisfy {
                        nameLike($0, text, spans: spans, anchored: true)
                    }) && !isPlaceOrOrg[p] && countryAt[p] < 0 && !vocab.has(ids[p], .functionWord)
            if ok, run.upperBound - p <= 5 {
                var start = p
                // …but not the tail of a title such as "Minister of Economy".
                // Only right after a title ("Archbishop Sławoj Leszek Głódź"), or at the start of
                // a run that does not start the sentence.
                let afterConnector =
                    p - 1 == run.lowerBound && p >= 2
                    && lex.words.titleConnectors.contains(texts[p - 2].lowercased())
                let afterTitle = p >= 2 && isTitle[p - 2]
                let runStartMidSentence = p - 1 == run.lowerBound && p - 1 > sentenceStart
                if p > run.lowerBound, unanchoredNameLike(p - 1), run.upperBound - p < 4, !afterConnector,
                    afterTitle || runStartMidSentence
                {
                    start = p - 1
                }
                out.append(
                    Candidate(
                        range: start..<run.upperBound, run: run, sentence: sentence,
                        tokens: Array(texts[start..<run.upperBound]),
                        titled: titled(start) || isTitledRun, anchored: true, lexiconName: nil))
                return
            }
        }
        // c. The longest suffix of name-like words after the last title or other word.
        var p = run.upperBound
        while p > run.lowerBound, unanchoredNameLike(p - 1) { p -= 1 }
        guard p < run.upperBound else { return }
        let rest = p..<run.upperBound
        guard rest.count <= 4, rest.contains(where: { countryAt[$0] < 0 }) else { return }
        if !text.tokens[rest.lowerBound].isCapitalized { return }
        if isGerundOpener(rest.lowerBound, text) { return }
        out.append(
            Candidate(
                range: rest, run: run, sentence: sentence, tokens: Array(texts[rest]),
                titled: titled(p) || isTitledRun, anchored: false, lexiconName: nil,
                opensSentence: rest.count == 2 && rest.lowerBound == sentenceStart))
    }

    /// Whether `token` is one initial: a capital letter and a period ("J."). Dotted runs of
    /// capitals ("J.K.") are no such evidence: they are acronyms as often ("U.C. Berkeley").
    /// - Complexity: O(1).
    static func isInitials(_ token: String) -> Bool {
        let u = token.utf8
        guard u.count == 2, let a = u.first, let b = u.last else { return false }
        return (0x41...0x5A).contains(a) && b == 0x2E
    }

    /// Whether token `i` opens a group's name with a gerund ("Ending Clergy Abuse", "Saving
    /// Rivers Now"): a capitalised word of six or more letters ending in "ing" that is no
    /// listed given name ("Sterling", "Irving"). Such a phrase names a campaign or group, not a
    /// person.
    ///
    /// - Complexity: O(*b*) for a token of *b* bytes.
    func isGerundOpener(_ i: Int, _ text: TokenizedText) -> Bool {
        let t = text.texts[i]
        guard t.utf8.count >= 6, t.utf8.last == 0x67, t.hasSuffix("ing") else { return false }
        return !lex.vocab.has(text.ids[i], [.given, .eastAsianSurname])
    }

    /// Whether the token before `start` is in a title phrase.
    func titleBefore(_ start: Int, _ isTitle: [Bool]) -> Bool {
        start > 0 && isTitle[start - 1]
    }

    /// Whether the words around candidate `c` show that it is a person: a country word in its
    /// run before it, a person particle inside it ("Arnel dela Vega"), initials before a
    /// surname ("J. K. Rowling", "P. Chidambaram"), a reporting verb,
    /// "who"/"whose", an age (", 45,"), a party label ("(D-Calif.)"), a passive that only
    /// people undergo ("was arrested"), a ", the/a [country] role" or ", role of/for/at"
    /// apposition after it, a role word before it, "said"/"according to"/"role,"
    /// before it, a role phrase with a country and a comma before it ("The Prime Minister of
    /// Kenya, Ana Ruiz"), or an adverb or auxiliary and a reporting verb after it ("Ruiz has
    /// said"). These are the contexts that make a name of any shape (given-name-first or not,
    /// with or without a listed given name) a person.
    ///
    /// - Complexity: O(*r*) for a run of *r* tokens.
    func hasNameEvidence(_ c: Candidate, text: TokenizedText, countryAt: [Int]) -> Bool {
        let vocab = lex.vocab
        let lowers = text.lowers, lowerIds = text.lowerIds
        if (c.run.lowerBound..<c.range.lowerBound).contains(where: { countryAt[$0] >= 0 }) { return true }
        // A person's name shape: "Arnel dela Vega", "Jan van Dijk".
        if c.tokens.count >= 3, c.tokens.dropFirst().dropLast().contains(where: { lex.words.personParticles.contains($0) }) {
            return true
        }
        // Initials before a surname: "J. K. Rowling", "P. Chidambaram".
        if c.tokens.count >= 2, c.tokens.dropLast().allSatisfy(Self.isInitials), let last = c.tokens.last,
            last.utf8.count >= 3, !Self.isInitials(last)
        {
            return true
        }
        let e = c.range.upperBound
        if e < lowers.count {
            if vocab.has(lowerIds[e], .reportingVerb) { return true }
            if lowers[e] == ",", e + 1 < lowers.count {
                if lowers[e + 1] == "who" || lowers[e + 1] == "whose" { return true }
                // An age apposition: "Ana Ruiz, 45, was …".
                if e + 2 < lowers.count, lowers[e + 2] == "," || lowers[e + 2] == ")",
                    (1...3).contains(lowers[e + 1].utf8.count), lowers[e + 1].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
                {
                    return true
                }
                // ", the/a [country] role", e.g. ", a U.S. congressman", ", the Kenyan minister",
                // ", a local farmer".
                if lex.words.roleArticles.contains(lowers[e + 1]) || countryAt[e + 1] >= 0 {
                    for k in (e + 1)..<min(lowers.count, e + 5)
                    where vocab.has(lowerIds[k], [.roleWord, .roleNoun]) && !vocab.has(lowerIds[k], .chainConnector)
                        && !lex.words.articlesAndTo.contains(lowers[k])
                    { return true }
                }
                // ", spokesman for the ministry", ", director of the forum".
                if e + 2 < lowers.count, vocab.has(lowerIds[e + 1], [.roleWord, .roleNoun]),
                    !vocab.has(lowerIds[e + 1], .chainConnector), !lex.words.roleArticles.contains(lowers[e + 1]),
                    lowers[e + 2] == "of" || lowers[e + 2] == "for" || lowers[e + 2] == "at"
                {
                    return true
                }
            }
            // A party and state label: "Ana Ruiz (D-Calif.)", "Ana Ruiz (R)".
            if lowers[e] == "(", e + 2 < lowers.count,
                lowers[e + 2] == ")" || text.texts[e + 1].hasPrefix("R-")
                    || text.texts[e + 1].hasPrefix("D-"),
                let f = text.texts[e + 1].utf8.first, f == 0x44 || f == 0x52 || f == 0x49,
                text.texts[e + 1].utf8.count == 1 || text.texts[e + 1].utf8.dropFirst().first == 0x2D
            {
                return true
            }
            // A person's own people: "Ana Ruiz's lawyer", "Ana Ruiz's wife".
            if lowers[e] == "'s", e + 1 < lowers.count, vocab.has(lowerIds[e + 1], .roleNoun) { return true }
            // "Ana Ruiz was arrested", "Ana Ruiz has been elected".
            if lowers[e] == "was" || lowers[e] == "is" || lowers[e] == "been" || lowers[e] == "were" {
                if e + 1 < lowers.count, lex.words.personPassives.contains(lowers[e + 1]) { return true }
            } else if lowers[e] == "has" || lowers[e] == "had", e + 2 < lowers.count, lowers[e + 1] == "been",
                lex.words.personPassives.contains(lowers[e + 2])
            {
                return true
            }
        }
        let s = c.run.lowerBound
        if s > 0, vocab.has(lowerIds[s - 1], [.roleWord, .roleNoun]), !lex.words.roleLinkWords.contains(lowers[s - 1]) {
            return true
        }
        // The object of a verb that only people undergo, in the active voice: "the court
        // sentenced Ana Ruiz", "gunmen kidnapped Ana Ruiz" (as "Ana Ruiz was sentenced").
        if s > 0, lex.words.personPassives.contains(lowers[s - 1]) { return true }
        // "…," said Ana Ruiz; according to Ana Ruiz; the party's lawyer, Ana Ruiz.
        // (Vocabulary flags first: they cost no hashing.)
        if s > 0, vocab.has(lowerIds[s - 1], .reportingVerb), lex.words.reportedBy.contains(lowers[s - 1]) { return true }
        if s > 1, lowers[s - 1] == "to", lowers[s - 2] == "according" { return true }
        if s > 1, lowers[s - 1] == ",", vocab.has(lowerIds[s - 2], [.roleWord, .roleNoun]),
            !vocab.has(lowerIds[s - 2], .chainConnector)
        {
            return true
        }
        // "The Prime Minister of Kenya, Ana Ruiz", "Kenya's foreign minister, Ana Ruiz".
        if s > 2, lowers[s - 1] == ",", countryAt[s - 2] >= 0, roleBeforeCountry(s - 2, text: text, countryAt: countryAt) {
            return true
        }
        // "Ruiz later claimed …", "Ruiz has said": one adverb or auxiliary between the name and
        // its reporting verb.
        if e + 1 < lowers.count, vocab.has(lowerIds[e + 1], .reportingVerb), lex.words.reportingAdverbs.contains(lowers[e]) {
            return true
        }
        return false
    }

    /// Whether a role or title word stands within six tokens before the country phrase that
    /// covers token `k`, reading back over country words, connectors ("of", "'s") and articles:
    /// "Prime Minister of Kenya", "the Kenyan foreign minister" read from its end.
    ///
    /// - Complexity: O(1) (at most six tokens).
    func roleBeforeCountry(_ k: Int, text: TokenizedText, countryAt: [Int]) -> Bool {
        let vocab = lex.vocab
        var j = k
        while j >= 0, k - j <= 6 {
            let article = lex.words.roleArticles.contains(text.lowers[j])
            if countryAt[j] >= 0 || article || vocab.has(text.lowerIds[j], .chainConnector) {
                j -= 1
                continue
            }
            return vocab.has(text.lowerIds[j], [.roleWord, .roleNoun]) || vocab.has(text.ids[j], .titleWord)
        }
        return false
    }

    /// Coordination: a full-name candidate listed with an accepted person, in the same sentence
    /// and separated from it only by a comma and/or "and" ("senators Ana Ruiz and Tomás Vidal",
    /// "painters Ana Ruiz, Tomás Vidal and Marta Solís"), is
    /// accepted too, if it stands alone as a list item: not after "of", "from", … and followed by
    /// punctuation, a conjunction, an auxiliary or a reporting verb (not by a noun it modifies,
    /// as in "Ana Ruiz and Blue Harbour drummer Tomás Vidal"). Repeated until nothing changes, so a whole
    /// list follows one accepted name.
    /// - Complexity: O(*c*²) for *c* candidates in the worst case; lists are short.
    func acceptCoordinated(_ candidates: [Candidate], _ accepted: inout [Bool], text: TokenizedText) {
        let lowers = text.lowers, lowerIds = text.lowerIds
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
            let afterOK =
                after.unicodeScalars.allSatisfy { CharacterSet.punctuationCharacters.contains($0) }
                || lex.words.listFollowers.contains(after)
                || (c.run.upperBound < lowers.count && lex.vocab.has(lowerIds[c.run.upperBound], .reportingVerb))
            return !lex.words.listBlockers.contains(before) && afterOK
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

    /// Whether `a` is a subsequence of `b` (its elements appear in `b` in order).
    ///
    /// - Complexity: O(*b*) for *b* elements of `b`.
    func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var j = 0
        for x in b where j < a.count && a[j] == x { j += 1 }
        return j == a.count
    }

    /// Implicit mentions for third-person pronouns; see the call site.
    ///
    /// Per sentence it keeps the mentions' positions in `people` (grouped by sentence in one
    /// flat array), the smallest start and the first mention with the largest start, so that
    /// nothing is copied.
    /// - Complexity: O(*t* + *p*) for *t* tokens and *p* person mentions.
    func resolvePronouns(_ people: [Mention], sentences: [Range<Int>], lowerIds: [Int32]) -> [Mention] {
        let vocab = lex.vocab
        let n = sentences.count
        // Mentions of sentence s: order[offset[s]..<offset[s + 1]], in `people` order.
        var offset = [Int](repeating: 0, count: n + 1)
        for m in people { offset[m.sentence + 1] += 1 }
        for s in 0..<n { offset[s + 1] += offset[s] }
        var fill = offset
        var order = [Int](repeating: 0, count: people.count)
        var minStart = [Int](repeating: Int.max, count: n)
        var last = [Int](repeating: -1, count: n)  // first mention with the largest start
        for (k, m) in people.enumerated() {
            let s = m.sentence
            order[fill[s]] = k
            fill[s] += 1
            minStart[s] = min(minStart[s], m.range.lowerBound)
            if last[s] < 0 || people[last[s]].range.lowerBound < m.range.lowerBound { last[s] = k }
        }
        var out: [Mention] = []
        for (s, r) in sentences.enumerated() where s > 0 {
            guard let p = r.first(where: { vocab.has(lowerIds[$0], .pronoun) }) else { continue }
            if minStart[s] < p { continue }
            var previous = -1
            for back in stride(from: s - 1, through: s - 3, by: -1) where back >= 0 && previous < 0 {
                previous = last[back]
            }
            guard previous >= 0 else { continue }
            let ref = people[previous]
            if order[offset[s]..<offset[s + 1]].contains(where: { people[$0].id == ref.id }) { continue }
            out.append(Mention(id: ref.id, sentence: s, range: p..<(p + 1), surface: "", implicit: true))
        }
        return out
    }
}
