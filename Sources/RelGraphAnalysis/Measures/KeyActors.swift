import RelGraphCore

/// Every node of a graph with the measures asked for, its rank and its community: the "key
/// actors" of a graph, before any formatting (RelGraphExport writes them as a table, CSV or
/// JSON).
///
/// ## What is computed
/// Only what is asked: the measures of ``Options/measures`` and ``Options/rankBy``, each once
/// (see ``ActorMeasure`` and its registry ``ActorMeasures``); derived measures (brokerage)
/// whenever their inputs are computed; and, when ``Options/communities`` is set (the default),
/// communities by ``Options/algorithm`` with their modularity. Measures not computed are NaN in
/// ``value(_:of:)``; without communities ``partition``, ``modularity``, ``communityRank`` and
/// ``brokers`` are `nil`.
///
/// ## Ranks
/// Nodes are ranked by ``Options/rankBy`` in decreasing order, ties by name then node index;
/// ``communityRank`` and ``kindRank`` rank the same way within the node's community and kind.
/// Ranks are 1-based.
public struct KeyActors: Sendable {
    /// What to compute; every default is documented on its property.
    public struct Options: Sendable {
        /// The measure nodes are ranked by; PageRank by default. Always computed.
        public var rankBy: MeasureName
        /// The measures to compute besides ``rankBy``; all by default.
        public var measures: Set<MeasureName>
        /// Whether to find communities (by ``algorithm``); `true` by default. Brokers need them.
        public var communities: Bool
        /// How path-based measures read weights; 1/weight by default.
        public var weighting: PathWeighting
        /// The community algorithm; Leiden by default.
        public var algorithm: CommunityAlgorithm
        /// The modularity resolution γ for Leiden and Louvain; 1 by default.
        public var resolution: Double
        /// Seeds community detection and source sampling; 42 by default.
        public var seed: UInt64
        /// Community-detection runs from seeds derived from ``seed``, keeping the highest
        /// modularity; `nil` (the default) is the algorithm's own default. See
        /// ``CommunityAlgorithm/partition(of:resolution:seed:restarts:threads:)``.
        public var restarts: Int?
        /// Exact or sampled all-pairs measures; automatic (exact up to 2 · 10⁹ steps) by default.
        public var sampling: SourceSampling?
        /// Worker threads; `nil` (the default) uses every core. Results do not depend on it.
        public var threads: Int?
        /// Nodes whose point of view PageRank takes (personalised PageRank); empty by default.
        public var seenFrom: [Int]
        /// Report closeness and harmonic centrality unscaled instead of in [0, 1]; `false` by
        /// default (see ``ClosenessMeasure``).
        public var rawDistances: Bool
        /// Where PageRank's walk restarts (without ``seenFrom``); by coverage (the articles that
        /// mention each entity) by default. See ``PageRankMeasure``.
        public var restart: Restart

        /// Where PageRank's random walk restarts.
        public enum Restart: String, Sendable, CaseIterable {
            /// At each entity in proportion to the number of articles that mention it (the
            /// default; uniform for edge lists, whose nodes all count 1).
            case articles
            /// At every node alike: plain PageRank.
            case uniform
        }

        /// Creates options.
        public init(
            rankBy: MeasureName = .pagerank, measures: Set<MeasureName> = Set(MeasureName.allCases),
            weighting: PathWeighting = .reciprocal, algorithm: CommunityAlgorithm = .leiden,
            resolution: Double = 1, seed: UInt64 = 42, sampling: SourceSampling? = nil,
            threads: Int? = nil, seenFrom: [Int] = [], rawDistances: Bool = false, restart: Restart = .articles,
            communities: Bool = true, restarts: Int? = nil
        ) {
            self.restarts = restarts
            self.rankBy = rankBy
            self.measures = measures
            self.communities = communities
            self.weighting = weighting
            self.algorithm = algorithm
            self.resolution = resolution
            self.seed = seed
            self.sampling = sampling
            self.threads = threads
            self.seenFrom = seenFrom
            self.rawDistances = rawDistances
            self.restart = restart
        }
    }

