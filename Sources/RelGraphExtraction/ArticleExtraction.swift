import Foundation
import RelGraphCore

/// The entities and relations found in one article.
public struct ArticleExtraction: Sendable {
    /// The article's record.
    public var article: ArticleInfo
    /// Its entities, sorted by id; `mentions` counts mentions in this article, `articles` is 1.
    public var entities: [Entity]
    /// Its relations of every kind (ids as in ``entities``), sorted by endpoints, then kind.
    public var relations: [Relation]

    /// One line of `relgraph extract --format jsonl`:
    /// `{"id", "title", "date", "entities": [{"name", "kind", "iso3"?, "affiliation"?,
    /// "affiliationSource"?, "aliases", "mentions"}], "relations": [{"source", "target",
    /// "weight", "tone", "kind", "kinds"}]}`, where relation endpoints are entity names as in
    /// `entities` (countries by their canonical name). A pair appears once: `kind`, `weight` and
    /// `tone` are those of its co-mention if it has one, else of its headline link, else of its
    /// affiliation; `kinds` lists all of its kinds. Keys are sorted, so the same extraction
    /// always gives the same line.
    public func jsonLine() -> String {
        var names: [String: String] = [:]
        for e in entities { names[e.id] = e.name }
        let ents: [[String: Any]] = entities.map { e in
            var d: [String: Any] = [
                "name": e.name, "kind": e.kind.rawValue, "aliases": e.aliases, "mentions": e.mentions,
            ]
            if let iso = e.iso3 { d["iso3"] = iso }
            if let a = e.affiliation { d["affiliation"] = a }
            if let s = e.affiliationSource { d["affiliationSource"] = s.rawValue }
            return d
        }
        let priority: [RelationKind] = [.coMention, .headline, .affiliation]
        let pairs = Dictionary(grouping: relations) { [$0.source, $0.target] }
        let rels: [[String: Any]] = pairs.keys.sorted { $0.lexicographicallyPrecedes($1) }.compactMap { pair in
            guard let group = pairs[pair],
                let r = priority.lazy.compactMap({ k in group.first { $0.kind == k } }).first
            else { return nil }
            return [
                "source": names[r.source] ?? r.source, "target": names[r.target] ?? r.target,
                // JSON has no NaN or infinity: such a weight (never made by ``Extractor``) is null.
                "weight": r.weight.isFinite ? r.weight : NSNull() as Any, "tone": r.tone.label.rawValue,
                "kind": r.kind.rawValue, "kinds": group.map(\.kind.rawValue),
            ]
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
