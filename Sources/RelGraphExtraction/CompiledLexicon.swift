import RelGraphCore

/// A ``Lexicon`` turned into matchers and sets for fast lookup during extraction.
///
/// A class, immutable after `init`, so that copying the analyzer that holds it costs one
/// reference count instead of one per table.
final class CompiledLexicon: Sendable {
    /// How a surface form names a country.
    enum FormKind: UInt8, Sendable { case name, demonym, capital }

    struct CountryHit: Sendable {
        var iso3: String
        var form: FormKind
        var weak: Bool
        /// Weak only at a sentence's first word or in a headline (``Lexicon/Country/weakAtStart``).
        var weakAtStart = false
    }

    struct PersonHit: Sendable {
        var name: String
        var affiliation: String?
    }

    let countryNames: [String: String]
    let territories: Set<String>
    let countries: PhraseMatcher<CountryHit>
    /// Issue phrases (lower-cased) → the issue's entity id (`"issue:COVID-19"`); `nil` for an
    /// excluded phrase, which names no issue (``Lexicon/Issue/exclude``).
    let issues: PhraseMatcher<String?>
    /// Entity id of an issue → the mentions an article needs for it (only values above 1;
    /// ``Lexicon/Issue/minMentions``).
    let issueMinMentions: [String: Int]
    /// Entity id of an issue → entity id of its broader issue (``Lexicon/Issue/broader``).
    let issueBroader: [String: String]
    let people: PhraseMatcher<PersonHit>
    let titles: PhraseMatcher<Bool>
    let places: PhraseMatcher<Bool>
    let organizations: PhraseMatcher<Bool>
    /// Organisations that become nodes: surface form → canonical name.
    let namedOrganizations: PhraseMatcher<String>
    /// Canonical person name → affiliation, for lexicon people.
    let personAffiliation: [String: String]
    /// Dated terms of office (``Lexicon/offices``); malformed terms were rejected when the
    /// lexicon was read, so a table that fails here is empty.
    let offices: OfficeHolderTable
    /// Single-token alias → canonical name (only aliases that name one person).
    let personAlias: [String: String]
    /// Full alias forms (token-joined) → canonical name.
    let given: Set<String>
    let eastAsianSurnames: Set<String>
    let orgWords: Set<String>
    let titleWords: Set<String>
    let stopNames: Set<String>
    /// First tokens of case-sensitive phrases that are not capitalised ("al-Qaeda", "spokesman").
    let lowercaseStarts: Set<String>
    let lowercaseStartFilter: TokenFilter

    /// The extractor's word lists (``WordLists/shared``).
    let words: WordLists
    /// Ids of every phrase token and listed word, with their word classes (see ``Vocabulary``).
    let vocab: Vocabulary
    /// The matchers above keyed by ``vocab`` ids; `issueIDs` takes lower-cased token ids.
    let countryIDs: IDPhraseMatcher<CountryHit>
    let issueIDs: IDPhraseMatcher<String?>
    let peopleIDs: IDPhraseMatcher<PersonHit>
    let titleIDs: IDPhraseMatcher<Bool>
    let placeIDs: IDPhraseMatcher<Bool>
    let organizationIDs: IDPhraseMatcher<Bool>
    let namedOrganizationIDs: IDPhraseMatcher<String>