    /// The options the actors were computed with.
    public let options: Options
    /// The nodes (node *i* is entity *i*).
    public let entities: [Entity]
    /// Nodes and edges of the analysed graph.
    public let nodeCount: Int, edgeCount: Int
    /// The computed measures in ``ActorMeasures/all`` order, derived ones included.
    public let computed: [MeasureName]
    /// The community partition, or `nil` when communities were not asked for.
    public let partition: Partition?
    /// Modularity of ``partition`` at the chosen resolution (0 for a graph without edges), or
    /// `nil` without communities.
    public let modularity: Double?
    /// Every node, best first.
    public let ranking: [Int]
    /// 1-based rank of each node overall and within its kind.
    public let rank: [Int], kindRank: [Int]
    /// 1-based rank of each node within its community, or `nil` without communities.
    public let communityRank: [Int]?
    /// Broker flags per node when betweenness and communities were computed, else `nil`. A **broker** has
    /// betweenness of at least ``brokerBetweenness`` (it lies on at least 1 % of the shortest
    /// paths between other actors) and ties into at least ``brokerCommunities`` communities
    /// (its neighbours belong to two or more): it connects blocs, in the sense of Burt's
    /// structural holes.
    public let brokers: [Bool]?
    /// The least betweenness of a broker: 0.01.
    public static let brokerBetweenness = 0.01
    /// The least number of communities a broker's neighbours belong to: 2.
    public static let brokerCommunities = 2
    /// The measures asked for that were left out because their iterative method did not
    /// converge (eigenvector centrality on a long path, whose two largest eigenvalues nearly
    /// coincide), with the error, in ``ActorMeasures/all`` order. The measure of
    /// ``Options/rankBy`` is never left out: its failure is thrown.
    public let notConverged: [(measure: MeasureName, error: AnalysisError)]
    /// Sources used for betweenness (*n* when exact; `nil` when not computed).
    public let betweennessSources: Int?
    /// Absolute error bound of sampled betweenness at 95 % confidence (0 when exact).
    public let betweennessErrorBound: Double?
    /// Sources used for closeness and harmonic (*n* when exact; `nil` when not computed).
    public let distanceSources: Int?
    private let found: Found
    private var values: [MeasureName: [Double]] { found.values }

    /// Computes the requested measures and communities of `graph` and ranks its nodes.
    /// - Throws: ``AnalysisError`` if an option is out of range (resolution, threads, a
    ///   `seenFrom` node) or the ranking measure does not converge (other measures that do not
    ///   converge are listed in ``notConverged``).
    /// - Complexity: dominated by betweenness, closeness and harmonic: O(*k* · *m* log *n*) for
    ///   *k* sources (*k* = *n* up to 2 · 10⁹ steps); everything else is near linear in *m*;
    ///   degree alone is O(*n* log *n*) (the ranking).
    public init(graph labeled: LabeledGraph, options: Options = .init()) throws(AnalysisError) {
        // Communities first: they validate the resolution before any costly measure runs.
        let part =
            options.communities
            ? try options.algorithm.partition(
                of: labeled.graph, resolution: options.resolution, seed: options.seed, restarts: options.restarts,
                threads: options.threads) : nil
        let found = try Self.measures(options.measures, of: labeled, options: options, known: Found())
        let g = labeled.graph
        let modularity = part.map {
            g.totalWeight > 0 ? ((try? g.modularity(of: $0, resolution: options.resolution)) ?? 0) : 0
        }
        self.init(labeled, options: options, partition: part, modularity: modularity, found: found)
    }

    /// These actors with `measures` computed too, as if they had been in ``Options/measures``
    /// from the start: the partition and the measures already computed are reused, and the
    /// result equals `KeyActors(graph:options:)` with the union of the measures. `run` draws its
    /// diagram from the few measures the diagram needs and adds the rest while it renders.
    /// - Precondition: `labeled` is the graph these actors were computed on.
    /// - Throws: as ``init(graph:options:)``.
    /// - Complexity: that of the added measures.
    public func adding(_ measures: Set<MeasureName>, of labeled: LabeledGraph) throws(AnalysisError) -> KeyActors {
        precondition(labeled.graph.nodeCount == nodeCount, "adding measures of another graph")
        var options = options
        options.measures.formUnion(measures)
        let found = try Self.measures(options.measures, of: labeled, options: options, known: self.found)
        return KeyActors(labeled, options: options, partition: partition, modularity: modularity, found: found)
    }

    /// Measures computed so far, with the measures that did not converge and the sources used.
    private struct Found: Sendable {
        var values: [MeasureName: [Double]] = [:]
        var unconverged: [MeasureName: AnalysisError] = [:]
        var betweennessSources: Int?
        var betweennessErrorBound: Double?
        var distanceSources: Int?
    }

    /// `known` with the measures of `asked` (and ``Options/rankBy``, the inputs of derived
    /// measures and the derived measures whose inputs are all there) that it lacks.
    private static func measures(
        _ asked: Set<MeasureName>, of labeled: LabeledGraph, options: Options, known: Found
    ) throws(AnalysisError) -> Found {
        let g = labeled.graph
        let context = try MeasureContext(
            graph: g, weighting: options.weighting, sampling: options.sampling ?? .automatic(seed: options.seed),
            threads: options.threads, seenFrom: options.seenFrom,
            restartWeights: options.restart == .articles ? labeled.entities.map { Double(max(0, $0.articles)) } : nil,
            rawDistances: options.rawDistances)
        var wanted = asked.union([options.rankBy])
        if g.nodeCount == 0 { wanted = wanted.intersection(ActorMeasures.alwaysComputed).union([options.rankBy]) }
        // A derived measure asked for brings its inputs; one whose inputs are all computed comes along.
        for m in ActorMeasures.all where wanted.contains(m.name) { wanted.formUnion(m.inputs) }
        for m in ActorMeasures.all where !m.inputs.isEmpty && m.inputs.allSatisfy(wanted.contains) {
            wanted.insert(m.name)
        }
        var found = known
        wanted = wanted.filter { found.values[$0] == nil && found.unconverged[$0] == nil }
        try context.shareShortestPaths(for: wanted)
        for m in ActorMeasures.all where wanted.contains(m.name) && m.inputs.allSatisfy({ found.values[$0] != nil }) {
            do {
                found.values[m.name] = try context.values(of: m.name)
            } catch {
                // A measure that does not converge is left out (and reported) rather than
                // failing the whole table, unless the nodes are ranked by it.
                guard case .didNotConverge = error, m.name != options.rankBy else { throw error }
                found.unconverged[m.name] = error
            }
        }
        found.betweennessSources = context.betweennessSources ?? known.betweennessSources
        found.betweennessErrorBound = context.betweennessErrorBound ?? known.betweennessErrorBound
        found.distanceSources = context.distanceSources ?? known.distanceSources
        return found
    }

