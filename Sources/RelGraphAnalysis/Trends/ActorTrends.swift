import RelGraphCore

/// How the key actors of a sequence of periods change: each entity's PageRank and rank in every
/// period, the actors worth drawing as lines, and the strong ties that appear or disappear.
///
/// Build it from the co-mention graph of each period's articles, in chronological order; an
/// entity id must mean the same entity in every period (as extraction guarantees).
///
/// ## Scores and ranks
/// In each period, PageRank is computed on `LabeledGraph(graph)` exactly as ``KeyActors``
/// computes it by default (``PageRankMeasure``: damping 0.85, restarts in proportion to the
/// articles that mention each entity, ``Options/restart``). Ranks are 1-based, by decreasing
/// PageRank, ties by name and then id, as ``KeyActors`` ranks. An entity absent from a period's
/// graph has no score and no rank there; an empty period (no entities) has none at all.
///
/// ## Which actors are shown
/// Each entity gets a **weight** Σ_*p* PR_*p*(*v*) · *n*_*p* over the periods *p* it is present
/// in, where *n*_*p* is the number of entities of period *p*. PR · *n* is 1 for an entity of
/// average importance in its period, so the weight adds up relative importance and a period
/// with more entities (more articles) counts more. ``actors`` holds the entities of
/// ``Options/focus`` and then the entities of ``Options/kinds`` with the largest weight, ties by
/// name and then id, until ``Options/limit`` lines are reached (every focus entity is kept even
/// beyond the limit); the lines are sorted by decreasing weight, ties by name and id.
///
/// ## Edge changes
/// See ``EdgeChange``: a tie is *strong* in a period when its weight is at least that period's
/// ``Snapshot/strongWeight``.
///
/// ## Determinism
/// Every output is sorted by the keys stated above; nothing depends on hashing order.
public struct ActorTrends: Sendable {
    /// What to show; every default is documented on its property.
    public struct Options: Sendable {
        /// The number of lines (``ActorTrends/actors``) to show; 10 by default. Must be ≥ 1.
        public var limit: Int
        /// The kinds of entity eligible for the top lines, or `nil` (the default) for every kind.
        /// Focus entities are shown whatever their kind.
        public var kinds: Set<EntityKind>?
        /// Entity ids that are always shown; empty by default. Each must be the id of an entity
        /// of some period.
        public var focus: [String]
        /// The quantile *q* of a period's edge weights that a strong tie reaches; 0.9 by default.
        /// Must be in [0, 1].
        public var strongQuantile: Double
        /// The least weight of a strong tie, whatever the quantile; 2 by default. Must be finite
        /// and ≥ 0.
        public var minimumStrongWeight: Double
        /// Where PageRank's walk restarts; by coverage (``KeyActors/Options/Restart/articles``)
        /// by default, as for key actors.
        public var restart: KeyActors.Options.Restart

        /// Creates options.
        public init(
            limit: Int = 10, kinds: Set<EntityKind>? = nil, focus: [String] = [], strongQuantile: Double = 0.9,
            minimumStrongWeight: Double = 2, restart: KeyActors.Options.Restart = .articles
        ) {
            self.limit = limit
            self.kinds = kinds
            self.focus = focus
            self.strongQuantile = strongQuantile
            self.minimumStrongWeight = minimumStrongWeight
            self.restart = restart
        }
    }

    /// An entity's PageRank and rank in one period.
    public struct Score: Sendable, Hashable {
        /// The 1-based rank among the period's entities.
        public let rank: Int
        /// The PageRank in the period's graph (the period's scores sum to 1).
        public let pagerank: Double
    }

    /// One period: its size, the strong-tie threshold, and the scores of its entities.
    public struct Snapshot: Sendable {
        /// The period.
        public let period: Period
        /// Entities, edges (pairs, relation kinds merged) and articles of the period's graph.
        public let nodeCount: Int, edgeCount: Int, articleCount: Int
        /// The least weight of a strong tie in this period (see ``EdgeChange``), or `nil` when
        /// the period has no edges.
        public let strongWeight: Double?
        /// Indices into ``ActorTrends/entities`` of the period's entities, ascending.
        let members: [Int]
        /// The score of each of ``members``.
        let scores: [Score]
    }

