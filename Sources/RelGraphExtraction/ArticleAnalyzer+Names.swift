import RelGraphCore

/// Stage 4 of ``ArticleAnalyzer/analyze(_:)``: capitalised runs become person candidates,
/// full names are accepted, and every candidate that names an accepted person (or a titled
/// single word) becomes a person mention.
///
/// - Complexity: O(*t* + *c*·*f*) for *t* tokens, *c* candidates and *f* distinct full names,
///   plus O(*f*²) to merge full names.
extension ArticleAnalyzer {
    /// An accepted full name: the name (the office-holder table's canonical name, or the
    /// candidate's tokens joined by spaces) and its tokens.
    typealias FullName = (name: String, tokens: [String])

    /// Stage 4a: the person candidates of every capitalised run, in text order.
    ///
    /// A run is a maximal sequence of run words (``isRunWord(_:_:)``) within a sentence, which
    /// may continue through one or more particles ("bin", "van der") followed by a run word;
    /// ``personCandidates(run:sentence:sentenceStart:text:spans:into:)`` cuts it into names.
    ///
    /// - Complexity: O(*t*) for *t* tokens, plus the cutting of each run.
    func personCandidates(_ text: TokenizedText, sentences: [Range<Int>], spans: LexiconSpans) -> [Candidate] {
        let vocab = lex.vocab
        var candidates: [Candidate] = []
        for (s, r) in sentences.enumerated() {
            var i = r.lowerBound
            while i < r.upperBound {
                guard isRunWord(text, i) else { i += 1; continue }
                var j = i + 1
                while j < r.upperBound {
                    if isRunWord(text, j) { j += 1; continue }
                    // One or more particles ("bin", "van der") followed by a capitalised word.
                    var k = j
                    while k < r.upperBound, vocab.has(text.lowerIds[k], .particle),
                        !vocab.has(text.ids[k], .functionWord)
                    {
                        k += 1
                    }
                    if k > j, k < r.upperBound, isRunWord(text, k) { j = k; continue }
                    break
                }
                personCandidates(
                    run: i..<j, sentence: s, sentenceStart: r.lowerBound, text: text, spans: spans,
                    into: &candidates)
                i = j
            }
        }
        return candidates
    }

