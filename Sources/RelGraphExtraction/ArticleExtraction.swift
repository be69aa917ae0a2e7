import Foundation
import RelGraphCore

/// The entities and relations found in one article.
public struct ArticleExtraction: Sendable {
    /// The article's record.
    public var article: ArticleInfo
    /// Its entities, sorted by id; `mentions` counts mentions in this article, `articles` is 1.
    public var entities: [Entity]
    /// Its co-mention relations (ids as in ``entities``), sorted by endpoints.
    public var relations: [Relation]
    /// Ids of the people whose affiliation was inferred from the article's dominant country
    /// rather than read from the text or the office-holder table. Across articles, such a
    /// guess only fills in an affiliation that no article states.
    public var inferredAffiliations: Set<String> = []

    /// One line of `relgraph extract --format jsonl`:
    /// `{"id", "title", "date", "entities": [{"name", "kind", "iso3"?, "affiliation"?,
    /// "aliases", "mentions"}], "relations": [{"source", "target", "weight", "tone"}]}`, where
    /// relation endpoints are entity names as in `entities` (countries by their canonical name).
    /// Keys are sorted, so the same extraction always gives the same line.
    public func jsonLine() -> String {
        var names: [String: String] = [:]
        for e in entities { names[e.id] = e.name }
        let ents: [[String: Any]] = entities.map { e in
            var d: [String: Any] = [
                "name": e.name, "kind": e.kind.rawValue, "aliases": e.aliases, "mentions": e.mentions,
            ]
            if let iso = e.iso3 { d["iso3"] = iso }
            if let a = e.affiliation { d["affiliation"] = a }
            return d
        }
        let rels: [[String: Any]] = relations.map { r in
            ["source": names[r.source] ?? r.source, "target": names[r.target] ?? r.target,
             // JSON has no NaN or infinity: such a weight (never made by ``Extractor``) is null.
             "weight": r.weight.isFinite ? r.weight : NSNull() as Any, "tone": r.tone.label.rawValue]
        }
        var obj: [String: Any] = ["id": article.id, "entities": ents, "relations": rels]
        if let t = article.title { obj["title"] = t }
        if let d = article.date { obj["date"] = d }
        // Strings, integers, finite numbers, null and arrays of them always serialise.
        guard let data = try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])
        else {
            assertionFailure("extraction of '\(article.id)' is not serialisable")
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