    /// One actor to draw: the entity, its weight and its score in each period.
    public struct Line: Sendable {
        /// Index into ``ActorTrends/entities``.
        public let entity: Int
        /// Σ PageRank · entities over the periods (see the type's discussion).
        public let weight: Double
        /// Whether the line is shown because of ``Options/focus``.
        public let isFocus: Bool
        /// The score in each period of ``ActorTrends/periods``, `nil` where the entity is absent.
        public let scores: [Score?]
    }

    /// The options used.
    public let options: Options
    /// The periods, in chronological order.
    public let periods: [Snapshot]
    /// Every entity of any period, merged as ``RelGraphCore/EntityGraph/union(of:)`` merges
    /// them (names from the latest period), sorted by id.
    public let entities: [Entity]
    /// Every entity's weight (see the type's discussion), by index into ``entities``.
    public let weights: [Double]
    /// The lines to show, by decreasing weight.
    public let actors: [Line]
    /// The strong ties that appeared or disappeared between consecutive non-empty periods, in
    /// ``EdgeChange`` order.
    public let edgeChanges: [EdgeChange]

    /// Computes the trends of `periods`.
    /// - Parameters:
    ///   - periods: each period with the graph of its articles, in chronological order.
    ///   - options: what to show.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a limit below 1, a
    ///   quantile outside [0, 1], a negative or non-finite least strong weight, or a focus id
    ///   that is no entity of any period; ``AnalysisError/didNotConverge(measure:iterations:tolerance:)``
    ///   if PageRank does not converge.
    /// - Precondition: `periods` are in strictly increasing order.
    /// - Complexity: O(Σ_*p* *k* (*n*_*p* + *m*_*p*) + *m*_*p* log *m*_*p* + *N* log *N*), where
    ///   *n*_*p* and *m*_*p* are the entities and edges of period *p*, *k* the PageRank
    ///   iterations (about 40–60) and *N* the number of distinct entities.
    public init(periods input: [(period: Period, graph: EntityGraph)], options: Options = .init()) throws(AnalysisError) {
        try AnalysisError.validateAtLeastOne(options.limit, name: "limit")
        guard options.strongQuantile >= 0, options.strongQuantile <= 1 else {
            throw .invalidOption(name: "quantile", value: "\(options.strongQuantile)", expected: "a number in [0, 1]")
        }
        try AnalysisError.validateNonNegative(options.minimumStrongWeight, name: "min-strong-weight")
        for (a, b) in zip(input, input.dropFirst()) {
            precondition(a.period < b.period, "periods out of order: \(a.period) before \(b.period)")
        }
        let entities = EntityGraph.unionEntities(input.map(\.graph))
        var indexByID: [String: Int] = [:]
        for (i, e) in entities.enumerated() { indexByID[e.id] = i }
        for id in options.focus where indexByID[id] == nil {
            throw .invalidOption(name: "focus", value: id, expected: "the id of an entity of some period")
        }

        var snapshots: [Snapshot] = []
        var weights = [Double](repeating: 0, count: entities.count)
        var ties: [[TieKey: Double]] = []
        for (period, graph) in input {
            let labeled = LabeledGraph(graph)
            let members = graph.entities.map { indexByID[$0.id]! }
            let pagerank = try Self.pageRank(labeled, restart: options.restart)
            let order = labeled.entities.indices.sorted {
                let a = pagerank[$0], b = pagerank[$1]
                return a != b
                    ? a > b : (labeled.entities[$0].name, labeled.entities[$0].id) < (labeled.entities[$1].name, labeled.entities[$1].id)
            }
            var scores = [Score](repeating: Score(rank: 0, pagerank: 0), count: members.count)
            for (r, v) in order.enumerated() { scores[v] = Score(rank: r + 1, pagerank: pagerank[v]) }
            let n = Double(members.count)
            for (v, u) in members.enumerated() { weights[u] += pagerank[v] * n }
            var periodTies: [TieKey: Double] = [:]
            var edgeWeights: [Double] = []
            for (a, b, w) in labeled.graph.edges {
                periodTies[TieKey(members[Int(a)], members[Int(b)])] = w
                edgeWeights.append(w)
            }
            ties.append(periodTies)
            let threshold = EdgeChange.strongWeight(
                edgeWeights, quantile: options.strongQuantile, minimum: options.minimumStrongWeight)
            snapshots.append(
                Snapshot(
                    period: period, nodeCount: members.count, edgeCount: labeled.graph.edgeCount,
                    articleCount: graph.articles.count, strongWeight: threshold, members: members, scores: scores))
        }
        self.options = options
        self.periods = snapshots
        self.entities = entities
        self.weights = weights
        self.edgeChanges = EdgeChange.changes(periods: snapshots, ties: ties, entities: entities)

        // Focus first, then the heaviest eligible entities up to the limit.
        let byWeight = entities.indices.sorted {
            weights[$0] != weights[$1] ? weights[$0] > weights[$1] : (entities[$0].name, $0) < (entities[$1].name, $1)
        }
        var focus = Set<Int>()
        var shown: [Int] = []
        for id in options.focus where focus.insert(indexByID[id]!).inserted { shown.append(indexByID[id]!) }
        for u in byWeight where shown.count < options.limit && !focus.contains(u) {
            if let kinds = options.kinds, !kinds.contains(entities[u].kind) { continue }
            shown.append(u)
        }
        let rankOf = Dictionary(uniqueKeysWithValues: byWeight.enumerated().map { ($1, $0) })
        shown.sort { rankOf[$0]! < rankOf[$1]! }
        actors = shown.map { u in
            Line(
                entity: u, weight: weights[u], isFocus: focus.contains(u),
                scores: snapshots.map { Self.score(of: u, in: $0) })
        }
    }

