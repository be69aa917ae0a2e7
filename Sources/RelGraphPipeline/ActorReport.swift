import Foundation
import RelGraphAnalysis
import RelGraphCore

/// Every node of a graph with its centralities and community: the "key actors" table.
///
/// ## Measures and conventions (NetworkX 3.6 conventions throughout)
/// - `degree`: number of distinct neighbours (raw count). `strength`: sum of tie strengths.
/// - `pagerank`: weighted PageRank, damping 0.85, sums to 1 (`networkx.pagerank(G, weight="weight")`);
///   with ``Options/seenFrom`` personalised on those nodes (the graph as seen from an actor).
/// - `betweenness`: shortest-path betweenness · 2/((*n*−1)(*n*−2)) (`betweenness_centrality`,
///   normalized). Sampled from sources above ``RelGraphAnalysis/SourceSampling/automaticWorkLimit``
///   (see ``betweennessSources`` and ``betweennessErrorBound``).
/// - `closeness`: Wasserman–Faust closeness (`closeness_centrality`); `harmonic`: Σ 1/*d*
///   (`harmonic_centrality`), both sampled like betweenness on large graphs.
/// - `eigenvector`: weighted eigenvector centrality, unit L2 norm
///   (`eigenvector_centrality_numpy(G, weight="weight")`).
/// - `coreness`: core number, weights ignored (`core_number`). `clustering`: local clustering
///   coefficient, unweighted (`clustering`).
/// - Path-based measures read an edge of tie strength *w* as length 1/*w* by default (strong ties
///   are short); ``Options/weighting`` can treat weights as lengths or ignore them.
/// - `community`: Leiden communities by default (0 is the largest), with their modularity.
/// - `brokerage`: percentile of betweenness minus percentile of degree, in [−1, 1]; a node is a
///   `broker` when its betweenness is positive and in the top quarter and its brokerage is at
///   least 0.25 — it lies on far more shortest paths than its number of ties suggests.
///
/// Rows are ranked by ``Measure`` (PageRank by default), ties by name; `communityRank` and
/// `kindRank` rank the same way within the node's community and kind. Measures that were not
/// requested are NaN in ``Row`` (`nil` for coreness) and `null` / empty in the outputs.
public struct ActorReport: Sendable {
    /// A measure that can be computed and ranked by.
    public enum Measure: String, Sendable, CaseIterable {
        /// Weighted PageRank.
        case pagerank
        /// Normalised betweenness.
        case betweenness
        /// Number of neighbours.
        case degree
        /// Sum of edge weights.
        case strength
        /// Wasserman–Faust closeness.
        case closeness
        /// Harmonic centrality.
        case harmonic
        /// Weighted eigenvector centrality.
        case eigenvector
        /// Core number.
        case coreness
        /// Local clustering coefficient.
        case clustering
    }

    /// The community-detection algorithm of a report.
    public enum CommunityAlgorithm: String, Sendable, CaseIterable {
        /// Leiden (the default): connected communities, highest modularity.
        case leiden
        /// Louvain.
        case louvain
        /// Asynchronous label propagation.
        case labelPropagation = "label-propagation"
    }

    /// What to compute; every default is documented on its property.
    public struct Options: Sendable {
        /// The measure rows are ranked by; PageRank by default. Always computed.
        public var rankBy: Measure
        /// The measures to compute; all by default. Degree, strength and PageRank are always
        /// computed (they are cheap and exports need PageRank).
        public var measures: Set<Measure>
        /// How path-based measures read weights; 1/weight by default.
        public var weighting: PathWeighting
        /// The community algorithm; Leiden by default.
        public var algorithm: CommunityAlgorithm
        /// The modularity resolution γ for Leiden and Louvain; 1 by default.
        public var resolution: Double
        /// Seeds community detection and source sampling; 42 by default.
        public var seed: UInt64
        /// Exact or sampled all-pairs measures; automatic (exact up to 2 · 10⁹ steps) by default.
        public var sampling: SourceSampling?
        /// Worker threads; `nil` (the default) uses every core. Results do not depend on it.
        public var threads: Int?
        /// Nodes (entity indices) whose point of view PageRank takes: the random walk restarts
        /// at them instead of anywhere (rooted, personalised PageRank). Empty (the default) gives
        /// ordinary PageRank. ``ActorReport/pagerank`` follows it too.
        public var seenFrom: [Int]

