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

    /// An extraction of `article` with `entities` and `relations` as described on each property.
    public init(article: ArticleInfo, entities: [Entity], relations: [Relation]) {
        self.article = article
        self.entities = entities
        self.relations = relations
    }

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
        var out = "{"
        // Keys in sorted order, as every RelGraph JSON writer does.
        if let d = article.date { out += "\"date\":" + TextEscaping.json(d) + "," }
        out += "\"entities\":["
        for (k, e) in entities.enumerated() {
            if k > 0 { out += "," }
            out += "{"
            if let a = e.affiliation { out += "\"affiliation\":" + TextEscaping.json(a) + "," }
            if let s = e.affiliationSource { out += "\"affiliationSource\":\"\(s.rawValue)\"," }
            out += "\"aliases\":[" + e.aliases.map { TextEscaping.json($0) }.joined(separator: ",") + "],"
            if let iso = e.iso3 { out += "\"iso3\":" + TextEscaping.json(iso) + "," }
            out += "\"kind\":\"\(e.kind.rawValue)\",\"mentions\":\(e.mentions),\"name\":" + TextEscaping.json(e.name) + "}"
        }
        out += "],\"id\":" + TextEscaping.json(article.id) + ",\"relations\":["
        // Relations are sorted by pair, then kind: one pass over runs of the same pair.
        var start = relations.startIndex
        while start < relations.endIndex {
            var end = start + 1
            while end < relations.endIndex, relations[end].source == relations[start].source,
                relations[end].target == relations[start].target
            {
                end += 1
            }
            let group = relations[start..<end]
            let r =
                group.first { $0.kind == .coMention } ?? group.first { $0.kind == .headline } ?? relations[start]
            if start > relations.startIndex { out += "," }
            out +=
                "{\"kind\":\"\(r.kind.rawValue)\",\"kinds\":["
                + group.map { "\"\($0.kind.rawValue)\"" }.joined(separator: ",") + "],"
            out +=
                "\"source\":" + TextEscaping.json(names[r.source] ?? r.source)
                + ",\"target\":" + TextEscaping.json(names[r.target] ?? r.target)
                + ",\"tone\":\"\(r.tone.label.rawValue)\",\"weight\":" + Self.number(r.weight) + "}"
            start = end
        }
        out += "]"
        if let t = article.title { out += ",\"title\":" + TextEscaping.json(t) }
        return out + "}"
    }

    /// A weight as JSON: a whole number without a fraction, another number in its shortest
    /// round-trip form, and `null` for NaN or infinity (JSON has neither; ``Extractor`` never
    /// makes them).
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