    /// The actors of `labeled` with `partition` (of `modularity`) and the measures of `found`,
    /// ranked.
    private init(
        _ labeled: LabeledGraph, options: Options, partition part: Partition?, modularity: Double?, found: Found
    ) {
        let g = labeled.graph
        let n = g.nodeCount
        let values = found.values
        self.options = options
        self.found = found
        entities = labeled.entities
        nodeCount = n
        edgeCount = g.edgeCount
        computed = ActorMeasures.all.map(\.name).filter { values[$0] != nil }
        notConverged = ActorMeasures.all.compactMap { m in found.unconverged[m.name].map { (m.name, $0) } }
        partition = part
        self.modularity = modularity
        brokers = part.flatMap { part in values[.betweenness].map { Self.brokers(betweenness: $0, graph: g, partition: part) } }
        betweennessSources = found.betweennessSources
        betweennessErrorBound = found.betweennessErrorBound
        distanceSources = found.distanceSources

        let key = values[options.rankBy] ?? []
        let entities = labeled.entities
        let order = Self.order(by: key, entities: entities)
        var rank = [Int](repeating: 0, count: n)
        var kindRank = rank
        var perKind: [EntityKind: Int] = [:]
        for (i, v) in order.enumerated() {
            rank[v] = i + 1
            perKind[entities[v].kind, default: 0] += 1
            kindRank[v] = perKind[entities[v].kind] ?? 0
        }
        var communityRank: [Int]?
        if let part {
            var ranks = [Int](repeating: 0, count: n)
            var perCommunity = [Int](repeating: 0, count: part.count)
            for v in order {
                perCommunity[part.community[v]] += 1
                ranks[v] = perCommunity[part.community[v]]
            }
            communityRank = ranks
        }
        ranking = order
        self.rank = rank
        self.communityRank = communityRank
        self.kindRank = kindRank
    }

    /// The broker flags (see ``brokers``).
    /// - Complexity: O(*n* + *m*).
    static func brokers(betweenness: [Double], graph g: WeightedGraph, partition: Partition) -> [Bool] {
        betweenness.indices.map { v in
            guard betweenness[v] >= brokerBetweenness else { return false }
            var seen = Set<Int>()
            for k in g.neighborRange(v) {
                seen.insert(partition.community[Int(g.targets[k])])
                if seen.count >= brokerCommunities { return true }
            }
            return false
        }
    }

    /// The partition of actors computed with ``Options/communities`` set, for the outputs
    /// that always ask for communities (the community listing, diagrams, the HTML report).
    /// - Precondition: communities were computed.
    public var communityPartition: Partition {
        guard let partition else { preconditionFailure("KeyActors computed without communities") }
        return partition
    }

    /// Whether `measure` was computed.
    public func isComputed(_ measure: MeasureName) -> Bool { values[measure] != nil }

    /// The value of `measure` for `node`; NaN when the measure was not computed.
    public func value(_ measure: MeasureName, of node: Int) -> Double {
        values[measure]?[node] ?? .nan
    }

    /// The values of `measure` in node order, or `nil` when it was not computed.
    public func values(of measure: MeasureName) -> [Double]? { values[measure] }

    /// Every node in decreasing order of `measure` (ties by name, then node index; nodes without
    /// a value last): the ranking by another measure than ``Options/rankBy``.
    /// - Complexity: O(*n* log *n*).
    public func ranking(by measure: MeasureName) -> [Int] {
        if measure == options.rankBy { return ranking }
        let key = values[measure] ?? [Double](repeating: .nan, count: nodeCount)
        return Self.order(by: key.map { $0.isNaN ? -.infinity : $0 }, entities: entities)
    }

    /// The ranked nodes of `kind`, of `community`, and/or brokers only (ranks keep their values
    /// over all nodes). Without communities no node is of a community and none is a broker.
    public func selecting(kind: EntityKind? = nil, community: Int? = nil, brokersOnly: Bool = false) -> [Int] {
        ranking.filter {
            (kind == nil || entities[$0].kind == kind) && (community == nil || partition?.community[$0] == community)
                && (!brokersOnly || brokers?[$0] == true)
        }
    }

    /// Node indices by decreasing `key`, ties by (name, index).
    private static func order(by key: [Double], entities: [Entity]) -> [Int] {
        entities.indices.sorted {
            let a = key[$0], b = key[$1]
            return a != b ? a > b : (entities[$0].name, $0) < (entities[$1].name, $1)
        }
    }
}