    /// Compiles `lex`. The country and issue matchers are built on another thread while this one
    /// builds the others (building is most of a start-up); ids are then given in one fixed order.
    init(_ lex: Lexicon) {
        let words = WordLists.shared
        self.words = words
        let countriesAndIssues = BackgroundWork { (Self.countryMatcher(lex), Self.issueMatcher(lex)) }
        var personAffiliation: [String: String] = [:]
        var personAlias: [String: String] = [:]
        var ppl = PhraseMatcher<PersonHit>(caseInsensitive: false)
        var aliasCount: [String: Set<String>] = [:]
        for p in lex.people ?? [] {
            let hit = PersonHit(name: p.name, affiliation: p.affiliation)
            ppl.add(p.name, hit)
            if let a = p.affiliation { personAffiliation[p.name] = a }
            for a in p.aliases ?? [] {
                if a.contains(" ") || a.contains("-") && a.count > 12 {
                    ppl.add(a, hit)
                } else {
                    aliasCount[a, default: []].insert(p.name)
                }
            }
        }
        for (a, names) in aliasCount where names.count == 1 { personAlias[a] = names.first }
        people = ppl
        var t = PhraseMatcher<Bool>(caseInsensitive: false)
        var tw = Set<String>()
        for title in (lex.titles ?? []) + words.extraTitles {
            t.add(title, true)
            for w in Tokenizer.tokenize(title) where w.kind == .word && w.isCapitalized { tw.insert(w.text) }
        }
        titles = t
        titleWords = tw
        var pl = PhraseMatcher<Bool>(caseInsensitive: false)
        for p in lex.places ?? [] { pl.add(p, true) }
        places = pl
        var org = PhraseMatcher<Bool>(caseInsensitive: false)
        for o in (lex.organizations ?? []) + (lex.stopNames ?? []) { org.add(o, true) }
        organizations = org
        var named = PhraseMatcher<String>(caseInsensitive: false)
        for o in lex.namedOrganizations ?? [] {
            named.add(o.name, o.name)
            for a in o.aliases ?? [] { named.add(a, o.name) }
        }
        namedOrganizations = named
        stopNames = Set(lex.stopNames ?? [])
        let ((c, countryNames, territories), (iss, issueMinMentions, issueBroader)) = countriesAndIssues.result()
        countries = c
        issues = iss
        self.issueMinMentions = issueMinMentions
        self.issueBroader = issueBroader
        let lowercaseStarts = c.lowercaseStarts.union(ppl.lowercaseStarts).union(t.lowercaseStarts)
            .union(pl.lowercaseStarts).union(org.lowercaseStarts)
            .union(named.lowercaseStarts)
        self.lowercaseStarts = lowercaseStarts
        var lowercaseStartFilter = TokenFilter()
        for w in lowercaseStarts { lowercaseStartFilter.insert(w) }
        self.lowercaseStartFilter = lowercaseStartFilter
        self.countryNames = countryNames
        self.territories = territories
        self.personAffiliation = personAffiliation
        offices = (try? OfficeHolderTable(lex.offices ?? [])) ?? OfficeHolderTable()
        self.personAlias = personAlias

        var v = Vocabulary()
        countryIDs = c.interned(into: &v)
        issueIDs = iss.interned(into: &v)
        peopleIDs = ppl.interned(into: &v)
        titleIDs = t.interned(into: &v)
        placeIDs = pl.interned(into: &v)
        organizationIDs = org.interned(into: &v)
        namedOrganizationIDs = named.interned(into: &v)
        let given = Set(lex.given ?? [])
        let eastAsianSurnames = Set(lex.eastAsianSurnames ?? [])
        let orgWords = Set(lex.orgWords ?? []).union(words.extraOrgWords)
        self.given = given
        self.eastAsianSurnames = eastAsianSurnames
        self.orgWords = orgWords
        v.mark(given, .given)
        v.mark(eastAsianSurnames, .eastAsianSurname)
        v.mark(orgWords, .orgWord)
        v.mark(tw, .titleWord)
        v.mark(lowercaseStarts, .lowercaseStart)
        // The word classes of ``WordLists``, one flag per list.
        let classes: [(Set<String>, Vocabulary.Flags)] = [
            (words.functionWords, .functionWord), (words.notNameWords, .notNameWord),
            (words.particles, .particle), (words.roleWords, .roleWord), (words.roleNouns, .roleNoun),
            (words.languages, .language), (words.govWords, .govWord),
            (words.reportingVerbs, .reportingVerb), (words.pronouns, .pronoun),
            (words.firstPerson, .firstPerson), (words.chainConnectors, .chainConnector),
            (words.sentenceStarters, .starter),
        ]
        for (list, flag) in classes { v.mark(list, flag) }
        let starts: [(IDPhraseMatcherStarts, Vocabulary.Flags)] = [
            (countryIDs.startsPhrase, .startsCountry), (issueIDs.startsPhrase, .startsIssue),
            (peopleIDs.startsPhrase, .startsPerson), (titleIDs.startsPhrase, .startsTitle),
            (placeIDs.startsPhrase, .startsPlace), (organizationIDs.startsPhrase, .startsOrganization),
            (namedOrganizationIDs.startsPhrase, .startsNamedOrganization),
        ]
        for id in 0..<Int32(v.count) {
            for (test, flag) in starts where test(id) { v.mark(id, flag) }
        }
        // Tone words, and the punctuation ``ClauseTone`` compares by id.
        v.mark(words.clauseBreaks, .clauseBreak)
        v.mark(ToneLexicon.negations, .negation)
        v.mark(ToneLexicon.subjectNegations, .subjectNegation)
        for p in ClauseTone.punctuation { v.intern(p) }
        // Last, once every string has its id.
        v.mark(.mayStartCue, where: ToneLexicon.mayStartCue)
        v.finish()
        vocab = v
    }

