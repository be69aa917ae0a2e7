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
        "alleged", "suggested", "reported", "responded", "recalled", "estimated", "predicted",
        "commented", "remarked", "observed", "emphasised", "emphasized", "believes", "believed",
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
        "goalkeeper", "striker", "defender", "midfielder", "winger", "footballer", "cricketer",
        "golfer", "athlete", "athletes", "referee", "photographer", "photographers", "designer",
        "filmmaker", "novelist", "poet", "publisher", "publishers", "songwriter", "singer-songwriter",
        "comedian", "rapper", "presenter", "broadcaster", "editor", "columnist", "blogger",
        "businessman", "businesswoman", "entrepreneur", "billionaire", "tycoon", "physician",
        "surgeon", "historian", "biologist", "physicist", "chemist", "astronaut", "authors",
        "actors", "singers", "players", "artists", "musicians", "writers", "scientists",
        "researchers", "journalists", "lawmakers", "senators",
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
        // Every token with its text, lower-cased text and vocabulary ids (see ``TokenizedText``).
        let vocab = lex.vocab
        let tokenized = Tokenizer.tokenize(full, vocab: vocab)
        let tokens = tokenized.tokens
        let texts = tokenized.texts
        let lowers = tokenized.lowers
        let ids = tokenized.ids
        let lowerIds = tokenized.lowerIds
        let hasHyphen = tokenized.hasHyphen
        // Where each matcher may find a phrase: its first-token flag, and (but for issues,
        // which are matched on lower-cased tokens) a capitalised or known lower-case start.
        var titleAt: [Int32] = [], placeAt: [Int32] = [], orgAt: [Int32] = [], namedAt: [Int32] = []
        var countryStart: [Int32] = [], issueAt: [Int32] = [], personStart: [Int32] = []
        let anyStart: Vocabulary.Flags = [
            .startsTitle, .startsPlace, .startsOrganization, .startsNamedOrganization, .startsCountry, .startsPerson,
        ]
        for i in ids.indices {
            let p = Int32(i)
            // Case-sensitive phrases start at a capitalised token or a known lower-case start.
            if tokens[i].isCapitalized || vocab.has(ids[i], .lowercaseStart) {
                let f = vocab.flags(ids[i])
                if !f.isDisjoint(with: anyStart) {
                    if f.contains(.startsTitle) { titleAt.append(p) }
                    if f.contains(.startsPlace) { placeAt.append(p) }
                    if f.contains(.startsOrganization) { orgAt.append(p) }
                    if f.contains(.startsNamedOrganization) { namedAt.append(p) }
                    if f.contains(.startsCountry) { countryStart.append(p) }
                    if f.contains(.startsPerson) { personStart.append(p) }
                }
            }
            if vocab.has(lowerIds[i], .startsIssue) { issueAt.append(p) }
        }
        let sentences = SentenceSplitter.split(tokens)

        // 1. Lexicon spans.
        var isTitle = [Bool](repeating: false, count: tokens.count)
        var isPlaceOrOrg = [Bool](repeating: false, count: tokens.count)
        var countrySpans: [CountrySpan] = []
        var issueMentions: [Mention] = []
        var orgMentions: [Mention] = []
        var lexPeople: [(range: Range<Int>, hit: CompiledLexicon.PersonHit)] = []
        // Each matcher runs once over the article, within sentences.
        for m in lex.titleIDs.matches(ids, sentences: sentences, candidates: titleAt) {
            for i in m.range { isTitle[i] = true }
        }
        for m in lex.placeIDs.matches(ids, sentences: sentences, candidates: placeAt) {
            for i in m.range { isPlaceOrOrg[i] = true }
        }
        for m in lex.organizationIDs.matches(ids, sentences: sentences, candidates: orgAt) {
            for i in m.range { isPlaceOrOrg[i] = true }
        }
        for m in lex.namedOrganizationIDs.matches(ids, sentences: sentences, candidates: namedAt) {
            for i in m.range { isPlaceOrOrg[i] = true }
            orgMentions.append(Mention(
                id: Entity.makeID(kind: .organization, key: m.payload), sentence: m.sentence, range: m.range,
                surface: joined(texts, m.range)))
        }
        // Countries: per sentence, the phrase matches, then country names inside hyphenated
        // words ("Iran-Iraq").
        let countryMatches = lex.countryIDs.matches(ids, sentences: sentences, candidates: countryStart)
        var nextCountry = 0
        for (s, r) in sentences.enumerated() {
            while nextCountry < countryMatches.count, countryMatches[nextCountry].sentence == s {
                let m = countryMatches[nextCountry]
                countrySpans.append(CountrySpan(range: m.range, hit: m.payload, sentence: s))
                nextCountry += 1
            }
            for i in r where hasHyphen[i] && tokens[i].kind == .word {
                for part in texts[i].split(separator: "-") where !part.isEmpty {
                    let p = [String(part)]
                    if let m = lex.countries.match(p, at: 0, limit: 1) {
                        countrySpans.append(CountrySpan(range: i..<(i + 1), hit: m.payload, sentence: s))
                    }
                }
            }
        }
        for m in lex.issueIDs.matches(lowerIds, sentences: sentences, candidates: issueAt) {
            issueMentions.append(Mention(
                id: Entity.makeID(kind: .issue, key: m.payload), sentence: m.sentence, range: m.range,
                surface: joined(texts, m.range)))
        }
        lexPeople = lex.peopleIDs.matches(ids, sentences: sentences, candidates: personStart).map {
            ($0.range, $0.payload)
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
                guard isRunWord(tokens, texts, hasHyphen, i) else { i += 1; continue }
                var j = i + 1
                while j < r.upperBound {
                    if isRunWord(tokens, texts, hasHyphen, j) { j += 1; continue }
                    // One or more particles ("bin", "van der") followed by a capitalised word.
                    var k = j
                    while k < r.upperBound, vocab.has(lowerIds[k], .particle), !vocab.has(ids[k], .functionWord) {
                        k += 1
                    }
                    if k > j, k < r.upperBound, isRunWord(tokens, texts, hasHyphen, k) { j = k; continue }
                    break
                }
                personCandidates(
                    run: i..<j, sentence: s, sentenceStart: r.lowerBound, tokens: tokens, texts: texts,
                    ids: ids, lowerIds: lowerIds, isTitle: isTitle,
                    isPlaceOrOrg: isPlaceOrOrg, countryAt: countryAt, countrySpans: countrySpans,
                    lexPersonAt: lexPersonAt, lexPeople: lexPeople, into: &candidates)
                i = j
            }
        }

        // 3. Accept full names, then resolve short mentions.
        // A surname used alone counts as evidence for the full name only where that single
        // use is itself name-like (titled, or with a reporting verb or role around it), so that
        // "Meridian was refitted" does not make "Cargo Ship Meridian" a person.
        let singleTokens = Set(candidates.filter {
            $0.tokens.count == 1 && ($0.titled
                || hasNameEvidence($0, tokens: tokens, lowers: lowers, lowerIds: lowerIds, countryAt: countryAt))
        }.map { $0.tokens[0] })
        var fullNames: [(name: String, tokens: [String])] = []
        var canonicalOf: [String: String] = [:]
        var accepted = candidates.map { c in
            c.tokens.count >= 2 && (c.lexiconName != nil || c.anchored || c.titled
                || hasNameEvidence(c, tokens: tokens, lowers: lowers, lowerIds: lowerIds, countryAt: countryAt)
                || singleTokens.contains(c.tokens.last!))
        }
        acceptCoordinated(candidates, &accepted, lowers: lowers, lowerIds: lowerIds)
        for (k, c) in candidates.enumerated() where accepted[k] {
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
        personMentions += resolvePronouns(personMentions, sentences: sentences, lowerIds: lowerIds)

        // 4. Filter country mentions.
        var inPerson = [Bool](repeating: false, count: tokens.count)
        for m in personMentions where !m.implicit { for i in m.range { inPerson[i] = true } }
        var kept: [CountrySpan] = countrySpans.filter { span in
            keepCountry(span, tokens: tokens, texts: texts, lowers: lowers, ids: ids, inPerson: inPerson,
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
                                     ids: ids, lowerIds: lowerIds,
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
}
