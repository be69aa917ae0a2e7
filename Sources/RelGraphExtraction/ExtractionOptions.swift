/// How articles are turned into entities and relations.
public struct ExtractionOptions: Sendable {
    /// Which sentences count as a co-mention.
    public enum Window: Sendable, Equatable {
        /// Entities in the same sentence (the default).
        case sentence
        /// Entities within `n` adjacent sentences of each other (`n` ≥ 1; 1 = same or next sentence).
        case sentences(Int)
        /// Entities anywhere in the same article (weight 1 per article).
        case article
    }

    /// What a relation's weight counts.
    public enum Weight: String, Sendable, CaseIterable {
        /// The articles that link the pair (the default): one long article cannot outweigh
        /// several short ones.
        case articles
        /// The sentences (or windows) that co-mention the pair; one per article for headline and
        /// affiliation relations.
        case sentences
    }

    /// The co-mention window; default ``Window/sentence``.
    public var window: Window = .sentence
    /// What a relation's weight counts; default ``Weight/articles``.
    public var weight: Weight = .articles
    /// Add an affiliation relation (``RelGraphCore/RelationKind/affiliation``) from a person to
    /// the affiliated country when the article mentions that country; default `true`.
    public var affiliationEdges: Bool = true
    /// Link each person and country named in an article's headline to every person and country
    /// of its body that it shares no sentence with, as a ``RelGraphCore/RelationKind/headline``
    /// relation (see ``CoMentionLinker``); default `true`. Not used with ``Window/article``.
    public var headlineLinks: Bool = true
    /// Fall back to the article's dominant country (over half of its country mentions) for a
    /// person whose country neither the text nor the office-holder table gives; default `true`.
    public var inferAffiliationFromArticle: Bool = true
    /// How many worker threads extraction may use; `nil` means every core. The output is the
    /// same whatever the number.
    public var threads: Int? = nil
    /// The most bytes of text an article may have; a longer text is cut to this many bytes (at
    /// the last line break or space before the limit) and reported
    /// (``ExtractionError/articleTruncated(origin:id:bytes:limit:)``). Default
    /// ``ArticleReader/defaultMaxArticleBytes`` (8 MiB, about a hundred times a long news
    /// article), so that one runaway record cannot take a laptop's memory.
    public var maxArticleBytes: Int = ArticleReader.defaultMaxArticleBytes
    /// The most entities linked pairwise in one sentence (or window, or article with
    /// ``Window/article``); with more, only the first this many named there are linked, and the
    /// article's sentences so cut are reported
    /// (``ExtractionError/entitiesCapped(origin:id:sentences:limit:)``). Default 50 (1,225 pairs;
    /// news sentences name a handful), so that a list of thousands of names costs linear time,
    /// not a quadratic number of pairs. At least 2.
    public var maxEntitiesPerSentence: Int = 50

    /// Creates options with the defaults listed above.
    public init() {}
}
