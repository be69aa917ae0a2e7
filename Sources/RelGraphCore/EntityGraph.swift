/// An undirected, weighted graph of entities: the model every RelGraph stage shares.
///
/// ## Invariants
/// - ``entities`` are sorted by id and ids are unique; a node's index in this array is its
///   index everywhere else (``WeightedGraph``, analysis results, exports).
/// - ``relations`` are sorted by (source, target, kind), each pair appears once per
///   ``RelationKind``, both endpoints exist, there are no self-loops, and weights are finite and
///   > 0. ``restricted(to:)`` gives the graph of chosen kinds with one relation per pair, which
///   is what analyses and diagrams read.
///
/// Build one with ``EntityGraphBuilder``, read one with ``GraphFile``, or use
/// ``init(entities:relations:articles:)``, which sorts and validates.
public struct EntityGraph: Sendable, Hashable {
    /// The nodes, sorted by id.
    public private(set) var entities: [Entity]
    /// The edges, sorted by (source, target, kind).
    public private(set) var relations: [Relation]
    /// The articles the graph was built from, sorted by id (empty for edge lists).
    public private(set) var articles: [ArticleInfo]
    private var indexByID: [String: Int]
    /// The entity indices of each relation's endpoints, source first, packed as
    /// `source << 32 | target` (so that no id is looked up to walk the relations).
    private var pairs: [UInt64]

    /// Creates a graph after sorting and checking the invariants listed on the type.
    /// - Throws: ``GraphError`` for duplicate ids, unknown endpoints, self-loops or bad weights.
    public init(
        entities: [Entity], relations: [Relation], articles: [ArticleInfo] = []
    ) throws(GraphError) {
        let sorted = entities.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
        index.reserveCapacity(sorted.count)
        for (i, e) in sorted.enumerated() {
            if index.updateValue(i, forKey: e.id) != nil { throw .duplicateEntity(id: e.id) }
        }
        // Each relation's place in the order: its pair as entity indices (smaller first, which
        // is also the smaller id) packed into one integer, then its kind. Sorting and the
        // duplicate check run on these integers, not on the ids.
        var keys: [PairKey] = []
        keys.reserveCapacity(relations.count)
        var seen = Set<PairKey>()
        seen.reserveCapacity(relations.count)
        for r in relations {
            guard let i = index[r.source] else { throw .unknownEndpoint(id: r.source) }
            guard let j = index[r.target] else { throw .unknownEndpoint(id: r.target) }
            if r.source == r.target { throw .selfLoop(id: r.source) }
            guard r.weight.isFinite, r.weight > 0 else {
                throw .invalidWeight(source: r.source, target: r.target, weight: r.weight)
            }
            let key = PairKey(
                pair: UInt64(min(i, j)) << 32 | UInt64(max(i, j)),
                kind: UInt8(RelationKind.allCases.firstIndex(of: r.kind) ?? 0))
            if !seen.insert(key).inserted {
                let (a, b) = r.source < r.target ? (r.source, r.target) : (r.target, r.source)
                throw .duplicateRelation(source: a, target: b)
            }
            keys.append(key)
        }
        seen = []
        self.entities = sorted
        // Sort indices, not the (large) structs, then gather once: one transient copy fewer.
        var order = Array(relations.indices)
        if zip(keys, keys.dropFirst()).contains(where: { !($0.0 < $0.1) }) {
            order.sort { keys[$0] < keys[$1] }
        }
        self.relations = order.map { Relation(normalizing: relations[$0]) }
        self.pairs = order.map { keys[$0].pair }
        self.articles = articles.sorted { $0.id < $1.id }
        self.indexByID = index
    }

    /// A graph from parts that already hold the invariants listed on the type (entities sorted
    /// by unique id; relations sorted, valid and unique per pair and kind), as readers that
    /// number their nodes themselves produce them; `pairs[k]` is relation `k`'s
    /// `source << 32 | target` by entity index. Checked in debug builds only.
    /// - Complexity: O(*n*) for *n* entities.
    init(checkedEntities entities: [Entity], relations: [Relation], pairs: [UInt64]) {
        assert(zip(entities, entities.dropFirst()).allSatisfy { $0.id < $1.id })
        assert(relations.allSatisfy { $0.source < $0.target && $0.weight.isFinite && $0.weight > 0 })
        assert(relations.count == pairs.count)
        self.pairs = pairs
        var index: [String: Int] = [:]
        index.reserveCapacity(entities.count)
        for (i, e) in entities.enumerated() { index[e.id] = i }
        self.entities = entities
        self.relations = relations
        self.articles = []
        self.indexByID = index
    }

    /// The empty graph.
    public static let empty = try! EntityGraph(entities: [], relations: [])

