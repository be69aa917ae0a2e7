/// A node of an ``EntityGraph``: one canonical person, country, issue or organisation.
///
/// ## Identity
/// ``id`` is `"<kind>:<key>"`, where the key is the ISO 3166-1 alpha-3 code for a country and the
/// canonical name otherwise (`"country:USA"`, `"person:Antony Blinken"`, `"issue:human rights"`).
/// Two mentions with the same id are the same node, across articles as well as within one.
public struct Entity: Codable, Sendable, Hashable, Identifiable {
    /// The stable identifier, `"<kind>:<key>"`; see the type's discussion.
    public var id: String
    /// What the entity stands for.
    public var kind: EntityKind
    /// The canonical display name ("United States", "Antony Blinken").
    public var name: String
    /// Other surface forms seen in the text, sorted and without the canonical name.
    public var aliases: [String]
    /// ISO 3166-1 alpha-3 code; set for countries only.
    public var iso3: String?
    /// ISO 3166-1 alpha-3 code of the country a person is affiliated with, if known.
    public var affiliation: String?
    /// Where ``affiliation`` comes from: the text, the table of office holders, or a guess.
    public var affiliationSource: AffiliationSource?
    /// How many times the entity was mentioned, summed over articles.
    public var mentions: Int
    /// In how many distinct articles the entity was mentioned.
    public var articles: Int

    /// Creates an entity; ``id`` is derived from the kind and the ISO code or name.
    public init(
        kind: EntityKind, name: String, aliases: [String] = [], iso3: String? = nil,
        affiliation: String? = nil, affiliationSource: AffiliationSource? = nil, mentions: Int = 1,
        articles: Int = 1
    ) {
        self.id = Entity.makeID(kind: kind, key: iso3 ?? name)
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.iso3 = iso3
        self.affiliation = affiliation
        self.affiliationSource = affiliation == nil ? nil : affiliationSource
        self.mentions = mentions
        self.articles = articles
    }

    /// The identifier an entity of `kind` with `key` (ISO code or canonical name) gets.
    public static func makeID(kind: EntityKind, key: String) -> String {
        "\(kind.rawValue):\(key)"
    }
}
