import RelGraphCore

/// A small hand-built graph: 3 people, 3 countries and 2 issues, with tones and evidence.
///
/// ```
///   Blinken(USA) ── Wang Yi(CHN)        climate change
///        │              │                    │ coop
///       USA ─conflict─ CHN ──────────────────┘
///      │   \           │  \ conflict
///   neutral  conflict  coop human rights
///      │       \       │
///  human rights  RUS ──┘
///                 │
///           Lavrov(RUS)
/// ```
enum SampleGraph {
    static let entities: [Entity] = [
        Entity(
            kind: .country, name: "United States", aliases: ["US", "USA"], iso3: "USA",
            mentions: 14, articles: 3),
        Entity(kind: .country, name: "China", iso3: "CHN", mentions: 11, articles: 3),
        Entity(kind: .country, name: "Russia", iso3: "RUS", mentions: 6, articles: 2),
        Entity(kind: .person, name: "Antony Blinken", affiliation: "USA", mentions: 5, articles: 2),
        Entity(kind: .person, name: "Wang Yi", affiliation: "CHN", mentions: 4, articles: 2),
        Entity(kind: .person, name: "Sergei Lavrov", affiliation: "RUS", mentions: 2, articles: 1),
        Entity(kind: .issue, name: "human rights", mentions: 5, articles: 2),
        Entity(kind: .issue, name: "climate change", mentions: 3, articles: 1),
    ]

    static let relations: [Relation] = [
        Relation(
            "country:USA", "country:CHN", weight: 6, articles: 2, sentences: 5,
            tone: ToneCounts(cooperation: 1, conflict: 3, neutral: 1),
            evidence: [
                Evidence(
                    article: "reuters-0193", sentence: 4,
                    text:
                        "The United States condemned China over \"human rights\" abuses in Xinjiang."
                )
            ]),
        Relation(
            "person:Antony Blinken", "person:Wang Yi", weight: 3, articles: 1, sentences: 3,
            tone: ToneCounts(cooperation: 2, neutral: 1),
            evidence: [
                Evidence(
                    article: "ap-0007", sentence: 1,
                    text: "Blinken met Wang Yi in Beijing to discuss climate change.")
            ]),
        Relation("person:Antony Blinken", "country:USA", weight: 2, articles: 2, sentences: 0),
        Relation("person:Wang Yi", "country:CHN", weight: 2, articles: 2, sentences: 0),
        Relation("person:Sergei Lavrov", "country:RUS", weight: 1, articles: 1, sentences: 0),
        Relation(
            "country:RUS", "country:USA", weight: 4, articles: 2, sentences: 4,
            tone: ToneCounts(conflict: 2, neutral: 2),
            evidence: [
                Evidence(
                    article: "bbc-0042", sentence: 2,
                    text:
                        "Washington accused Moscow of C:\\new\\path-style \\N tricks; a long sentence that goes on "
                        + "and on about sanctions, talks, counter-sanctions and more talks until it is far longer "
                        + "than any tooltip should ever show to a reader who only hovers over an edge."
                )
            ]),
        Relation(
            "country:CHN", "country:RUS", weight: 3, articles: 1, sentences: 3,
            tone: ToneCounts(cooperation: 2, neutral: 1)),
        Relation(
            "issue:climate change", "country:CHN", weight: 2, articles: 1, sentences: 2,
            tone: ToneCounts(cooperation: 1, neutral: 1)),
        Relation(
            "issue:human rights", "country:CHN", weight: 5, articles: 2, sentences: 5,
            tone: ToneCounts(conflict: 4, neutral: 1)),
        Relation(
            "issue:human rights", "country:USA", weight: 3.5, articles: 2, sentences: 3,
            tone: ToneCounts(cooperation: 1, conflict: 1, neutral: 1)),
    ]

    static let articles: [ArticleInfo] = [
        ArticleInfo(id: "ap-0007"), ArticleInfo(id: "bbc-0042"), ArticleInfo(id: "reuters-0193"),
    ]

    static var graph: EntityGraph {
        try! EntityGraph(entities: entities, relations: relations, articles: articles)
    }

    /// Importance by entity id (a PageRank-like score).
    static let importanceByID: [String: Double] = [
        "country:USA": 0.24, "country:CHN": 0.26, "country:RUS": 0.14,
        "person:Antony Blinken": 0.09, "person:Wang Yi": 0.09, "person:Sergei Lavrov": 0.04,
        "issue:human rights": 0.10, "issue:climate change": 0.04,
    ]

    /// Community by entity id.
    static let communityByID: [String: Int] = [
        "country:USA": 0, "person:Antony Blinken": 0, "issue:human rights": 0,
        "country:CHN": 1, "person:Wang Yi": 1, "issue:climate change": 1,
        "country:RUS": 2, "person:Sergei Lavrov": 2,
    ]

    /// `importanceByID` in the node order of `graph`.
    static func importance(for graph: EntityGraph) -> [Double] {
        graph.entities.map { importanceByID[$0.id]! }
    }

    /// `communityByID` in the node order of `graph`.
    static func community(for graph: EntityGraph) -> [Int] {
        graph.entities.map { communityByID[$0.id]! }
    }
}
