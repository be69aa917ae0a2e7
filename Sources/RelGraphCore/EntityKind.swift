/// What an entity in a relationship graph stands for.
///
/// The raw values are the spellings used in every file format RelGraph writes
/// (`*.relgraph.json`, JSON Lines, DOT attributes), so they are part of the stable interface.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A named human being, such as "Antony Blinken".
    case person
    /// A sovereign state or territory, identified by its ISO 3166-1 alpha-3 code.
    case country
    /// A topic of contention or cooperation, such as "human rights" or "climate change".
    case issue
    /// A named organisation, such as "NATO" or "the World Health Organization".
    case organization
    /// A node read from a plain edge list, whose kind is not known.
    case other

    /// Orders kinds by their declaration order (person first), which is the order of tables.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