    /// The score of entity `entity` (an index into ``entities``) in period `period` (an index
    /// into ``periods``), or `nil` when it is absent there.
    /// - Complexity: O(log *n*), where *n* is the number of entities of the period.
    public func score(of entity: Int, inPeriod period: Int) -> Score? {
        Self.score(of: entity, in: periods[period])
    }

    /// The index into ``entities`` of the entity with `id`, or `nil`.
    /// - Complexity: O(log *N*), where *N* is the number of entities.
    public func entityIndex(of id: String) -> Int? {
        let i = entities.partitioningIndex { $0.id >= id }
        return i < entities.count && entities[i].id == id ? i : nil
    }

    /// The entities of period `period` (an index into ``periods``) by rank, best first, as
    /// indices into ``entities`` with their scores.
    /// - Complexity: O(*n* log *n*), where *n* is the number of entities of the period.
    public func ranking(inPeriod period: Int) -> [(entity: Int, score: Score)] {
        let s = periods[period]
        return zip(s.members, s.scores).sorted { $0.1.rank < $1.1.rank }.map { (entity: $0.0, score: $0.1) }
    }

    private static func score(of entity: Int, in snapshot: Snapshot) -> Score? {
        let i = snapshot.members.partitioningIndex { $0 >= entity }
        return i < snapshot.members.count && snapshot.members[i] == entity ? snapshot.scores[i] : nil
    }

    /// PageRank of `labeled` as ``KeyActors`` computes it (see ``PageRankMeasure``).
    private static func pageRank(
        _ labeled: LabeledGraph, restart: KeyActors.Options.Restart
    ) throws(AnalysisError) -> [Double] {
        let context = try MeasureContext(
            graph: labeled.graph,
            restartWeights: restart == .articles ? labeled.entities.map { Double(max(0, $0.articles)) } : nil)
        return try context.values(of: .pagerank)
    }
}

/// An unordered pair of entities, as indices into ``ActorTrends/entities``, smaller first.
struct TieKey: Hashable, Comparable {
    let a: Int, b: Int
    init(_ u: Int, _ v: Int) { (a, b) = u < v ? (u, v) : (v, u) }
    static func < (x: TieKey, y: TieKey) -> Bool { (x.a, x.b) < (y.a, y.b) }
}

extension Array {
    /// The first index whose element satisfies `belongs`, which must be false then true along
    /// the array (binary search).
    /// - Complexity: O(log *n*).
    fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