    /// The entity indices of relation `k`'s source and target.
    /// - Complexity: O(1).
    public func endpoints(ofRelation k: Int) -> (source: Int, target: Int) {
        let p = pairs[k]
        return (Int(p >> 32), Int(p & 0xFFFF_FFFF))
    }

    /// The index of the entity with `id`, or `nil`.
    /// - Complexity: O(1) expected.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The entity with `id`, or `nil`.
    public subscript(id id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// The entities whose canonical name, alias, ISO code or id equals `name`, ignoring case and
    /// diacritics: rule 1 of ``EntityLookup``, which resolves names typed by users.
    public func entities(named name: String) -> [Int] {
        EntityLookup.exactMatches(name, in: entities)
    }

    /// The compact adjacency structure of this graph; node *i* is ``entities``[*i*].
    /// - Complexity: O(*n* + *m* log *m*), where *n* is the number of entities and *m* of relations.
    public func weightedGraph() -> WeightedGraph {
        let edges = relations.indices.map { k in
            (Int32(truncatingIfNeeded: pairs[k] >> 32), Int32(truncatingIfNeeded: pairs[k] & 0xFFFF_FFFF), relations[k].weight)
        }
        return WeightedGraph(nodeCount: entities.count, edges: edges)
    }

    /// The subgraph induced by the entities at `indices` (relations between kept entities only).
    /// - Complexity: O(*n* + *m*).
    public func induced(by indices: some Sequence<Int>) -> EntityGraph {
        let keep = Set(indices.map { entities[$0].id })
        let es = entities.filter { keep.contains($0.id) }
        let rs = relations.filter { keep.contains($0.source) && keep.contains($0.target) }
        return try! EntityGraph(entities: es, relations: rs, articles: articles)
    }

    /// The same graph with no evidence sentences and no article titles: only names, counts
    /// and dates remain, so it can be shared without the articles' text.
    public func withoutEvidence() -> EntityGraph {
        var copy = self
        for i in copy.relations.indices { copy.relations[i].evidence = [] }
        for i in copy.articles.indices { copy.articles[i].title = nil }
        return copy
    }

    /// The kinds of relation the graph holds.
    public var relationKinds: Set<RelationKind> { Set(relations.map(\.kind)) }

    /// The graph of the relations of `kinds`, one relation per pair: when a pair has several of
    /// them, they are merged into one of the first of those kinds (in ``RelationKind`` order)
    /// whose weight, article, sentence and tone counts are the sums and whose evidence is the
    /// first ``Relation/maxEvidence`` of all. Entities and articles are kept.
    /// - Complexity: O(*m*).
    public func restricted(to kinds: Set<RelationKind>) -> EntityGraph {
        // Already restricted (every kind kept, one relation per pair): share the storage.
        if relations.allSatisfy({ kinds.contains($0.kind) })
            && !zip(pairs, pairs.dropFirst()).contains(where: { $0 == $1 })
        {
            return self
        }
        var copy = self
        var out: [Relation] = []
        var outPairs: [UInt64] = []
        out.reserveCapacity(relations.count)
        for (k, r) in relations.enumerated() where kinds.contains(r.kind) {
            if let last = out.last, outPairs.last == pairs[k] {
                var merged = last
                merged.weight += r.weight
                merged.articles += r.articles
                merged.sentences += r.sentences
                merged.tone.add(r.tone)
                merged.evidence = Array((merged.evidence + r.evidence).sorted().prefix(Relation.maxEvidence))
                out[out.count - 1] = merged
            } else {
                out.append(r)
                outPairs.append(pairs[k])
            }
        }
        copy.relations = out
        copy.pairs = outPairs
        return copy
    }

    /// The same graph without the relations that `isIncluded` rejects (entities are kept).
    public func filteringRelations(_ isIncluded: (Relation) -> Bool) -> EntityGraph {
        var copy = self
        let kept = relations.indices.filter { isIncluded(relations[$0]) }
        copy.relations = kept.map { relations[$0] }
        copy.pairs = kept.map { pairs[$0] }
        return copy
    }
}

extension Relation {
    /// The same relation with its endpoints in canonical order.
    init(normalizing r: Relation) {
        self = r
        if r.source > r.target { (source, target) = (r.target, r.source) }
    }
}

/// A relation's place in ``EntityGraph/relations``: its endpoints' entity indices (smaller
/// first) packed as `lo << 32 | hi`, then its kind's declaration index.
private struct PairKey: Hashable, Comparable {
    var pair: UInt64
    var kind: UInt8

    static func < (a: PairKey, b: PairKey) -> Bool { a.pair != b.pair ? a.pair < b.pair : a.kind < b.kind }
}
