/// What links two entities in a ``Relation``.
///
/// Centrality and communities use ``coMention`` ties by default: they are what the text says
/// about two actors together. The other kinds are kept, with their own evidence, for the
/// analyses and pictures that ask for them.
public enum RelationKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Both entities are named in one sentence (or window), or one is named and the other is
    /// the resolved referent of a pronoun or the speaker of a quotation there (the evidence then
    /// records the resolved mention). Evidence: the sentence.
    case coMention = "co-mention"
    /// A person and a country they are affiliated with (see ``Entity/affiliationSource``),
    /// one per article that names both. Evidence: none of its own; the affiliation's source says
    /// where it came from.
    case affiliation
    /// A person or country of an article's headline and one of its body that share no sentence
    /// (what the article is about, and who appears in it). Evidence: the headline.
    case headline

    /// The kinds centrality and communities use unless asked otherwise: co-mention.
    public static let rankingDefault: Set<RelationKind> = [.coMention]

    /// Declaration order: co-mention, affiliation, headline.
    public static func < (a: RelationKind, b: RelationKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where a person's affiliation (``Entity/affiliation``) comes from, from most to least
/// trustworthy.
public enum AffiliationSource: String, Codable, Sendable, CaseIterable, Comparable {
    /// The text states it: "Chinese Foreign Minister Wang Yi", "Iran's President …", "…, the
    /// Kenyan minister".
    case text
    /// RelGraph's table of office holders (or a user lexicon) gives it.
    case table
    /// Guessed from the country the article is mostly about; shown with a question mark.
    case guess

    /// Declaration order: text, table, guess.
    public static func < (a: AffiliationSource, b: AffiliationSource) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
