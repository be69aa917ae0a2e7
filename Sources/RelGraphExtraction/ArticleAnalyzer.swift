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
        /// A two-word name without a known first word that opens its sentence ("Instead Ruiz
        /// said"): the first word may be a sentence opener (see ``ArticleAnalyzer/fullNames(_:text:spans:)``).
        var opensSentence = false
    }

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
    /// 5. **Countries**: the guards keep or drop each country span (``filterCountries(_:text:sentences:people:titled:)``).
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
        let countries = filterCountries(
            spans, text: text, sentences: sentences, people: people, titled: article.title?.isEmpty == false)
        let votes = affiliationVotes(people, text: text, sentences: sentences, countries: countries)
        return assemble(
            article: article, full: full, text: text, sentences: sentences,
            mentions: people + countries.mentions + salientIssues(spans.issues, titled: article.title?.isEmpty == false)
                + spans.organizations, votes: votes,
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
