/// The extractor's own word lists: the function words, particles, role and reporting words,
/// abbreviations, tone cues and boilerplate lines its rules test tokens and lines against.
///
/// Unlike a ``Lexicon`` (countries, people, issues...), which a user may replace, these lists
/// are part of the extraction rules, and always come from the package resource `words.json`:
/// one JSON object whose keys are the property names below, each a list of strings. Lists
/// read as sets ignore order and duplicates; the ordered ones say so.
///
/// ## Loading
/// ``bundled`` decodes the resource once per process, on first use, and keeps the result.
/// ``Extractor/init(options:userLexicon:)`` reports a missing or damaged `words.json` as
/// ``ExtractionError/malformedLexicon(name:reason:)``; the code that cannot throw reads
/// ``shared``, which then holds empty lists (fewer names found, never a trap).
///
/// - Complexity: decoding is O(*w*) for *w* words, once per process.
struct WordLists: Decodable, Sendable {
    // MARK: Names (vocabulary flags, see ``Vocabulary/Flags``)

    /// Capitalised words that never start or continue a name ("The", "However", "Mr").
    var functionWords: Set<String> = []
    /// Capitalised words that are never part of a person's name ("United", "Monday", "Reuters").
    var notNameWords: Set<String> = []
    /// Lower-case name particles ("bin", "van", "de", "al").
    var particles: Set<String> = []
    /// Lower-case verbs that report speech or actions of a named person ("said", "told").
    var reportingVerbs: Set<String> = []
    /// Lower-case words of a role or title chain ("foreign", "minister", "of").
    var roleWords: Set<String> = []
    /// Lower-case role nouns that can stand before a name without being a listed title.
    var roleNouns: Set<String> = []
    /// Lower-case words that join the parts of a title chain ("of", "the", "'s").
    var chainConnectors: Set<String> = []
    /// Language names that are also demonyms ("French").
    var languages: Set<String> = []
    /// Capitalised words of government bodies and offices ("Ministry", "Embassy").
    var govWords: Set<String> = []
    /// Lower-case third-person pronouns resolved to the last named person ("he", "her").
    var pronouns: Set<String> = []
    /// Lower-case first-person words that, inside a quotation, mean its speaker ("i", "my").
    var firstPerson: Set<String> = []

    // MARK: Person evidence

    /// Lower-cased words that end a title before a given name ("Minister of Economy").
    var titleConnectors: Set<String> = []
    /// Words that may start ", the/a [country] role" after a name.
    var roleArticles: Set<String> = []
    /// Words of a ", the/a [country] role" apposition that are no role.
    var articlesAndTo: Set<String> = []
    /// Role words that are no evidence before a name.
    var roleLinkWords: Set<String> = []
    /// Words that may follow the last item of a list of people ("… and Quillan Ferse were …").
    var listFollowers: Set<String> = []
    /// Words before a list item that make it the object of a preposition ("of", "from").
    var listBlockers: Set<String> = []
    /// Reporting verbs that may stand before the name they report ("…," said Ana Ruiz).
    var reportedBy: Set<String> = []
    /// Adverbs and auxiliaries that may stand between a name and its reporting verb ("Ruiz
    /// later claimed", "Ruiz has said").
    var reportingAdverbs: Set<String> = []
    /// Lower-case nouns that make the capitalised run before them a group's name ("the Raksa
    /// Vena party", "the Wagner group"), so no person.
    var groupNouns: Set<String> = []
    /// Lower-case particles found inside people's names but hardly in the names of places or
    /// organisations ("Arnel dela Vega", "Jan van Dijk", "Salman bin Hamad"): a capitalised
    /// word, such a particle and a capitalised word have a person's name shape.
    var personParticles: Set<String> = []
    /// Past participles that after "was"/"has been" mark their subject as a person ("Ana Ruiz
    /// was arrested").
    var personPassives: Set<String> = []
    /// Lower-case nouns of family ties ("husband", "daughter"): after a possessive they name the
    /// one word after them, a given name, as a person ("her husband Walter", "his daughter,
    /// Emily,").
    var kinshipNouns: Set<String> = []

    // MARK: Countries and affiliations