    /// Stage 4b: the accepted full names, in order of first acceptance, and the canonical
    /// name of each (a shorter name merged into a longer one maps to the longer).
    ///
    /// A candidate of two or more tokens is accepted when it is no group's name
    /// (``namesGroup(_:text:)``) and it is in the office-holder table,
    /// anchored, titled, has name evidence (``hasNameEvidence(_:text:countryAt:)``), or its
    /// last token is used alone with evidence; then ``acceptCoordinated(_:_:text:)`` extends
    /// acceptance along lists. A surname used alone counts as evidence for the full name only
    /// where that single use is itself name-like (titled, or with a reporting verb or role
    /// around it), so that "Meridian was refitted" does not make "Cargo Ship Meridian" a
    /// person.
    ///
    /// A two-word candidate that opens its sentence with an unknown word is not accepted when
    /// its last word ends another accepted name ("Instead Ruiz said" after "Ana Ruiz"); its
    /// mention is then the surname alone.
    ///
    /// A shorter full name inside a longer one with the same first and last token (or the
    /// two-word tail of a longer name: "Min Tun" after "Zaw Min Tun") merges into it, unless the
    /// shorter one is the office-holder table's canonical name, which then wins.
    ///
    /// - Complexity: O(*c* + *f*²·*k*) for *c* candidates, *f* full names of at most *k* tokens.
    func fullNames(
        _ candidates: [Candidate], text: TokenizedText, spans: LexiconSpans
    ) -> (names: [FullName], canonicalOf: [String: String]) {
        let singleTokens = Set(
            candidates.filter {
                $0.tokens.count == 1 && ($0.titled || hasNameEvidence($0, text: text, countryAt: spans.countryAt))
            }.map { $0.tokens[0] })
        var fullNames: [FullName] = []
        var canonicalOf: [String: String] = [:]
        var accepted = candidates.map { c in
            c.tokens.count >= 2 && !namesGroup(c, text: text)
                && (c.lexiconName != nil || c.anchored || c.titled
                    || hasNameEvidence(c, text: text, countryAt: spans.countryAt)
                    || c.tokens.last.map { singleTokens.contains($0) } ?? false)
        }
        acceptCoordinated(candidates, &accepted, text: text)
        // A sentence opener and a surname ("Instead Ruiz said", "Asked Ruiz …"): a two-word
        // run that opens its sentence with an unknown first word, whose last word ends another
        // accepted name, is that surname, not a new person.
        let openers = candidates.indices.filter { candidates[$0].opensSentence && accepted[$0] && !candidates[$0].titled }
        let acceptedLast =
            openers.isEmpty
            ? []
            : Set(
                candidates.indices.filter { accepted[$0] && !candidates[$0].opensSentence && candidates[$0].tokens.count >= 2 }
                    .compactMap { candidates[$0].tokens.last })
        for k in openers {
            let c = candidates[k]
            if let last = c.tokens.last, acceptedLast.contains(last) { accepted[k] = false }
        }
        for (k, c) in candidates.enumerated() where accepted[k] {
            let key = c.lexiconName ?? c.tokens.joined(separator: " ")
            if canonicalOf[key] == nil {
                canonicalOf[key] = key
                fullNames.append((key, c.lexiconName.map { Tokenizer.tokenize($0).map(\.text) } ?? c.tokens))
            }
        }
        let lexiconNames = Set(candidates.compactMap(\.lexiconName))
        // Both rules below need the same last word: only names that share it are compared, in
        // the order of `fullNames` (so that the last match wins, as over all pairs).
        var byLastWord: [String: [Int]] = [:]
        for (k, f) in fullNames.enumerated() { byLastWord[f.tokens.last ?? "", default: []].append(k) }
        for a in fullNames {
            for k in byLastWord[a.tokens.last ?? ""] ?? [] where fullNames[k].tokens.count > a.tokens.count {
                let b = fullNames[k]
                let sameEnds =
                    a.tokens.first == b.tokens.first && a.tokens.last == b.tokens.last
                    && isSubsequence(a.tokens, of: b.tokens)
                let tail = Array(b.tokens.suffix(a.tokens.count)) == a.tokens
                if sameEnds || tail {
                    if lexiconNames.contains(a.name) && !lexiconNames.contains(b.name) {
                        canonicalOf[b.name] = a.name
                    } else {
                        canonicalOf[a.name] = canonicalOf[b.name] ?? b.name
                    }
                }
            }
        }
        mergeSpellingVariants(fullNames, lexiconNames: lexiconNames, into: &canonicalOf)
        return (fullNames, canonicalOf)
    }