        /// Creates options.
        public init(
            rankBy: Measure = .pagerank, measures: Set<Measure> = Set(Measure.allCases),
            weighting: PathWeighting = .reciprocal, algorithm: CommunityAlgorithm = .leiden,
            resolution: Double = 1, seed: UInt64 = 42, sampling: SourceSampling? = nil,
            threads: Int? = nil, seenFrom: [Int] = []
        ) {
            self.rankBy = rankBy
            self.measures = measures
            self.weighting = weighting
            self.algorithm = algorithm
            self.resolution = resolution
            self.seed = seed
            self.sampling = sampling
            self.threads = threads
            self.seenFrom = seenFrom
        }
    }

    /// One node's row.
    public struct Row: Sendable, Equatable {
        /// 1-based rank by the chosen measure.
        public var rank: Int
        /// Index of the node in the graph's entities.
        public var node: Int
        /// Canonical name.
        public var name: String
        /// Entity kind.
        public var kind: EntityKind
        /// ISO code of a country, or affiliation of a person.
        public var country: String?
        /// Number of neighbours.
        public var degree: Int
        /// Sum of edge weights.
        public var strength: Double
        /// PageRank.
        public var pagerank: Double
        /// Normalised betweenness (NaN when not computed).
        public var betweenness: Double
        /// Closeness (NaN when not computed).
        public var closeness: Double = .nan
        /// Harmonic centrality (NaN when not computed).
        public var harmonic: Double = .nan
        /// Eigenvector centrality (NaN when not computed).
        public var eigenvector: Double = .nan
        /// Core number (`nil` when not computed).
        public var coreness: Int? = nil
        /// Clustering coefficient (NaN when not computed).
        public var clustering: Double = .nan
        /// Community number (0 is the largest).
        public var community: Int
        /// 1-based rank within the community.
        public var communityRank: Int = 0
        /// 1-based rank within the kind.
        public var kindRank: Int = 0
        /// Betweenness percentile minus degree percentile (NaN without betweenness).
        public var brokerage: Double = .nan
        /// Whether the node is flagged as a broker.
        public var broker: Bool = false

        /// The value of `measure` in this row.
        public func value(_ measure: Measure) -> Double {
            switch measure {
            case .pagerank: return pagerank
            case .betweenness: return betweenness
            case .degree: return Double(degree)
            case .strength: return strength
            case .closeness: return closeness
            case .harmonic: return harmonic
            case .eigenvector: return eigenvector
            case .coreness: return coreness.map(Double.init) ?? .nan
            case .clustering: return clustering
            }
        }
    }

    /// Rows in rank order (possibly filtered by ``selecting(kind:community:brokersOnly:)``).
    public var rows: [Row]
    /// The community partition.
    public var partition: Partition
    /// Modularity of ``partition`` at the chosen resolution (0 for a graph without edges).
    public var modularity: Double
    /// PageRank per node, in entity order (for styling exports).
    public var pagerank: [Double]
    /// The options the report was computed with.
    public var options: Options
    /// The measures that were computed, in ``Measure/allCases`` order.
    public var measures: [Measure]
    /// Sources used for betweenness (*n* when exact; `nil` when not computed).
    public var betweennessSources: Int?
    /// Absolute error bound of sampled betweenness at 95 % confidence (0 when exact).
    public var betweennessErrorBound: Double?
    /// Sources used for closeness and harmonic (*n* when exact; `nil` when not computed).
    public var distanceSources: Int?
    /// Nodes and edges of the analysed graph.
    public var nodeCount: Int, edgeCount: Int

