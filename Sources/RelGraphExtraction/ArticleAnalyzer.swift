import RelGraphCore

/// Extracts the entities and relations of one article; see ``Extractor`` for the rules.
struct ArticleAnalyzer: Sendable {
    let lex: CompiledLexicon
    let options: ExtractionOptions

    /// A span of tokens that names an entity.
    struct Mention {
        var id: String
        var sentence: Int
        var range: Range<Int>
        var surface: String
        /// A pronoun resolved to this entity: it links the entity in its sentence but is not
        /// counted as a mention or alias.
        var implicit = false
    }

    struct CountrySpan {
        var range: Range<Int>
        var hit: CompiledLexicon.CountryHit
        var sentence: Int
    }

    /// A capitalised token run that may hold a person's name.
    struct Candidate {
        var range: Range<Int>  // the name itself
        var run: Range<Int>  // the whole capitalised run
        var sentence: Int
        var tokens: [String]
        var titled: Bool
        var anchored: Bool
        var lexiconName: String?
    }

    static let particles: Set<String> = [
        "bin", "ibn", "bint", "al", "el", "van", "von", "de", "da", "del", "der", "den", "la", "le",
        "du", "di", "dos", "das", "dela", "y", "ben", "abu", "ter", "zu", "st.",
    ]
    static let functionWords: Set<String> = [
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "As", "If", "When", "While", "After",
        "Before", "Since", "During", "With", "Without", "According", "Former", "Then", "Now", "Also",
        "Meanwhile", "However", "Although", "Both", "Every", "Some", "Many", "Most", "Other",
        "Another", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "This", "That", "These",
        "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "He", "She", "They", "We", "I",
        "It", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "Unlike", "Like",
        "By", "From", "To", "Of", "Under", "Over", "About", "Despite", "Following", "Amid", "Among",
        "Because", "Though", "Until", "Upon", "Via", "Per", "Dear", "Yes", "No", "Not", "All", "Each",
        "Several", "Few", "More", "Less", "Only", "Even", "Just", "Still", "Once", "Sources", "Acting",
        "Interim", "Deputy", "Senior", "Late", "Then-President", "Ex", "Says", "Mr", "Ms",
    ]
    static let notNameWords: Set<String> = [
        "United", "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
        "Western", "Central", "Great", "Royal", "Supreme", "National", "Federal", "International",
        "Global", "World", "Democratic", "Republican", "Democrats", "Republicans", "Democrat",
        "Liberal", "Liberals", "Conservative", "Conservatives", "Communist", "Socialist", "Labour",
        "Islamic", "Muslim", "Muslims", "Christian", "Christians", "Catholic", "Catholics", "Jewish",
        "Jews", "Buddhist", "Hindu", "Sunni", "Shia", "Shiite", "Lunar", "Year", "Christmas", "Easter",
        "Ramadan", "Eid", "States", "Kingdom", "Republic", "Union", "Foreign", "Affairs", "Defense",
        "Defence", "Justice", "Health", "Internet", "Covid", "COVID", "Coronavirus", "Uighur",
        "Uighurs", "Uyghur", "Uyghurs", "Indo-Pacific", "Asia-Pacific", "Olympic", "Olympics",
        "Games", "Prize", "Award", "Awards", "Act", "Bill", "Law", "Constitution", "Amendment",
        "Brexit", "Twitter", "Facebook", "Google", "Instagram", "YouTube", "WhatsApp", "Facebook",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Sen.", "Gov.", "Gen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.",
        "Parliament", "Government", "Administration", "Ministry", "Police", "Military", "Army",
        "Chinese", "American", "Americans", "European", "Europeans", "African", "Asian", "Arab",
        "Arabs", "Latin", "Middle", "Far", "Near", "Pacific", "Atlantic", "Arctic", "Antarctic",
        "Secretary", "President", "Minister", "Director", "Chairman", "Envoy", "Ambassador",
        "Presidential", "Congressional", "Senator", "Senators", "Governor", "Mayor", "Speaker",
        "Agency", "Reuters", "Xinhua", "Associated", "Press", "Wikinews", "MORE", "Read", "Related",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First",
        "Second", "Third", "Last", "Next", "Image", "Images", "Photo", "Photos", "Video", "Credit",
        "Caption", "File", "Experience", "Paralympics", "Summer", "Winter", "Spring", "Autumn", "Hey",
        "Hello", "Dear", "Thanks", "Currently", "Meanwhile", "Relations",
    ]
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "added", "wrote", "announced", "stated", "tweeted", "explained",
        "noted", "argued", "claimed", "warned", "asked", "replied", "insisted", "confirmed",
        "denied", "testified", "stressed", "urged", "described", "admitted", "acknowledged",
        "called", "criticized", "criticised", "praised", "met", "visited", "spoke", "resigned",
        "died", "won", "lost", "became", "declined", "refused", "condemned", "accused", "signed",
    ]
    static let roleWords: Set<String> = [
        "minister", "foreign", "prime", "president", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "envoy", "leader", "chief", "deputy", "defence", "defense",
        "finance", "interior", "health", "state", "general", "special", "vice", "top", "senior",
        "former", "acting", "interim", "director", "head", "chairman", "chairwoman", "chair",
        "counterpart", "premier", "governor", "mayor", "senator", "official", "officials",
        "diplomat", "negotiator", "commander", "king", "queen", "prince", "princess", "emperor",
        "judge", "prosecutor", "lawmaker", "legislator", "candidate", "opposition", "activist",
        "journalist", "reporter", "correspondent", "economist", "analyst", "professor", "founder",
        "congressman", "congresswoman", "mp", "coach", "player", "captain", "owner", "lawyer",
        "ceo", "executive", "of", "the", "for", "and", "on", "'s", "-", "–", "a", "to", "affairs",
        "national", "security", "adviser", "advisor", "representative", "trade", "attorney",
        "military", "army", "navy", "chancellor", "pope", "cardinal", "archbishop", "bishop",
    ]
    /// Capitalised role nouns that can stand before a name without being a listed title.
    static let roleNouns: Set<String> = [
        "prosecutor", "legislator", "voter", "superintendent", "inspector", "officer", "lawmaker",
        "activist", "resident", "witness", "student", "teacher", "doctor", "nurse", "farmer",
        "protester", "protesters", "police", "policeman", "commissioner", "chief", "councillor",
        "councilor", "delegate", "nominee", "candidate", "veteran", "survivor", "victim", "suspect",
        "detective", "constable", "sergeant", "spokesperson", "organiser", "organizer", "author",
        "actor", "actress", "singer", "musician", "artist", "writer", "scientist", "researcher",
        "chairperson", "agent", "citizen", "soldier", "pilot", "engineer", "manager", "coach",
    ]
    static let chainConnectors: Set<String> = ["of", "the", "for", "and", "on", "'s", "-", "–", "de", "al"]
    static let languages: Set<String> = [
        "French", "English", "Spanish", "German", "Portuguese", "Italian", "Russian", "Chinese",
        "Japanese", "Korean", "Dutch", "Greek", "Turkish", "Polish", "Swedish", "Norwegian",
        "Danish", "Finnish", "Hungarian", "Czech", "Thai", "Vietnamese", "Indonesian", "Ukrainian",
        "Hebrew", "Persian", "Arabic", "Hindi", "Burmese", "Mongolian", "Filipino", "Malay",
    ]
    static let govWords: Set<String> = [
        "Ministry", "Department", "Embassy", "Government", "Foreign", "Defence", "Defense", "Army",
        "Navy", "Air", "Force", "Forces", "Parliament", "Congress", "Senate", "Police", "Consulate",
        "Military", "Coast", "Guard", "Office", "Administration", "Treasury", "Cabinet", "Mission",
        "Court", "Supreme", "Commerce", "Trade", "Federal", "National",
        "Navy", "Marines", "Ambassador", "Minister", "President", "Secretary", "Envoy",
    ]
    static let statesLike: Set<String> = ["Georgia", "Washington", "Georgian"]

    // MARK: - Entry point

    func analyze(_ article: Article) -> ArticleExtraction {
        let body = TextCleaner.clean(article.text)
        let full = (article.title.map { $0 + "\n\n" } ?? "") + body
        let tokens = Tokenizer.tokenize(full)
        let texts = tokens.map(\.text)
        let lowers = texts.map(Tokenizer.lowercased)
        // Case-sensitive phrases start at a capitalised token or a known lower-case start.
        let mayStart = tokens.indices.map {
            tokens[$0].isCapitalized
                || (lex.lowercaseStartFilter.mightContain(texts[$0]) && lex.lowercaseStarts.contains(texts[$0]))
        }
        let sentences = SentenceSplitter.split(tokens)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (s, r) in sentences.enumerated() { for i in r { sentenceOf[i] = s } }

        // 1. Lexicon spans.
        var isTitle = [Bool](repeating: false, count: tokens.count)
        var isPlaceOrOrg = [Bool](repeating: false, count: tokens.count)
        var countrySpans: [CountrySpan] = []
        var issueMentions: [Mention] = []
        var orgMentions: [Mention] = []
        var lexPeople: [(range: Range<Int>, hit: CompiledLexicon.PersonHit)] = []
        for (s, r) in sentences.enumerated() {
            for m in lex.titles.matches(texts, in: r, mayStart: mayStart) { for i in m.range { isTitle[i] = true } }
            for m in lex.places.matches(texts, in: r, mayStart: mayStart) { for i in m.range { isPlaceOrOrg[i] = true } }
            for m in lex.organizations.matches(texts, in: r, mayStart: mayStart) { for i in m.range { isPlaceOrOrg[i] = true } }
            for m in lex.namedOrganizations.matches(texts, in: r, mayStart: mayStart) {
                for i in m.range { isPlaceOrOrg[i] = true }
                orgMentions.append(Mention(
                    id: Entity.makeID(kind: .organization, key: m.payload), sentence: s, range: m.range,
                    surface: joined(texts, m.range)))
            }
            for m in lex.countries.matches(texts, in: r, mayStart: mayStart) {
                countrySpans.append(CountrySpan(range: m.range, hit: m.payload, sentence: s))
            }
            for i in r where tokens[i].kind == .word && texts[i].utf8.contains(0x2D) {
                for part in texts[i].split(separator: "-") where !part.isEmpty {
                    let p = [String(part)]
                    if let m = lex.countries.match(p, at: 0, limit: 1) {
                        countrySpans.append(CountrySpan(range: i..<(i + 1), hit: m.payload, sentence: s))
                    }
                }
            }
            for m in lex.issues.matches(lowers, in: r) {
                issueMentions.append(Mention(
                    id: Entity.makeID(kind: .issue, key: m.payload), sentence: s, range: m.range,
                    surface: joined(texts, m.range)))
            }
            lexPeople += lex.people.matches(texts, in: r, mayStart: mayStart).map { ($0.range, $0.payload) }
        }
        var countryAt = [Int](repeating: -1, count: tokens.count)
        for (k, c) in countrySpans.enumerated() { for i in c.range where countryAt[i] < 0 { countryAt[i] = k } }
        var lexPersonAt = [Int](repeating: -1, count: tokens.count)
        for (k, p) in lexPeople.enumerated() { for i in p.range { lexPersonAt[i] = k } }

        // 2. Capitalised runs → person candidates.
        var candidates: [Candidate] = []
        for (s, r) in sentences.enumerated() {
            var i = r.lowerBound
            while i < r.upperBound {
                guard isRunWord(tokens, texts, i) else { i += 1; continue }
                var j = i + 1
                while j < r.upperBound {
                    if isRunWord(tokens, texts, j) { j += 1; continue }
                    // One or more particles ("bin", "van der") followed by a capitalised word.
                    var k = j
                    while k < r.upperBound, Self.particles.contains(lowers[k]), !Self.functionWords.contains(texts[k]) {
                        k += 1
                    }
                    if k > j, k < r.upperBound, isRunWord(tokens, texts, k) { j = k; continue }
                    break
                }
                candidates += personCandidates(
                    run: i..<j, sentence: s, sentenceStart: r.lowerBound, tokens: tokens, texts: texts, isTitle: isTitle,
                    isPlaceOrOrg: isPlaceOrOrg, countryAt: countryAt, countrySpans: countrySpans,
                    lexPersonAt: lexPersonAt, lexPeople: lexPeople)
                i = j
            }
        }

        // 3. Accept full names, then resolve short mentions.
        let singleTokens = Set(candidates.filter { $0.tokens.count == 1 }.map { $0.tokens[0] })
        var fullNames: [(name: String, tokens: [String])] = []
        var canonicalOf: [String: String] = [:]
        for c in candidates where c.tokens.count >= 2 {
            let accepted = c.lexiconName != nil || c.anchored || c.titled
                || hasNameEvidence(c, tokens: tokens, lowers: lowers, countryAt: countryAt)
                || singleTokens.contains(c.tokens.last!)
            guard accepted else { continue }
            let key = c.lexiconName ?? c.tokens.joined(separator: " ")
            if canonicalOf[key] == nil {
                canonicalOf[key] = key
                fullNames.append((key, c.lexiconName.map { Tokenizer.tokenize($0).map(\.text) } ?? c.tokens))
            }
        }
        // A shorter full name inside a longer one with the same first and last token merges in,
        // unless the shorter one is the office-holder table's canonical name, which then wins.
        let lexiconNames = Set(candidates.compactMap(\.lexiconName))
        for a in fullNames {
            for b in fullNames where b.tokens.count > a.tokens.count {
                let sameEnds = a.tokens.first == b.tokens.first && a.tokens.last == b.tokens.last
                    && isSubsequence(a.tokens, of: b.tokens)
                // "Min Tun" after "Zaw Min Tun": a two-word tail of a longer name.
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
        var personMentions: [Mention] = []
        var personTitled = Set<String>()
        for c in candidates {
            var name: String?
            if c.tokens.count >= 2 {
                let key = c.lexiconName ?? c.tokens.joined(separator: " ")
                name = canonicalOf[key]
            } else {
                let t = c.tokens[0]
                let byLast = fullNames.first { $0.tokens.last == t && $0.tokens.count >= 2 }
                let byFamily = fullNames.first { $0.tokens.first == t && lex.eastAsianSurnames.contains(t) }
                // A first name alone ("Princess Ubolratana", "Melania") names the one full name
                // of the article that starts with it.
                let byFirst = fullNames.filter { $0.tokens.first == t }
                if let f = byLast ?? byFamily ?? (byFirst.count == 1 ? byFirst[0] : nil) {
                    name = canonicalOf[f.name] ?? f.name
                }
                else if let alias = lex.personAlias[t] { name = alias }
                else if c.titled { name = t }
            }
            guard let name else { continue }
            if c.titled { personTitled.insert(name) }
            personMentions.append(Mention(
                id: Entity.makeID(kind: .person, key: name), sentence: c.sentence, range: c.range,
                surface: c.tokens.joined(separator: " ")))
        }

        // 3b. "He"/"She"/"His"/"Her" before any name in a sentence refers to the person named last
        //     in the three sentences before it (a light, subject-continuity resolution).
        personMentions += resolvePronouns(personMentions, sentences: sentences, lowers: lowers)

        // 4. Filter country mentions.
        var inPerson = [Bool](repeating: false, count: tokens.count)
        for m in personMentions where !m.implicit { for i in m.range { inPerson[i] = true } }
        var kept: [CountrySpan] = countrySpans.filter { span in
            keepCountry(span, tokens: tokens, texts: texts, lowers: lowers, inPerson: inPerson,
                        isPlaceOrOrg: isPlaceOrOrg, sentences: sentences)
        }
        let strong = Set(kept.filter { !$0.hit.weak }.map(\.hit.iso3))
        // Weak forms still count inside a person's title chain ("Washington's special envoy").
        let guarded = kept
        kept = kept.filter { !$0.hit.weak || strong.contains($0.hit.iso3) }
        let countryMentions = kept.map {
            Mention(id: Entity.makeID(kind: .country, key: $0.hit.iso3), sentence: $0.sentence,
                    range: $0.range, surface: joined(texts, $0.range))
        }
        var guardedAt = [Int](repeating: -1, count: tokens.count)
        for (k, c) in guarded.enumerated() { for i in c.range { guardedAt[i] = k } }

        // 5. Affiliations.
        var votes: [String: [String: Int]] = [:]
        var firstVote: [String: String] = [:]
        for m in personMentions where !m.implicit {
            let name = String(m.id.dropFirst("person:".count))
            if let iso = affiliation(of: m, sentences: sentences, tokens: tokens, lowers: lowers,
                                     kept: guarded, keptAt: guardedAt, inPerson: inPerson)
            {
                votes[name, default: [:]][iso, default: 0] += 1
                if firstVote[name] == nil { firstVote[name] = iso }
            }
        }
        var countryCount: [String: Int] = [:]
        for c in kept where !lex.territories.contains(c.hit.iso3) { countryCount[c.hit.iso3, default: 0] += 1 }
        let totalCountry = countryCount.values.reduce(0, +)
        let dominant = countryCount.max { ($0.value, $1.key) < ($1.value, $0.key) }
            .flatMap { 2 * $0.value > totalCountry ? $0.key : nil }

        return assemble(
            article: article, sentences: sentences, tokens: tokens, full: full, lowers: lowers,
            mentions: personMentions + countryMentions + issueMentions + orgMentions, votes: votes,
            firstVote: firstVote, dominant: dominant)
    }

    // MARK: - Person candidates

    func isRunWord(_ tokens: [Token], _ texts: [String], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word else { return false }
        if t.isCapitalized { return true }
        // "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name.
        let u = t.text.utf8
        guard u.count > 3, u.contains(0x2D), let dash = t.text.firstIndex(of: "-"),
            Self.particles.contains(String(t.text[..<dash]))
        else { return false }
        return t.text[t.text.index(after: dash)...].first?.isUppercase ?? false
    }

    func nameLike(_ i: Int, _ tokens: [Token], _ texts: [String], isPlaceOrOrg: [Bool], countryAt: [Int],
                  countrySpans: [CountrySpan], anchored: Bool) -> Bool {
        let t = texts[i]
        if tokens[i].kind != .word { return false }
        if Self.particles.contains(t.lowercased()) && !tokens[i].isCapitalized { return true }
        if Self.functionWords.contains(t) || Self.notNameWords.contains(t) || lex.orgWords.contains(t) {
            return false
        }
        if isPlaceOrOrg[i] { return false }
        if tokens[i].isAllCaps && t.count > 1 && !t.contains(".") && !t.contains("-") { return false }
        if t.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
        if countryAt[i] >= 0 {
            // Weak forms and capitals can be names ("Jim Jordan", "Chad Brooks", "George
            // Washington"); a candidate must still hold a word that is no country.
            let hit = countrySpans[countryAt[i]].hit
            if !(hit.weak || (anchored && hit.form == .capital)) { return false }
        }
        if !anchored && (lex.titleWords.contains(t) || Self.roleWords.contains(t.lowercased())
            || Self.roleNouns.contains(t.lowercased()))
        { return false }
        return true
    }

    func personCandidates(
        run: Range<Int>, sentence: Int, sentenceStart: Int, tokens: [Token], texts: [String], isTitle: [Bool],
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
            nameLike(k, tokens, texts, isPlaceOrOrg: isPlaceOrOrg, countryAt: countryAt,
                     countrySpans: countrySpans, anchored: false) && !isTitle[k]
        }
        // b. Anchored by a given name or an East Asian family name. The anchor itself may be a
        //    word that elsewhere marks an organisation ("Bill Clinton"); one unknown name word
        //    just before it joins the name ("Sławoj Leszek Głódź").
        for p in run.lowerBound..<(run.upperBound - 1) {
            let t = texts[p]
            guard lex.given.contains(t) || lex.eastAsianSurnames.contains(t) else { continue }
            if isTitle[p] && !(lex.given.contains(t)) { continue }
            let ok = ((p + 1)..<run.upperBound).allSatisfy {
                nameLike($0, tokens, texts, isPlaceOrOrg: isPlaceOrOrg, countryAt: countryAt,
                         countrySpans: countrySpans, anchored: true)
            } && !isPlaceOrOrg[p] && countryAt[p] < 0 && !Self.functionWords.contains(t)
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

    func hasNameEvidence(_ c: Candidate, tokens: [Token], lowers: [String], countryAt: [Int]) -> Bool {
        if (c.run.lowerBound..<c.range.lowerBound).contains(where: { countryAt[$0] >= 0 }) { return true }
        let e = c.range.upperBound
        if e < lowers.count {
            if Self.reportingVerbs.contains(lowers[e]) { return true }
            if lowers[e] == ",", e + 1 < lowers.count {
                if ["who", "whose"].contains(lowers[e + 1]) { return true }
                // ", the/a [country] role", e.g. ", a U.S. congressman" or ", the Kenyan minister".
                if ["the", "a", "an", "former"].contains(lowers[e + 1]) || countryAt[e + 1] >= 0 {
                    for k in (e + 1)..<min(lowers.count, e + 5)
                    where Self.roleWords.contains(lowers[k]) && !Self.chainConnectors.contains(lowers[k])
                        && !["the", "a", "to"].contains(lowers[k])
                    { return true }
                }
            }
        }
        let s = c.run.lowerBound
        if s > 0, Self.roleWords.contains(lowers[s - 1]), !["of", "the", "for", "and", "on", "a", "to", "-", "–", "'s"].contains(lowers[s - 1]) {
            return true
        }
        return false
    }

    func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var j = 0
        for x in b where j < a.count && a[j] == x { j += 1 }
        return j == a.count
    }

    static let pronouns: Set<String> = ["he", "she", "his", "her", "him"]

    /// Implicit mentions for third-person pronouns; see the call site.
    /// - Complexity: O(*t* + *p*) for *t* tokens and *p* person mentions.
    func resolvePronouns(_ people: [Mention], sentences: [Range<Int>], lowers: [String]) -> [Mention] {
        var bySentence = [[Mention]](repeating: [], count: sentences.count)
        for m in people { bySentence[m.sentence].append(m) }
        var out: [Mention] = []
        for (s, r) in sentences.enumerated() where s > 0 {
            guard let p = r.first(where: {
                let u = lowers[$0].utf8
                return u.count <= 3 && (u.first == 0x68 || u.first == 0x73) && Self.pronouns.contains(lowers[$0])
            }) else { continue }
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

    // MARK: - Countries

    func keepCountry(
        _ span: CountrySpan, tokens: [Token], texts: [String], lowers: [String], inPerson: [Bool],
        isPlaceOrOrg: [Bool], sentences: [Range<Int>]
    ) -> Bool {
        let r = span.range
        let sent = sentences[span.sentence]
        if r.contains(where: { inPerson[$0] }) { return false }
        if r.contains(where: { isPlaceOrOrg[$0] }) {
            return false
        }
        let surface = joined(texts, r)
        let next = r.upperBound < sent.upperBound ? r.upperBound : nil
        let prev = r.lowerBound > sent.lowerBound ? r.lowerBound - 1 : nil
        // "U.S. dollars", "US$".
        if let n = next, ["dollar", "dollars", "$", "cents"].contains(lowers[n]) { return false }
        // "in French", "French-speaking".
        if span.hit.form == .demonym, Self.languages.contains(surface) {
            if let p = prev, ["in", "into", "speak", "speaks", "spoke", "speaking", "learn"].contains(lowers[p]),
                next == nil || !tokens[next!].isCapitalized
            { return false }
            if let n = next, ["language", "languages", "translation", "subtitles", "dialect", "speakers",
                              "speaking", "-speaking", "literature", "cuisine", "food"].contains(lowers[n])
            { return false }
        }
        // Inside the capitalised run of an organisation or place name.
        var a = r.lowerBound
        while a > sent.lowerBound, tokens[a - 1].kind == .word, tokens[a - 1].isCapitalized,
            texts[a - 1] != "'s", !SentenceSplitter.starters.contains(texts[a - 1]),
            !Self.functionWords.contains(texts[a - 1])
        { a -= 1 }
        var b = r.upperBound
        while b < sent.upperBound, tokens[b].kind == .word, tokens[b].isCapitalized { b += 1 }
        let around = Array(texts[a..<r.lowerBound]) + Array(texts[r.upperBound..<b])
        let hasOrg = around.contains { lex.orgWords.contains($0) && !Self.govWords.contains($0) }
        let hasGov = around.contains { Self.govWords.contains($0) || lex.titleWords.contains($0) }
        if hasOrg && !hasGov {
            return false
        }
        // "Iran–Iraq War", "Iran-Iraq War".
        if let n = next, ["–", "-", "—"].contains(texts[n]) || texts[r.lowerBound].contains("-") {
            var k = texts[r.lowerBound].contains("-") ? r.upperBound : n + 1
            while k < sent.upperBound, tokens[k].isCapitalized {
                if lex.orgWords.contains(texts[k]) && !Self.govWords.contains(texts[k]) { return false }
                k += 1
            }
        }
        // "Bank of England", "Islamic State of Iraq": an organisation name continues through "of".
        if let p = prev, ["of", "for"].contains(lowers[p]) {
            var k = p - 1
            if k >= sent.lowerBound, lowers[k] == "the" { k -= 1 }
            if k >= sent.lowerBound, isPlaceOrOrg[k] { return false }
            while k >= sent.lowerBound, tokens[k].isCapitalized {
                if lex.orgWords.contains(texts[k]) && !Self.govWords.contains(texts[k]) { return false }
                if lex.titleWords.contains(texts[k]) || Self.govWords.contains(texts[k]) { break }
                k -= 1
            }
        }
        // A US state rather than the country.
        if Self.statesLike.contains(surface), let n = next, lowers[n] == "state" { return false }
        return true
    }

    // MARK: - Affiliation

    func affiliation(
        of m: Mention, sentences: [Range<Int>], tokens: [Token], lowers: [String],
        kept: [CountrySpan], keptAt: [Int], inPerson: [Bool]
    ) -> String? {
        let sent = sentences[m.sentence]
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
            let ok = (t.kind == .word && t.isCapitalized && !SentenceSplitter.starters.contains(t.text))
                || Self.chainConnectors.contains(lowers[k]) || Self.roleWords.contains(lowers[k])
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
            ["the", "a", "an", "former", "then"].contains(lowers[e + 1]) || keptAt[e + 1] >= 0
        {
            var found: String?
            var role = false
            var j = e + 1
            while j < min(sent.upperBound, e + 10), lowers[j] != ",", lowers[j] != ".",
                !["and", "but", "while", "who", "which", "when", "he", "she", "they"].contains(lowers[j])
            {
                if inPerson[j] { break }
                if keptAt[j] >= 0, found == nil, !kept[keptAt[j]].hit.weak { found = kept[keptAt[j]].hit.iso3 }
                if Self.roleWords.contains(lowers[j]) && !Self.chainConnectors.contains(lowers[j])
                    || lex.titleWords.contains(tokens[j].text)
                { role = true }
                j += 1
            }
            if let found, role { return found }
        }
        return nil
    }

    // MARK: - Assembly

    func joined(_ texts: [String], _ r: Range<Int>) -> String {
        var s = ""
        for i in r {
            if i > r.lowerBound, texts[i] != "'s" { s += " " }
            s += texts[i]
        }
        return s
    }

    func assemble(
        article: Article, sentences: [Range<Int>], tokens: [Token], full: String, lowers: [String],
        mentions: [Mention], votes: [String: [String: Int]], firstVote: [String: String], dominant: String?
    ) -> ArticleExtraction {
        let info = ArticleInfo(id: article.id, title: article.title, date: article.date)
        var entities: [String: Entity] = [:]
        var aliases: [String: Set<String>] = [:]
        var bySentence = [[String]](repeating: [], count: sentences.count)
        for m in mentions {
            bySentence[m.sentence].append(m.id)
            if m.implicit { continue }
            aliases[m.id, default: []].insert(m.surface)
            if entities[m.id] != nil {
                entities[m.id]!.mentions += 1
                continue
            }
            let colon = m.id.firstIndex(of: ":")!
            let kind = EntityKind(rawValue: String(m.id[..<colon]))!
            let key = String(m.id[m.id.index(after: colon)...])
            switch kind {
            case .country:
                entities[m.id] = Entity(kind: .country, name: lex.countryNames[key] ?? key, iso3: key)
            default:
                entities[m.id] = Entity(kind: kind, name: key)
            }
        }
        let countriesHere = Set(entities.values.compactMap(\.iso3))
        var inferred = Set<String>()
        for (id, var e) in entities {
            e.aliases = (aliases[id] ?? []).filter { $0 != e.name }.sorted()
            if e.kind == .person {
                if let v = votes[e.name] {
                    e.affiliation = v.max { ($0.value, firstVote[e.name] == $1.key ? 1 : 0, $1.key)
                        < ($1.value, firstVote[e.name] == $0.key ? 1 : 0, $0.key) }?.key
                } else if let a = lex.personAffiliation[e.name] {
                    e.affiliation = a
                } else if options.inferAffiliationFromArticle, let dominant {
                    e.affiliation = dominant
                    inferred.insert(id)
                }
            }
            entities[id] = e
        }
        // Co-mentions: entity ids get small integer codes so that pairs hash cheaply.
        let ids = entities.keys.sorted()
        var code: [String: Int] = [:]
        for (k, id) in ids.enumerated() { code[id] = k }
        let codes = bySentence.map { Set($0.map { code[$0]! }).sorted() }
        var relations: [Int: Relation] = [:]
        let utf8 = Array(full.utf8)
        func sentenceText(_ s: Int) -> String {
            let r = sentences[s]
            return String(decoding: utf8[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
        }
        func link(_ members: [Int], sentence: Int, tone toneOf: () -> Tone) {
            guard members.count > 1 else { return }
            var toneCounts = ToneCounts()
            switch toneOf() {
            case .cooperation: toneCounts.cooperation = 1
            case .conflict: toneCounts.conflict = 1
            case .neutral: toneCounts.neutral = 1
            }
            let ev = Evidence(article: article.id, sentence: sentence, text: sentenceText(sentence))
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    let key = members[x] * ids.count + members[y]
                    if relations[key] != nil {
                        relations[key]!.weight += 1
                        relations[key]!.sentences += 1
                        relations[key]!.tone.add(toneCounts)
                        if relations[key]!.evidence.count < Relation.maxEvidence { relations[key]!.evidence.append(ev) }
                    } else {
                        relations[key] = Relation(
                            ids[members[x]], ids[members[y]], weight: 1, articles: 1, sentences: 1,
                            tone: toneCounts, evidence: [ev])
                    }
                }
            }
        }
        switch options.window {
        case .sentence:
            for (s, members) in codes.enumerated() {
                link(members, sentence: s) { ToneLexicon.tone(lowers, sentences[s]) }
            }
        case .sentences(let n):
            for s in codes.indices {
                var members = Set(codes[s])
                for d in 1...max(1, n) where s + d < codes.count { members.formUnion(codes[s + d]) }
                link(members.sorted(), sentence: s) { ToneLexicon.tone(lowers, sentences[s]) }
            }
        case .article:
            let all = Set(codes.joined()).sorted()
            var counts = ToneCounts()
            for s in sentences.indices {
                switch ToneLexicon.tone(lowers, sentences[s]) {
                case .cooperation: counts.cooperation += 1
                case .conflict: counts.conflict += 1
                case .neutral: counts.neutral += 1
                }
            }
            link(all, sentence: 0) { counts.label }
        }
        if options.affiliationEdges {
            for e in entities.values where e.kind == .person {
                guard let a = e.affiliation, countriesHere.contains(a) else { continue }
                let cid = Entity.makeID(kind: .country, key: a)
                guard let pc = code[e.id], let cc = code[cid] else { continue }
                let key = min(pc, cc) * ids.count + max(pc, cc)
                if relations[key] == nil {
                    relations[key] = Relation(e.id, cid, weight: 1, articles: 1, sentences: 0,
                                              tone: ToneCounts(neutral: 1))
                }
            }
        }
        return ArticleExtraction(
            article: info,
            entities: entities.values.sorted { $0.id < $1.id },
            relations: relations.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) },
            inferredAffiliations: inferred)
    }
}
