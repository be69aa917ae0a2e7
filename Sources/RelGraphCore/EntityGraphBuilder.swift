import Dispatch

/// The key of a relation in ``EntityGraphBuilder``: its canonical pair and kind.
struct RelationKey: Hashable, Sendable {
    var source: String
    var target: String
    var kind: RelationKind
}

/// Accumulates entities and co-mention relations, then freezes them into an ``EntityGraph``.
///
/// Adding an entity that exists merges it: mentions and article counts add up, aliases are
/// unioned, and a person's affiliation is the one asserted in most articles (ties: the smaller
/// code, so the result does not depend on input order), with the best source any of those
/// articles gave for it (text before table); guessed affiliations
/// (``AffiliationSource/guess``) count only for a person no article gives one for. Adding a
/// relation that exists (same pair and kind) adds the weights, sentence counts, tone counts and
/// article counts, and keeps the first ``Relation/maxEvidence`` evidence references in
/// (article, sentence) order.
///
/// Bad relations never reach ``build()``: endpoints given in either order are put in canonical
/// order (as ``Relation/init(_:_:kind:weight:articles:sentences:tone:evidence:)`` and the graph file
/// reader do), and a relation whose weight (or summed weight) is not finite and > 0 is not added
/// but recorded in ``rejected`` with the error the graph file reader throws for it.
///
/// - Complexity: O(1) expected per addition; ``build()`` is O(*n* log *n* + *m* log *m*).
public struct EntityGraphBuilder: Sendable {
    /// Everything added for one entity id, in one place so that an addition hashes the id once.
    private struct Record: Sendable {
        /// The first entity added with the id, with the mentions and articles of all.
        var entity: Entity
        /// The aliases of all.
        var aliases: Set<String>
        /// Per code given (not guessed), how many articles give it, and its best source.
        var votes: [String: Int] = [:]
        var sources: [String: AffiliationSource] = [:]
        /// Per code guessed, how many articles guess it.
        var guesses: [String: Int] = [:]

        /// The record of the id of `e` before `e` is added (``add(_:to:)`` adds it): `e` with no
        /// mentions, articles or aliases yet.
        init(first e: Entity) {
            entity = e
            entity.mentions = 0
            entity.articles = 0
            aliases = []
        }
    }

    private var records: [String: Record] = [:]
    private var relations: [RelationKey: Relation] = [:]
    private var articles: [String: ArticleInfo] = [:]
    /// The relations that were not added, in order, each as the ``GraphError`` that
    /// ``EntityGraph/init(entities:relations:articles:)`` throws for it (`invalidWeight`).
    public private(set) var rejected: [GraphError] = []
    /// The part of the ids this builder keeps, when it builds one part of a graph
    /// (``build(parts:_:)``); `nil` keeps everything.
    private var part: (index: Int, count: Int)?

    /// Creates an empty builder.
    public init() {}

    /// Records an article that contributed to the graph.
    public mutating func addArticle(_ info: ArticleInfo) {
        if let part, part.index != 0 { return }
        articles[info.id] = info
    }

    /// Adds or merges an entity (see the type's discussion for how merging works).
    public mutating func addEntity(_ e: Entity) {
        if let part, Self.part(of: e.id, count: part.count) != part.index { return }
        Self.add(e, to: &records[e.id, default: Record(first: e)])
    }

    /// Merges `e` into `record`, the record of its id: mentions and articles add up, aliases
    /// unite, and its affiliation counts one vote.
    private static func add(_ e: Entity, to record: inout Record) {
        record.entity.mentions += e.mentions
        record.entity.articles += e.articles
        record.aliases.formUnion(e.aliases)
        if let a = e.affiliation { vote(a, e.affiliationSource ?? .text, 1, in: &record) }
    }

    /// Counts `count` articles that give the entity of `record` the affiliation `code` from
    /// `source`.
    private static func vote(_ code: String, _ source: AffiliationSource, _ count: Int, in record: inout Record) {
        if source == .guess {
            record.guesses[code, default: 0] += count
        } else {
            record.votes[code, default: 0] += count
            record.sources[code] = min(record.sources[code] ?? source, source)
        }
    }