    /// Computes every measure of `graph` and ranks the nodes by `rankBy` (Leiden communities).
    /// - Throws: ``PipelineError/analysis(_:)`` if an iterative measure does not converge.
    public init(graph: EntityGraph, rankBy: Measure = .pagerank, seed: UInt64 = 42)
        throws(PipelineError)
    {
        try self.init(graph: graph, options: Options(rankBy: rankBy, seed: seed))
    }

    /// Computes the requested measures of `graph` and ranks the nodes.
    /// - Throws: ``PipelineError/analysis(_:)`` if an iterative measure does not converge or an
    ///   option is out of range.
    /// - Complexity: dominated by betweenness, closeness and harmonic: O(*k* · *m* log *n*) for *k*
    ///   sources (*k* = *n* up to 2 · 10⁹ steps); everything else is near linear in *m*.
    public init(graph: EntityGraph, options: Options) throws(PipelineError) {
        try self.init(graph: LabeledGraph(graph), options: options)
    }

    /// Computes the requested measures of `graph` (entities and adjacency only) and ranks the
    /// nodes; the same report as ``init(graph:options:)`` on the ``RelGraphCore/EntityGraph``
    /// it views.
    public init(graph labeled: LabeledGraph, options: Options) throws(PipelineError) {
        do {
            try AnalysisError.validateResolution(options.resolution)
            try AnalysisError.validateThreads(options.threads)
        } catch { throw .analysis(error) }
        let g = labeled.graph
        let entities = labeled.entities
        let n = g.nodeCount
        var wanted = options.measures.union([.pagerank, .degree, .strength, options.rankBy])
        if n == 0 { wanted = [.pagerank, .degree, .strength] }
        self.options = options
        measures = Measure.allCases.filter { wanted.contains($0) }
        nodeCount = n
        edgeCount = g.edgeCount
        let sampling = options.sampling ?? .automatic(seed: options.seed)

        let pr: NodeScores
        var personalization: [Int: Double]?
        if !options.seenFrom.isEmpty {
            guard options.seenFrom.allSatisfy({ $0 >= 0 && $0 < n }) else {
                throw .invalidArgument(message: "A node to see the graph from is not in the graph")
            }
            personalization = Dictionary(options.seenFrom.map { ($0, 1.0) }) { a, _ in a }
        }
        do { pr = try g.pageRank(.init(personalization: personalization)) } catch {
            throw .analysis(error)
        }
        pagerank = pr.values
        let strength = g.strengths()
        var betweenness: NodeScores?
        if wanted.contains(.betweenness) {
            let b: BetweennessEstimate
            do {
                b = try g.betweenness(
                    .init(weighting: options.weighting, threads: options.threads), sampling: sampling)
            } catch { throw .analysis(error) }
            betweenness = b.scores
            betweennessSources = b.sources
            betweennessErrorBound = b.errorBound
        }
        var distance: DistanceCentralities?
        if wanted.contains(.closeness) || wanted.contains(.harmonic) {
            let d: DistanceCentralities
            do {
                d = try g.distanceCentralities(
                    weighting: options.weighting, sampling: sampling, threads: options.threads)
            } catch { throw .analysis(error) }
            distance = d
            distanceSources = d.sources
        }
        var eigenvector: NodeScores?
        if wanted.contains(.eigenvector) {
            if g.edgeCount == 0 {
                eigenvector = NodeScores(values: .init(repeating: 0, count: n))
            } else {
                do { eigenvector = try g.eigenvector() } catch { throw .analysis(error) }
            }
        }
        let coreness = wanted.contains(.coreness) ? g.coreNumbers() : nil
        let clustering = wanted.contains(.clustering) ? g.clustering() : nil

        let part: Partition
        do {
            switch options.algorithm {
            case .leiden:
                part = try g.leiden(
                    .init(resolution: options.resolution, seed: options.seed, threads: options.threads))
            case .louvain:
                part = try g.louvain(.init(resolution: options.resolution, seed: options.seed))
            case .labelPropagation:
                part = try g.labelPropagation(.init(seed: options.seed))
            }
        } catch { throw .analysis(error) }
        partition = part
        modularity =
            g.totalWeight > 0
            ? ((try? g.modularity(of: part, resolution: options.resolution)) ?? 0) : 0

        let brokerage = betweenness.map { Self.brokerage(betweenness: $0.values, graph: g) }
        var rows: [Row] = entities.indices.map { i in
            let e = entities[i]
            var r = Row(
                rank: 0, node: i, name: e.name, kind: e.kind, country: e.iso3 ?? e.affiliation,
                degree: g.degree(i), strength: strength[i], pagerank: pr[i],
                betweenness: betweenness?[i] ?? .nan, community: part.community[i])
            if let distance {
                if wanted.contains(.closeness) { r.closeness = distance.closeness[i] }
                if wanted.contains(.harmonic) { r.harmonic = distance.harmonic[i] }
            }
            if let eigenvector { r.eigenvector = eigenvector[i] }
            if let coreness { r.coreness = Int(coreness[i]) }
            if let clustering { r.clustering = clustering[i] }
            if let brokerage {
                r.brokerage = brokerage.score[i]
                r.broker = brokerage.flag[i]
            }
            return r
        }
        let by = options.rankBy
        rows.sort {
            let a = $0.value(by), b = $1.value(by)
            return a != b ? a > b : ($0.name, $0.node) < ($1.name, $1.node)
        }
        var perCommunity: [Int: Int] = [:]
        var perKind: [EntityKind: Int] = [:]
        for i in rows.indices {
            rows[i].rank = i + 1
            perCommunity[rows[i].community, default: 0] += 1
            rows[i].communityRank = perCommunity[rows[i].community]!
            perKind[rows[i].kind, default: 0] += 1
            rows[i].kindRank = perKind[rows[i].kind]!
        }
        self.rows = rows
    }

