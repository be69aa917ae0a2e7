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
    /// How many of the article's sentences (or windows) named more than
    /// ``ExtractionOptions/maxEntitiesPerSentence`` entities and were linked only for the first
    /// ones; not part of the JSON line.
    public var cappedSentences = 0

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
        var out: [UInt8] = []
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``jsonLine()`` (without a line break) to the UTF-8 bytes `out`, without building
    /// intermediate strings, so that worker threads can write lines straight into a buffer.
    /// - Complexity: O(*e* + *r* + *b*) for *e* entities, *r* relations and *b* bytes written,
    ///   plus one hash lookup per relation endpoint.
    public func appendJSONLine(to out: inout [UInt8]) {
        var names: [String: String] = [:]
        names.reserveCapacity(entities.count)
        for e in entities { names[e.id] = e.name }
        out.reserveCapacity(out.count + 160 * entities.count + 120 * relations.count + 256)
        func raw(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        func plain(_ s: String) {
            var s = s
            s.withUTF8 { out.append(contentsOf: $0) }
        }
        func string(_ s: String) { TextEscaping.appendJSON(s, to: &out) }
        out.append(0x7B)  // {
        // Keys in sorted order, as every RelGraph JSON writer does.
        if let d = article.date {
            raw(#""date":"#)
            string(d)
            out.append(0x2C)
        }
        raw(#""entities":["#)
        for (k, e) in entities.enumerated() {
            if k > 0 { out.append(0x2C) }
            out.append(0x7B)
            if let a = e.affiliation {
                raw(#""affiliation":"#)
                string(a)
                out.append(0x2C)
            }
            if let s = e.affiliationSource {
                raw(#""affiliationSource":""#)
                plain(s.rawValue)
                raw(#"","#)
            }
            raw(#""aliases":["#)
            for (j, a) in e.aliases.enumerated() {
                if j > 0 { out.append(0x2C) }
                string(a)
            }
            raw("],")
            if let iso = e.iso3 {
                raw(#""iso3":"#)
                string(iso)
                out.append(0x2C)
            }
            raw(#""kind":""#)
            plain(e.kind.rawValue)
            raw(#"","mentions":"#)
            plain(String(e.mentions))
            raw(#","name":"#)
            string(e.name)
            out.append(0x7D)
        }
        raw(#"],"id":"#)
        string(article.id)
        raw(#","relations":["#)
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
            if start > relations.startIndex { out.append(0x2C) }
            raw(#"{"kind":""#)
            plain(r.kind.rawValue)
            raw(#"","kinds":["#)
            for g in group.indices {
                if g > group.startIndex { out.append(0x2C) }
                out.append(0x22)
                plain(group[g].kind.rawValue)
                out.append(0x22)
            }
            raw(#"],"source":"#)
            string(names[r.source] ?? r.source)
            raw(#","target":"#)
            string(names[r.target] ?? r.target)
            raw(#","tone":""#)
            plain(r.tone.label.rawValue)
            raw(#"","weight":"#)
            plain(Self.number(r.weight))
            out.append(0x7D)
            start = end
        }
        out.append(0x5D)
        if let t = article.title {
            raw(#","title":"#)
            string(t)
        }
        out.append(0x7D)
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