    /// Place names that are also US states or their demonyms ("Georgia", "Washington").
    var statesLike: Set<String> = []
    /// Lower-case nouns of a state's organs and agents ("government", "troops", "ambassador"):
    /// a weak demonym right before one names its country ("French troops", "German
    /// government"), not a language or a people.
    var stateNouns: Set<String> = []
    /// Words after a country that make it a currency ("U.S. dollars", "US$").
    var currencyWords: Set<String> = []
    /// Words before a demonym that make it a language ("in French").
    var languageVerbs: Set<String> = []
    /// Words after a demonym that make it a language ("French speakers").
    var languageNouns: Set<String> = []
    /// Words that may start an apposition after a name (", the Iranian president").
    var appositionStarts: Set<String> = []
    /// Words that end an apposition.
    var appositionStops: Set<String> = []

    // MARK: Lexicon additions

    /// Titles the extractor relies on even when a user lexicon replaces the bundled list
    /// (ordered).
    var extraTitles: [String] = []
    /// Words that make a capitalised run an organisation, place or event, beyond a lexicon's
    /// `orgWords`.
    var extraOrgWords: Set<String> = []

    // MARK: Tokens, sentences and tone

    /// Abbreviations that keep their period (compared case-sensitively, without the period).
    var abbreviations: Set<String> = []
    /// Capitalised words that usually start a sentence ("The", "He"): a dotted abbreviation
    /// before one ends the sentence.
    var sentenceStarters: Set<String> = []
    /// Words that negate a cue within the three tokens after them (``ToneLexicon``).
    var negations: Set<String> = []
    /// Cooperation cues, matched by prefix; `$` at the end asks for the whole word (ordered).
    var cooperationCues: [String] = []
    /// Conflict cues, as ``cooperationCues`` (ordered).
    var conflictCues: [String] = []
    /// Cooperation predicates as `family:cue`, the cue written as in ``cooperationCues``
    /// (``ToneFrame``; ordered).
    var cooperationFrames: [String] = []
    /// Conflict predicates, as ``cooperationFrames`` (ordered).
    var conflictFrames: [String] = []
    /// Verbs and phrases that introduce reported speech ("said", "according to"), as
    /// ``cooperationCues`` (ordered).
    var speechCues: [String] = []
    /// Predicates of failure ("collapsed", "broke down", "fell through"), as ``cooperationCues``
    /// (ordered): conflict frames when their subject is a word of ``cooperationNouns``
    /// ("talks between Peru and Chile collapsed"; ``ToneLexicon``), nothing otherwise ("the
    /// bridge collapsed").
    var failurePredicates: [String] = []
    /// Lower-case nouns of cooperation between actors whose failure is a breach ("talks",
    /// "ceasefire", "alliance"; ``failurePredicates``).
    var cooperationNouns: Set<String> = []
    /// Lower-case nouns of conflict between actors ("war", "tensions", "dispute"): with
    /// ``cooperationNouns``, the nouns whose sides "between X and Y" names (``ClauseTone``).
    var conflictNouns: Set<String> = []
    /// Lower-case words that start a new clause after a comma (", while", ", but").
    var clauseBreaks: Set<String> = []
    /// Set phrases whose words are no tone cues ("heart attack"), as ``cooperationCues``
    /// (ordered).
    var neutralPhrases: [String] = []

    // MARK: Cleaning

    /// Weekday names, Monday first (ordered).
    var weekdays: [String] = []
    /// Month names, January first (ordered).
    var months: [String] = []
    /// Lower-cased lines that are boilerplate as a whole ("read more").
    var boilerplateExact: Set<String> = []
    /// Lower-cased starts of boilerplate lines ("photo credit") (ordered).
    var boilerplatePrefixes: [String] = []
    /// Lower-cased ends of boilerplate lines ("/ reuters") (ordered).
    var boilerplateSuffixes: [String] = []

    /// Empty lists.
    init() {}

    /// The lists of the package resource `words.json`, decoded once; or the error that says why
    /// they could not be read.
    static let bundled: Result<WordLists, ExtractionError> = Result { () throws(ExtractionError) in
        try Lexicon.resource("words", as: WordLists.self)
    }

    /// ``bundled``, or empty lists if `words.json` is missing or damaged (see the type's
    /// discussion).
    static let shared: WordLists = {
        switch bundled {
        case .success(let words): return words
        case .failure: return WordLists()
        }
    }()
}