    /// Merges full names that are spelling variants of one another (the same
    /// ``NameVariants/key(_:)``: "Mohammed Farouk" and "Mohammad Farouk", "José Ramírez" and
    /// "Jose Ramirez") or misspellings of an earlier one (``NameVariants/isMisspelling(_:of:)``)
    /// into the one found first, or into the well-known person's name when one
    /// of them is in the office-holder table.
    ///
    /// - Complexity: O(*f*·*k*²) for *f* full names of *k* characters, plus the names each merge
    ///   moves: the names that map to each canonical name are kept, so a merge rewrites only
    ///   those, and a misspelling is looked up by its one-deletion neighbours (Garbe's symmetric
    ///   delete, 2012) among the names of as many words, not compared with every name.
    func mergeSpellingVariants(_ fullNames: [FullName], lexiconNames: Set<String>, into canonicalOf: inout [String: String]) {
        guard fullNames.count >= 2 else { return }
        // Variants and misspellings have as many words and share the initials of their first
        // and last words (a misspelling keeps a word's first letter); an initial with a
        // diacritic matches any. Most names have no such partner and need no key.
        var initials: [Int: Int] = [:]
        func initial(_ tokens: [String]) -> Int {
            let a = tokens.first?.utf8.first ?? 0, b = tokens.last?.utf8.first ?? 0
            return tokens.count << 16 | Int(a < 0x80 ? a | 0x20 : 0xFF) << 8 | Int(b < 0x80 ? b | 0x20 : 0xFF)
        }
        var anyWide = false
        for f in fullNames where f.tokens.count >= 2 {
            let i = initial(f.tokens)
            initials[i, default: 0] += 1
            if i & 0xFF == 0xFF || (i >> 8) & 0xFF == 0xFF { anyWide = true }
        }
        guard anyWide || initials.values.contains(where: { $0 >= 2 }) else { return }
        var tokensOf: [String: [String]] = [:]
        for f in fullNames { tokensOf[f.name] = f.tokens }
        var byKey: [String: String] = [:]
        // The names that map to each canonical name, so that a merge rewrites only those.
        // Built at the first merge: most articles have none.
        var namesOf: [String: [String]]? = nil
        func remap(_ from: String, _ to: String) {
            guard from != to else { return }
            if namesOf == nil {
                var index: [String: [String]] = [:]
                for (k, v) in canonicalOf { index[v, default: []].append(k) }
                namesOf = index
            }
            guard let moved = namesOf?.removeValue(forKey: from) else { return }
            for k in moved { canonicalOf[k] = to }
            namesOf?[to, default: []] += moved
        }
        // Names found so far (in order found: `order`), by misspelling neighbourhood: for each
        // word position, the other words and the word or one of its one-deletion variants. Two
        // names one edit apart at one position share such a key.
        var order: [String: Int] = [:]
        var neighbours: [NeighbourKey: [String]] = [:]
        func keys(_ tokens: [String]) -> [NeighbourKey] {
            var out: [NeighbourKey] = []
            for p in tokens.indices {
                let scalars = Array(tokens[p].unicodeScalars)
                guard scalars.count >= 4 else { continue }  // misspellings need 5 scalars on each side
                var rest = tokens
                rest[p] = ""
                let context = rest.joined(separator: "\u{1}")
                out.append(NeighbourKey(context: context, position: p, word: tokens[p]))
                for d in scalars.indices {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[..<d])
                    v.append(contentsOf: scalars[(d + 1)...])
                    out.append(NeighbourKey(context: context, position: p, word: String(v)))
                }
            }
            return out
        }
        for f in fullNames where f.tokens.count >= 2 {
            if !anyWide, initials[initial(f.tokens)] == 1 { continue }  // no partner possible
            let canon = canonicalOf[f.name] ?? f.name
            let tokens = tokensOf[canon] ?? f.tokens
            guard let head = tokens.first, let tail = tokens.last else { continue }
            let key = NameVariants.key(canon)
            // Else a misspelling of a name found before ("Ana Rodrigeuz" after "Ana Rodriguez"):
            // one word differs, so the first or the last word is shared; the earliest such name
            // that shares the first word wins, else the earliest that shares the last. The
            // neighbourhood keys of `tokens` serve to look it up and, when it is new, to file it.
            let ownKeys = byKey[key] == nil ? keys(tokens) : []
            let misspelled = Set(ownKeys.flatMap { neighbours[$0] ?? [] })
            let partners = misspelled.filter { NameVariants.isMisspelling(tokens, of: tokensOf[$0] ?? []) }
            let first =
                byKey[key]
                ?? partners.filter { tokensOf[$0]?.first == head }.min { order[$0, default: 0] < order[$1, default: 0] }
                ?? partners.filter { tokensOf[$0]?.last == tail }.min { order[$0, default: 0] < order[$1, default: 0] }
            guard let first else {
                byKey[key] = canon
                if order[canon] == nil { order[canon] = order.count }
                for k in ownKeys { neighbours[k, default: []].append(canon) }
                continue
            }
            if first == canon { continue }
            if lexiconNames.contains(canon) && !lexiconNames.contains(first) {
                byKey[key] = canon
                remap(first, canon)
            } else {
                remap(canon, first)
            }
        }
    }

    /// Candidate `c` reduced to its last word.
    func surnameOnly(_ c: Candidate) -> Candidate {
        var c = c
        c.range = (c.range.upperBound - 1)..<c.range.upperBound
        c.tokens = [c.tokens[c.tokens.count - 1]]
        return c
    }

    /// The first full name whose last word is a spelling variant of the single word `t`
    /// ("Zelenskyy" for "Volodymyr Zelensky"), for a word of five or more letters (shorter
    /// words keep apart, see ``NameVariants``). Only last words with the same initial (or one
    /// with a diacritic) and a length within three bytes are compared; `lastKeys` caches their
    /// keys.
    ///
    /// - Complexity: O(*f*) for *f* full names, plus a key per last word compared.
    func surnameVariant(_ t: String, _ fullNames: [FullName], lastKeys: inout [String: String]) -> FullName? {
        let n = t.utf8.count
        guard n >= 5, let initial = t.utf8.first else { return nil }
        var key: String?
        for f in fullNames where f.tokens.count >= 2 {
            // Variants keep the initial (or carry a diacritic) and differ by a few letters.
            guard let last = f.tokens.last, let b = last.utf8.first, b == initial || b >= 0x80 || initial >= 0x80,
                abs(last.utf8.count - n) <= 3, last != t
            else {
                continue
            }
            if key == nil { key = NameVariants.key(t) }
            if lastKeys[last] == nil { lastKeys[last] = NameVariants.key(last) }
            if lastKeys[last] == key { return f }
        }
        return nil
    }

    /// Whether candidate `c` (not a well-known person) ends its run right before a lower-case
    /// group noun: "the Raksa Vena party", "the Wagner group" name a group, not a person.
    ///
    /// - Complexity: O(1).
    func namesGroup(_ c: Candidate, text: TokenizedText) -> Bool {
        let e = c.range.upperBound
        guard c.lexiconName == nil, e == c.run.upperBound, e < text.tokens.count, !text.tokens[e].isCapitalized
        else { return false }
        return lex.words.groupNouns.contains(text.lowers[e])
    }

    /// Stage 4c: the person mentions of the candidates, in candidate order.
    ///
    /// A candidate of two or more tokens names its canonical full name (``fullNames(_:text:spans:)``),
    /// if accepted. A single token names the first full name ending with it, else the first
    /// starting with it when it is an East Asian family name, else the one full name starting
    /// with it ("Princess Ubolratana", "Melania"), else the first full name whose last word it
    /// spells differently (``surnameVariant(_:_:lastKeys:)``), else the person whose lexicon
    /// alias it is,
    /// else itself when titled; otherwise it names nobody.
    ///
    /// - Complexity: O(*c* + *w*·*f*) for *c* candidates, *w* distinct one-word candidates and *f* full names.
    func personMentions(_ candidates: [Candidate], text: TokenizedText, spans: LexiconSpans) -> [Mention] {
        let (fullNames, canonicalOf) = fullNames(candidates, text: text, spans: spans)
        var mentions: [Mention] = []
        var lastKeys: [String: String] = [:]
        // The full name a one-word mention stands for depends only on the word: found once per
        // distinct word, so a text naming the same few people thousands of times stays linear.
        // (Both maps are only looked up: room for every candidate spares rehashing.)
        var fullNameOf: [String: FullName?] = [:]
        fullNameOf.reserveCapacity(candidates.count)
        lastKeys.reserveCapacity(fullNames.count)
        for candidate in candidates {
            var name: String?
            // A rejected sentence opener before a surname: the surname alone (see fullNames).
            var surface = candidate.tokens.joined(separator: " ")
            let c = candidate.opensSentence && canonicalOf[surface] == nil ? surnameOnly(candidate) : candidate
            if c.tokens.count != candidate.tokens.count { surface = c.tokens.joined(separator: " ") }
            if c.tokens.count >= 2 {
                let key = c.lexiconName ?? surface
                name = canonicalOf[key]
            } else if let t = c.tokens.first {
                let found: FullName?
                if let known = fullNameOf[t] {
                    found = known
                } else {
                    // One pass: the first full name ending with `t`, the first starting with it
                    // (a family name when `t` is an East Asian surname) and how many start with it.
                    let eastAsian = lex.eastAsianSurnames.contains(t)
                    var byLast: FullName?
                    var byFirst: FullName?
                    var startCount = 0
                    for f in fullNames {
                        if byLast == nil, f.tokens.last == t, f.tokens.count >= 2 { byLast = f }
                        if f.tokens.first == t {
                            if startCount == 0 { byFirst = f }
                            startCount += 1
                        }
                    }
                    let byFamily = eastAsian ? byFirst : nil
                    found =
                        byLast ?? byFamily ?? (startCount == 1 ? byFirst : nil)
                        ?? surnameVariant(t, fullNames, lastKeys: &lastKeys)
                    fullNameOf[t] = .some(found)
                }
                if let f = found {
                    name = canonicalOf[f.name] ?? f.name
                } else if let alias = lex.personAlias[t], !afterDeterminer(c, text) {
                    name = alias
                } else if c.titled || namedByKinship(c, text) {
                    name = t
                }
            }
            guard let name else { continue }
            mentions.append(
                Mention(
                    id: Entity.makeID(kind: .person, key: name), sentence: c.sentence, range: c.range,
                    surface: surface))
        }
        return mentions
    }
}