    typealias IDPhraseMatcherStarts = (Int32) -> Bool

    /// The country forms of `lex` (names, forms, former names, demonyms, capitals, and "the X"
    /// forms without "the"), with ISO code → name and the territories' codes.
    private static func countryMatcher(
        _ lex: Lexicon
    ) -> (PhraseMatcher<CountryHit>, names: [String: String], territories: Set<String>) {
        var countryNames: [String: String] = [:]
        var territories: Set<String> = []
        var c = PhraseMatcher<CountryHit>(caseInsensitive: false)
        for country in lex.countries ?? [] {
            countryNames[country.iso3] = country.name
            if country.territory == true { territories.insert(country.iso3) }
            let atStart = Set(country.weakAtStart ?? [])
            let weak = Set(country.weak ?? []).union(atStart)
            func hit(_ form: String, _ kind: FormKind) -> CountryHit {
                CountryHit(
                    iso3: country.iso3, form: kind, weak: weak.contains(form), weakAtStart: atStart.contains(form))
            }
            func add(_ forms: [String]?, _ kind: FormKind) {
                for f in forms ?? [] {
                    c.add(f, hit(f, kind))
                    // "the Philippines" style forms also match without the article.
                    if f.hasPrefix("the ") {
                        let bare = String(f.dropFirst(4))
                        c.add(bare, hit(bare, kind))
                    }
                }
            }
            add([country.name], .name)
            add(country.forms, .name)
            add(country.former, .name)
            add(country.demonyms, .demonym)
            add(country.capitals, .capital)
        }
        return (c, countryNames, territories)
    }

    /// The issue phrases of `lex` (lower-cased) → the issue's entity id, `nil` for excluded
    /// phrases, with the least mentions and the broader issue by entity id.
    private static func issueMatcher(
        _ lex: Lexicon
    ) -> (PhraseMatcher<String?>, minMentions: [String: Int], broader: [String: String]) {
        // Excluded phrases (payload nil) go in after every variant, so that an excluded phrase
        // wins over a variant with the same tokens.
        var iss = PhraseMatcher<String?>(caseInsensitive: true)
        for issue in lex.issues ?? [] {
            // The payload is the entity id, built once here rather than at every mention.
            let id = Entity.makeID(kind: .issue, key: issue.issue)
            iss.add(issue.issue, id)
            for v in issue.variants { iss.add(v, id) }
        }
        var issueMinMentions: [String: Int] = [:]
        var issueBroader: [String: String] = [:]
        for issue in lex.issues ?? [] {
            for x in issue.exclude ?? [] { iss.add(x, nil) }
            let id = Entity.makeID(kind: .issue, key: issue.issue)
            if let m = issue.minMentions, m > 1 { issueMinMentions[id] = m }
            if let b = issue.broader, b != issue.issue { issueBroader[id] = Entity.makeID(kind: .issue, key: b) }
        }
        return (iss, issueMinMentions, issueBroader)
    }
}