    /// Adds or merges a relation between two entities added before or after this call.
    /// A self-relation is ignored; one whose weight, or whose weight summed with the existing
    /// relation's, is not finite and > 0 is recorded in ``rejected`` instead.
    /// - Complexity: O(1) expected, plus O(*e* log *e*) for *e* evidence references.
    public mutating func addRelation(_ r: Relation) {
        guard r.source != r.target else { return }
        // The part is decided on the canonical source (the smaller id) before the relation is
        // copied, so that the parts that skip it pay one hash, not a copy.
        if let part, Self.part(of: min(r.source, r.target), count: part.count) != part.index { return }
        let r = Relation(normalizing: r)
        guard r.weight.isFinite, r.weight > 0 else {
            rejected.append(.invalidWeight(source: r.source, target: r.target, weight: r.weight))
            return
        }
        // One hash of the key: a new key gets `r` with no weight yet, which `merge` completes.
        let key = RelationKey(source: r.source, target: r.target, kind: r.kind)
        if !Self.merge(r, into: &relations[key, default: Self.unweighted(r)]) {
            rejected.append(.invalidWeight(source: r.source, target: r.target, weight: r.weight))
        }
    }

    /// `r` with weight 0, the stored value of a key that has no relation yet (a stored
    /// relation's weight is always > 0).
    private static func unweighted(_ r: Relation) -> Relation {
        var r = r
        r.weight = 0
        return r
    }

    /// Adds `r` (of valid weight) to `stored`, the relation of its key: a new one (weight 0,
    /// see ``unweighted(_:)``) becomes `r` with its evidence sorted and cut to
    /// ``Relation/maxEvidence``; an existing one adds the weight, counts and tone of `r` and
    /// inserts its evidence (mutated in place, so that the stored evidence is not copied).
    /// Returns `false`, changing nothing, when the summed weight is not finite.
    private static func merge(_ r: Relation, into stored: inout Relation) -> Bool {
        if stored.weight == 0 {
            stored.weight = r.weight
            if r.evidence.count > 1 { stored.evidence = Array(r.evidence.sorted().prefix(Relation.maxEvidence)) }
            return true
        }
        let weight = stored.weight + r.weight
        guard weight.isFinite else { return false }
        stored.weight = weight
        stored.articles += r.articles
        stored.sentences += r.sentences
        stored.tone.add(r.tone)
        for v in r.evidence { insert(v, into: &stored.evidence) }
        return true
    }

    /// Inserts `v` into the sorted `evidence` after any equal reference, keeping the first
    /// ``Relation/maxEvidence``: the same as sorting the union (stably) and keeping its prefix.
    /// - Complexity: O(``Relation/maxEvidence``).
    package static func insert(_ v: Evidence, into evidence: inout [Evidence]) {
        if evidence.count >= Relation.maxEvidence, let last = evidence.last, !(v < last) { return }
        var k = evidence.count
        while k > 0, v < evidence[k - 1] { k -= 1 }
        evidence.insert(v, at: k)
        if evidence.count > Relation.maxEvidence { evidence.removeLast(evidence.count - Relation.maxEvidence) }
    }

    /// Adds every article, entity and relation of a built graph, as if the articles it was built
    /// from were added: an entity's affiliation counts as many votes as the entity has
    /// articles (a built graph keeps the winner of its vote, not the tally).
    /// - Complexity: O(*n* + *m*) expected for *n* entities and *m* relations.
    public mutating func add(_ graph: EntityGraph) {
        for a in graph.articles { addArticle(a) }
        for e in graph.entities {
            if let part, Self.part(of: e.id, count: part.count) != part.index { continue }
            var plain = e
            plain.affiliation = nil
            Self.add(plain, to: &records[e.id, default: Record(first: plain)])
            if let code = e.affiliation {
                Self.vote(code, e.affiliationSource ?? .text, max(1, e.articles), in: &records[e.id, default: Record(first: plain)])
            }
        }
        for r in graph.relations { addRelation(r) }
    }