    /// Percentile ranks (ties averaged, scaled to [0, 1]) of betweenness minus those of degree,
    /// and the broker flags (see the type's discussion).
    static func brokerage(betweenness: [Double], graph g: WeightedGraph)
        -> (score: [Double], flag: [Bool])
    {
        let n = betweenness.count
        let bp = percentiles(betweenness)
        let dp = percentiles((0..<n).map { Double(g.degree($0)) })
        let score = (0..<n).map { bp[$0] - dp[$0] }
        let flag = (0..<n).map { betweenness[$0] > 0 && bp[$0] >= 0.75 && score[$0] >= 0.25 }
        return (score, flag)
    }

    /// Average-rank percentiles in [0, 1]: (rank − 1) / (n − 1) with tied values sharing their mean rank.
    static func percentiles(_ x: [Double]) -> [Double] {
        let n = x.count
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        let order = x.indices.sorted { x[$0] < x[$1] }
        var p = [Double](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n, x[order[j + 1]] == x[order[i]] { j += 1 }
            let mean = Double(i + j) / 2 / Double(n - 1)
            for t in i...j { p[order[t]] = mean }
            i = j + 1
        }
        return p
    }

    /// The same report with only the rows of `kind`, of `community`, and/or brokers (ranks keep
    /// their values over all nodes).
    public func selecting(
        kind: EntityKind? = nil, community: Int? = nil, brokersOnly: Bool = false
    ) -> ActorReport {
        var copy = self
        copy.rows = rows.filter {
            (kind == nil || $0.kind == kind) && (community == nil || $0.community == community)
                && (!brokersOnly || $0.broker)
        }
        return copy
    }

    /// Column names of ``csv(limit:)`` and keys of each node in ``json(limit:)``: stable, part of
    /// the interface. New columns are only ever appended.
    public static let columns = [
        "rank", "name", "kind", "country", "degree", "strength", "pagerank", "betweenness",
        "community", "node", "closeness", "harmonic", "eigenvector", "coreness", "clustering",
        "communityRank", "kindRank", "brokerage", "broker",
    ]

