import RelGraphCore

/// Extracts the entities and relations of one article; see ``Extractor`` for the rules.
///
/// ``analyze(_:)`` runs a fixed sequence of stages, each a method over the article's
/// ``TokenizedText`` (and what earlier stages found), in files named after their concern:
/// cleaning and tokens (here), lexicon spans (`+Spans`), person candidates and names
/// (`+People`, `+Names`), country guards and affiliations (`+Countries`), quotations
/// (`+Quotes`), and assembly with relations (`+Assembly`).
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

    /// A country phrase the lexicon matched: its tokens, what it names, and its sentence.
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

    /// The entities and relations of `article`.
    ///
    /// The stages, in order:
    /// 1. **Clean** the body (``TextCleaner``) and put the title before it as its own paragraph.
    /// 2. **Tokenize** (``Tokenizer``, with vocabulary ids) and split into sentences.
    /// 3. **Lexicon spans**: titles, places, organisations, countries, issues and office-holders
    ///    (``lexiconSpans(_:sentences:)``).
    /// 4. **People**: capitalised runs become candidates (``personCandidates(_:sentences:spans:)``),
    ///    full names are accepted and short mentions resolved
    ///    (``personMentions(_:text:spans:)``), then pronouns (``resolvePronouns(_:sentences:lowerIds:)``).
    /// 5. **Countries**: the guards keep or drop each country span (``filterCountries(_:text:sentences:people:)``).
    /// 6. **Affiliations** of people and the article's dominant country
    ///    (``affiliationVotes(_:text:sentences:countries:)``, ``dominantCountry(_:)``).
    /// 7. **Assembly and relations**: quotations, entities, co-mention relations
    ///    (``assemble(article:full:text:sentences:mentions:votes:dominant:)``).
    ///
    /// - Complexity: O(*L* + *t*·*s*) for a text of *L* bytes and *t* tokens in sentences of
    ///   at most *s* tokens (the country guards and affiliations scan a sentence per span), plus
    ///   the linker's pairs.
    func analyze(_ article: Article) -> ArticleExtraction {
        let full = Self.cleanedText(article)
        let text = Tokenizer.tokenize(full, vocab: lex.vocab)
        let sentences = SentenceSplitter.split(text.tokens)
        let spans = lexiconSpans(text, sentences: sentences)
        let candidates = personCandidates(text, sentences: sentences, spans: spans)
        var people = personMentions(candidates, text: text, spans: spans)
        people += resolvePronouns(people, sentences: sentences, lowerIds: text.lowerIds)
        let countries = filterCountries(spans, text: text, sentences: sentences, people: people)
        let votes = affiliationVotes(people, text: text, sentences: sentences, countries: countries)
        return assemble(
            article: article, full: full, text: text, sentences: sentences,
            mentions: people + countries.mentions + spans.issues + spans.organizations, votes: votes,
            dominant: dominantCountry(countries.kept))
    }

    /// Stage 1: the article's cleaned body (``TextCleaner/clean(_:)``), after the title and a
    /// blank line when there is a title, so that the title is sentence 0.
    ///
    /// - Complexity: O(*L*) for *L* bytes of text.
    static func cleanedText(_ article: Article) -> String {
        let body = TextCleaner.clean(article.text)
        return (article.title.map { $0 + "\n\n" } ?? "") + body
    }
}