    /// Adds every entity, relation and article of `other`.
    public mutating func merge(_ other: EntityGraphBuilder) {
        for a in other.articles.values { addArticle(a) }
        for o in other.records.values {
            var e = o.entity
            e.aliases = Array(o.aliases)
            e.affiliation = nil
            if let part, Self.part(of: e.id, count: part.count) != part.index { continue }
            Self.add(e, to: &records[e.id, default: Record(first: e)])
            for (code, votes) in o.votes {
                Self.vote(code, o.sources[code] ?? .text, votes, in: &records[e.id, default: Record(first: e)])
            }
            for (code, votes) in o.guesses { Self.vote(code, .guess, votes, in: &records[e.id, default: Record(first: e)]) }
        }
        for r in other.relations.values { addRelation(r) }
        rejected += other.rejected
    }

    /// Freezes the builder into a graph. Relations whose endpoints were never added are dropped.
    /// - Complexity: O(*n* log *n* + *m* log *m*) for *n* entities and *m* relations.
    public func build() -> EntityGraph { Self.assemble([self]) }

    /// The graph that `feed` builds, built in `parts` parts on as many threads. Each part's
    /// builder is fed everything and keeps the entities whose ids, and the relations whose
    /// canonical source ids, fall in its part (by a hash of the id's bytes), and the articles
    /// in part 0. Every entity and relation thus sees its additions in feed order, and the
    /// graph (whose initializer sorts everything) equals the one a single builder makes; the
    /// parts' ``rejected`` are dropped.
    /// - Complexity: that of the additions and ``build()``, divided among the parts, plus
    ///   O(*p* · *a*) to feed every part all *a* additions.
    public static func build(parts: Int, _ feed: @Sendable (inout EntityGraphBuilder) -> Void) -> EntityGraph {
        guard parts > 1 else {
            var b = EntityGraphBuilder()
            feed(&b)
            return b.build()
        }
        var builders = [EntityGraphBuilder?](repeating: nil, count: parts)
        builders.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own slot.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { index in
                var b = EntityGraphBuilder()
                b.part = (index, parts)
                feed(&b)
                out[index] = b
            }
        }
        return assemble(builders.map { $0! })
    }

    /// The part of `count` that `id` falls in: FNV-1a of its UTF-8 bytes, modulo `count`.
    private static func part(of id: String, count: Int) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(hash % UInt64(count))
    }

    /// The graph of `parts` (one builder, or the parts of ``build(parts:_:)``): each entity
    /// with its aliases and voted affiliation, and the relations whose endpoints were added.
    private static func assemble(_ parts: [EntityGraphBuilder]) -> EntityGraph {
        func added(_ id: String) -> Bool {
            parts[parts.count == 1 ? 0 : part(of: id, count: parts.count)].records[id] != nil
        }
        var out: [Entity] = []
        var rs: [Relation] = []
        var articles: [ArticleInfo] = []
        for b in parts {
            out.reserveCapacity(out.count + b.records.count)
            for r in b.records.values {
                var e = r.entity
                var aliases = r.aliases
                aliases.remove(e.name)
                e.aliases = aliases.sorted()
                // Codes given count; guesses only when none is given.
                let votes = r.votes.isEmpty ? r.guesses : r.votes
                if !votes.isEmpty {
                    let code = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
                    e.affiliation = code
                    e.affiliationSource = r.votes.isEmpty ? .guess : code.flatMap { r.sources[$0] }
                } else {
                    e.affiliation = nil
                    e.affiliationSource = nil
                }
                out.append(e)
            }
            rs += b.relations.values.filter { added($0.source) && added($0.target) }
            articles += b.articles.values
        }
        // Cannot throw: ids are dictionary keys (unique, and each in one part), unknown
        // endpoints were just dropped, self-relations and bad weights never entered, and keys
        // are canonical pairs.
        return try! EntityGraph(entities: out, relations: rs, articles: articles)
    }
}
