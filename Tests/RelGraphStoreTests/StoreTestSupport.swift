import Foundation
import RelGraphCore

@testable import RelGraphStore

/// A fresh temporary folder for one test; ``remove()`` deletes it (call it in a `defer`).
struct TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// `<folder>/<name>`.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Small articles with every kind of field the store keeps.
enum Samples {
    static let peru = Entity(kind: .country, name: "Peru", aliases: ["Lima", "Andean nation"], iso3: "PER", mentions: 3)
    static let ruiz = Entity(
        kind: .person, name: "Ana Ruiz", aliases: ["Ruiz", "Minister Ruiz"], affiliation: "PER",
        affiliationSource: .text, mentions: 2)
    static let guessed = Entity(
        kind: .person, name: "Bo Li", affiliation: "CHN", affiliationSource: .guess, mentions: 1)
    static let fees = Entity(kind: .issue, name: "port fees", aliases: ["fees"], mentions: 4, articles: 1)
    static let nato = Entity(kind: .organization, name: "NATO \"alliance\"", aliases: ["OTAN\n\\"], mentions: 1)

    static func article(
        _ id: String, title: String? = nil, date: String? = nil, source: String? = nil, text: String = "Body text."
    ) -> StoredArticle {
        StoredArticle(
            info: ArticleInfo(id: id, title: title ?? "Title of \(id)", date: date), source: source,
            url: "https://example.org/\(id)", text: text, entities: [peru, ruiz],
            relations: [
                Relation(
                    "country:PER", "person:Ana Ruiz", weight: 1, sentences: 2, tone: .init(cooperation: 1, neutral: 1),
                    evidence: [Evidence(article: id, sentence: 1, text: "Ruiz spoke for Peru.")])
            ])
    }

    /// A rich article: five entities (aliases, iso3, affiliations from text and guess, quotes,
    /// backslashes, newlines and non-ASCII), three relation kinds, evidence with and without
    /// `resolved`, evidence citing a sentence cited before, tone counts, a fractional weight.
    static let rich = StoredArticle(
        info: ArticleInfo(id: "rich-1", title: "Peru and NATO — «talks»", date: "2021-03-14"),
        source: "Reuters", url: "https://example.org/rich", bytes: 1234,
        text: "Ana Ruiz met NATO. She said: \"fees\" — 港口.",
        entities: [peru, ruiz, guessed, fees, nato],
        relations: [
            Relation(
                "country:PER", "person:Ana Ruiz", kind: .coMention, weight: 2.5, articles: 1, sentences: 3,
                tone: ToneCounts(cooperation: 2, conflict: 1, neutral: 0),
                evidence: [
                    Evidence(article: "rich-1", sentence: 1, text: "Ana Ruiz met \"NATO\" in Lima.\tOK"),
                    Evidence(
                        article: "rich-1", sentence: 2, text: "She said 港口 \u{1F600}\u{2028}.",
                        resolved: ["person:Ana Ruiz"]),
                    Evidence(article: "rich-1", sentence: 3, text: "", resolved: []),
                ]),
            Relation("country:PER", "person:Ana Ruiz", kind: .affiliation, weight: 1, articles: 1),
            Relation(
                "issue:port fees", "organization:NATO \"alliance\"", kind: .headline, weight: 1, sentences: 0,
                tone: ToneCounts(neutral: 1), evidence: [Evidence(article: "rich-1", sentence: 0, text: "Peru and NATO")]),
            // Sentences cited before (stored once), one with another text, one of another article.
            Relation(
                "person:Bo Li", "country:PER", weight: 3, articles: 2, sentences: 3,
                evidence: [
                    Evidence(article: "rich-1", sentence: 0, text: "Peru and NATO"),
                    Evidence(article: "rich-1", sentence: 1, text: "Another text for sentence 1"),
                    Evidence(article: "other-9", sentence: 1, text: "Ana Ruiz met \"NATO\" in Lima.\tOK"),
                ]),
        ])

    /// `article` as it reads back: without its text.
    static func readBack(_ article: StoredArticle) -> StoredArticle {
        var a = article
        a.text = nil
        return a
    }
}

extension CorpusStore {
    /// The number of rows of `table` (tests only).
    func rowCount(_ table: String) throws -> Int {
        Int(try db.integer("SELECT count(*) FROM \(table)"))
    }

    /// The ids in store order.
    func ids(_ slice: StoreSlice = .all) throws -> [String] {
        try articles(in: slice).map(\.info.id)
    }
}
