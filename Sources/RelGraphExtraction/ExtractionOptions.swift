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

    /// The co-mention window; default ``Window/sentence``.
    public var window: Window = .sentence
    /// Add a person–country edge (weight 1 per article) for a person's affiliation when the
    /// article mentions that country but never in the same sentence; default `true`.
    public var affiliationEdges: Bool = true
    /// Link each person and country named in an article's headline to every entity of its body
    /// that it shares no sentence with (weight 1 per article; see
    /// `ArticleAnalyzer.addHeadlineLinks`); default `true`. Not used with ``Window/article``.
    public var headlineLinks: Bool = true
    /// Fall back to the article's dominant country (over half of its country mentions) for a
    /// person whose country neither the text nor the office-holder table gives; default `true`.
    public var inferAffiliationFromArticle: Bool = true
    /// How many worker threads extraction may use; `nil` means every core. The output is the
    /// same whatever the number.
    public var threads: Int? = nil

    /// Creates options with the defaults listed above.
    public init() {}
}