extension ArticleAnalyzer {
    /// Whether one-word candidate `c` follows "the", "a" or "an" and is no modifier of a noun
    /// after it: a common noun or a place ("walk on **the Moon**."), not a person's lexicon
    /// alias; "the **Biden** administration" still names him.
    /// - Complexity: O(1).
    func afterDeterminer(_ c: Candidate, _ text: TokenizedText) -> Bool {
        let s = c.range.lowerBound
        guard s > 0 else { return false }
        let w = text.lowers[s - 1]
        guard w == "the" || w == "a" || w == "an" else { return false }
        let e = c.range.upperBound
        let modifies = e < text.tokens.count && text.tokens[e].kind == .word && !text.tokens[e].isCapitalized
        return !modifies
    }

    /// Whether one-word candidate `c` is the given name of a relative: after a possessive and a
    /// family noun (``WordLists/kinshipNouns``), with or without a comma between ("her husband
    /// Walter", "his daughter, Emily,", "Ruiz's son Tomás"), and not followed by a capitalised
    /// word of its own run (a full name is found as such).
    /// - Complexity: O(1).
    func namedByKinship(_ c: Candidate, _ text: TokenizedText) -> Bool {
        var k = c.range.lowerBound - 1
        guard k >= 1, c.run.count == 1 else { return false }
        if text.lowers[k] == "," { k -= 1 }
        guard k >= 1, lex.words.kinshipNouns.contains(text.lowers[k]) else { return false }
        let owner = text.lowers[k - 1]
        return Self.possessives.contains(owner) || owner == "'s"
    }

    /// Possessive determiners before a family noun.
    static let possessives: Set<String> = ["his", "her", "their", "my", "our", "your", "whose"]
}

/// A name with the word at `position` replaced by `word` (the word itself or one of its
/// one-deletion variants), the other words joined in `context`: a key of the misspelling search
/// of ``ArticleAnalyzer/mergeSpellingVariants(_:lexiconNames:into:)``.
struct NeighbourKey: Hashable {
    var context: String
    var position: Int
    var word: String
}