    /// A fixed-width text table of the first `limit` rows (all when `nil`), showing the computed
    /// measures only.
    public func table(limit: Int? = nil) -> String {
        let shown = rows.prefix(limit ?? rows.count)
        var header = ["#", "Name", "Kind", "Country", "Comm.", "Degree", "Strength", "PageRank"]
        let optional: [(Measure, String)] = [
            (.betweenness, "Betweenness"), (.closeness, "Closeness"), (.harmonic, "Harmonic"),
            (.eigenvector, "Eigenvector"), (.coreness, "Core"), (.clustering, "Clustering"),
        ]
        let extra = optional.filter { measures.contains($0.0) }
        header += extra.map(\.1)
        let brokers = measures.contains(.betweenness)
        if brokers { header.append("Broker") }
        var cells = [header]
        for r in shown {
            var row = [
                "\(r.rank)", r.name, r.kind.rawValue, r.country ?? "", "\(r.community)",
                "\(r.degree)", Fixed.format(r.strength, 1), Fixed.format(r.pagerank, 4),
            ]
            for (m, _) in extra {
                row.append(m == .coreness ? "\(r.coreness ?? 0)" : Fixed.format(r.value(m), 4))
            }
            if brokers { row.append(r.broker ? "yes" : "") }
            cells.append(row)
        }
        let widths = (0..<header.count).map { c in cells.map { $0[c].count }.max()! }
        let textColumns: Set<Int> = [1, 2, 3, header.count - (brokers ? 1 : 0)]
        return cells.map { row in
            var line = row.enumerated().map { c, s in
                let pad = String(repeating: " ", count: widths[c] - s.count)
                return textColumns.contains(c) ? s + pad : pad + s
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header of ``columns``; measures not computed are empty fields.
    public func csv(limit: Int? = nil) -> String {
        var out = Self.columns.joined(separator: ",") + "\n"
        func num(_ x: Double, _ d: Int) -> String { x.isNaN ? "" : Fixed.format(x, d) }
        for r in rows.prefix(limit ?? rows.count) {
            out +=
                [
                    "\(r.rank)", CSV.field(r.name), r.kind.rawValue, CSV.field(r.country ?? ""),
                    "\(r.degree)", Fixed.format(r.strength, 6), Fixed.format(r.pagerank, 12),
                    num(r.betweenness, 12), "\(r.community)", "\(r.node)", num(r.closeness, 12),
                    num(r.harmonic, 12), num(r.eigenvector, 12), r.coreness.map { "\($0)" } ?? "",
                    num(r.clustering, 12), "\(r.communityRank)", "\(r.kindRank)",
                    num(r.brokerage, 6), measures.contains(.betweenness) ? "\(r.broker)" : "",
                ].joined(separator: ",") + "\n"
        }
        return out
    }

    /// The report as JSON with sorted keys and full-precision numbers:
    /// `{"nodeCount", "edgeCount", "modularity", "algorithm", "resolution", "seed", "weighting",
    /// "measures": [...], "betweenness": {"sources", "exact", "errorBound"} | null,
    /// "distance": {"sources", "exact"} | null, "nodes": [{<each of ``columns``>}]}`;
    /// measures not computed are `null`.
    public func json(limit: Int? = nil) -> String {
        var out = ""
        writeJSON(limit: limit) { out += $0 }
        return out
    }

    /// Writes ``json(limit:)`` in pieces of about 64 KB to `emit`, rendering one node at a time
    /// so that large graphs need no whole-document tree or string.
    public func writeJSON(limit: Int? = nil, to emit: (String) -> Void) {
        func num(_ x: Double) -> Any { x.isNaN ? NSNull() : x }
        let shown = rows.prefix(limit ?? rows.count)
        let start = shown.startIndex
        let nodes = JSONText.LazyArray(count: shown.count) { i -> Any in
            let r = shown[start + i]
            return [
                "rank": r.rank, "node": r.node, "name": r.name, "kind": r.kind.rawValue,
                "country": r.country ?? NSNull(), "degree": r.degree, "strength": r.strength,
                "pagerank": r.pagerank, "betweenness": num(r.betweenness),
                "closeness": num(r.closeness), "harmonic": num(r.harmonic),
                "eigenvector": num(r.eigenvector), "coreness": r.coreness ?? NSNull(),
                "clustering": num(r.clustering), "community": r.community,
                "communityRank": r.communityRank, "kindRank": r.kindRank,
                "brokerage": num(r.brokerage),
                "broker": measures.contains(.betweenness) ? r.broker : NSNull(),
            ] as [String: Any]
        }
        var obj: [String: Any] = [
            "nodeCount": nodeCount, "edgeCount": edgeCount, "modularity": modularity,
            "algorithm": options.algorithm.rawValue, "resolution": options.resolution,
            "seed": options.seed, "weighting": options.weighting.rawValue,
            "measures": measures.map(\.rawValue), "nodes": nodes,
        ]
        if let k = betweennessSources {
            obj["betweenness"] = [
                "sources": k, "exact": k == nodeCount, "errorBound": betweennessErrorBound ?? 0,
            ] as [String: Any]
        } else {
            obj["betweenness"] = NSNull()
        }
        obj["distance"] =
            distanceSources.map { ["sources": $0, "exact": $0 == nodeCount] as [String: Any] }
            ?? NSNull()
        JSONText.write(obj, to: emit)
    }
}

/// A small JSON writer: sorted keys, two-space indentation, and numbers in Swift's shortest
/// round-trip form (Foundation's `JSONSerialization` on Linux rounds doubles to 15 digits).
enum JSONText {
    /// An array rendered element by element: `element(i)` is built only when written.
    struct LazyArray {
        var count: Int
        var element: (Int) -> Any
    }

    /// Writes `render(value) + "\n"` to `emit` in pieces of about 64 KB; ``LazyArray`` values
    /// (at any depth) are rendered one element at a time.
    static func write(_ value: Any, to emit: (String) -> Void) {
        var buffer = ""
        func put(_ s: String) {
            buffer += s
            if buffer.utf8.count >= 1 << 16 {
                emit(buffer)
                buffer = ""
            }
        }
        func walk(_ value: Any, _ indent: String) {
            let inner = indent + "  "
            switch value {
            case let lazy as LazyArray:
                if lazy.count == 0 { return put("[]") }
                put("[\n")
                for i in 0..<lazy.count {
                    put(inner)
                    walk(lazy.element(i), inner)
                    put(i + 1 < lazy.count ? ",\n" : "\n")
                }
                put(indent + "]")
            case let o as [String: Any] where !o.isEmpty:
                put("{\n")
                let keys = o.keys.sorted()
                for (i, key) in keys.enumerated() {
                    put(inner + quote(key) + ": ")
                    walk(o[key]!, inner)
                    put(i + 1 < keys.count ? ",\n" : "\n")
                }
                put(indent + "}")
            default:
                put(render(value, indent: indent))
            }
        }
        walk(value, "")
        put("\n")
        if !buffer.isEmpty { emit(buffer) }
    }

    static func render(_ value: Any, indent: String = "") -> String {
        let inner = indent + "  "
        switch value {
        case is NSNull: return "null"
        case let b as Bool: return b ? "true" : "false"
        case let i as Int: return String(i)
        case let u as UInt64: return String(u)
        case let d as Double: return d.isFinite ? "\(d)" : "null"
        case let s as String: return quote(s)
        case let a as [Any]:
            if a.isEmpty { return "[]" }
            return "[\n" + a.map { inner + render($0, indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "]"
        case let o as [String: Any]:
            if o.isEmpty { return "{}" }
            return "{\n"
                + o.keys.sorted().map { inner + quote($0) + ": " + render(o[$0]!, indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        default: return quote("\(value)")
        }
    }

    static func quote(_ s: String) -> String { TextEscaping.json(s) }
}

/// Locale-independent fixed-point formatting.
enum Fixed {
    static func format(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (abs(x) * scale).rounded()
        let neg = x < 0 && r != 0
        var digits = String(Int64(r))
        if decimals > 0 {
            while digits.count <= decimals { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (neg ? "-" : "") + digits
    }
}

/// CSV quoting.
enum CSV {
    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
