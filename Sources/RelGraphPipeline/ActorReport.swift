import Foundation
import RelGraphAnalysis
import RelGraphCore

/// Every node of a graph with its centralities and community: the "key actors" table.
///
/// ## Measures and conventions
/// - `degree`: number of distinct neighbours (raw count).
/// - `strength`: sum of edge weights (weighted degree).
/// - `pagerank`: weighted PageRank, damping 0.85, sums to 1 (NetworkX `pagerank(G, weight='weight')`).
/// - `betweenness`: shortest-path betweenness, normalised by 2/((*n*−1)(*n*−2)) as NetworkX does
///   for undirected graphs; path length of an edge = 1/weight, so strong ties are short.
/// - `community`: Louvain community (0 is the largest), with the partition's modularity.
///
/// Rows are ranked by ``Measure`` (PageRank by default), ties by name.
public struct ActorReport: Sendable {
    /// A column that rows can be ranked by.
    public enum Measure: String, Sendable, CaseIterable {
        /// Weighted PageRank.
        case pagerank
        /// Normalised betweenness with length 1/weight.
        case betweenness
        /// Number of neighbours.
        case degree
        /// Sum of edge weights.
        case strength
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
        /// Normalised betweenness.
        public var betweenness: Double
        /// Community number (0 is the largest).
        public var community: Int
    }

    /// Rows in rank order.
    public var rows: [Row]
    /// The Louvain partition.
    public var partition: Partition
    /// Modularity of ``partition`` (0 for a graph without edges).
    public var modularity: Double
    /// PageRank per node, in entity order (for styling exports).
    public var pagerank: [Double]

    /// Computes every measure of `graph` and ranks the nodes by `rankBy`.
    /// - Throws: ``PipelineError/analysis(_:)`` if PageRank does not converge.
    /// - Complexity: dominated by betweenness, O(*n*·*m* + *n*² log *n*).
    public init(graph: EntityGraph, rankBy: Measure = .pagerank, seed: UInt64 = 42) throws(PipelineError) {
        let g = graph.weightedGraph()
        let pr: NodeScores
        do { pr = try g.pageRank() } catch { throw .analysis(error) }
        let bc = g.betweenness()
        let st = g.strengths()
        let part = g.louvain(LouvainOptions(seed: seed))
        modularity = g.totalWeight > 0 ? ((try? g.modularity(of: part)) ?? 0) : 0
        partition = part
        pagerank = pr.values
        var rows: [Row] = graph.entities.indices.map { i in
            let e = graph.entities[i]
            return Row(
                rank: 0, node: i, name: e.name, kind: e.kind, country: e.iso3 ?? e.affiliation,
                degree: g.degree(i), strength: st[i], pagerank: pr[i], betweenness: bc[i],
                community: part.community[i])
        }
        func key(_ r: Row) -> Double {
            switch rankBy {
            case .pagerank: return r.pagerank
            case .betweenness: return r.betweenness
            case .degree: return Double(r.degree)
            case .strength: return r.strength
            }
        }
        rows.sort { key($0) != key($1) ? key($0) > key($1) : ($0.name, $0.node) < ($1.name, $1.node) }
        for i in rows.indices { rows[i].rank = i + 1 }
        self.rows = rows
    }

    /// Column names of ``csv()`` and keys of ``json()``: stable, part of the interface.
    public static let columns = [
        "rank", "name", "kind", "country", "degree", "strength", "pagerank", "betweenness", "community",
    ]

    /// A fixed-width text table of the first `limit` rows (all when `nil`).
    public func table(limit: Int? = nil) -> String {
        let shown = rows.prefix(limit ?? rows.count)
        var cells: [[String]] = [["#", "Name", "Kind", "Country", "Degree", "Strength", "PageRank", "Betweenness", "Community"]]
        for r in shown {
            cells.append([
                "\(r.rank)", r.name, r.kind.rawValue, r.country ?? "", "\(r.degree)", Fixed.format(r.strength, 1),
                Fixed.format(r.pagerank, 4), Fixed.format(r.betweenness, 4), "\(r.community)",
            ])
        }
        let widths = (0..<cells[0].count).map { c in cells.map { $0[c].count }.max()! }
        let numeric: Set<Int> = [0, 4, 5, 6, 7, 8]
        return cells.map { row in
            row.enumerated().map { c, s in
                let pad = String(repeating: " ", count: widths[c] - s.count)
                return numeric.contains(c) ? pad + s : s + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header of ``columns``.
    public func csv(limit: Int? = nil) -> String {
        var out = Self.columns.joined(separator: ",") + "\n"
        for r in rows.prefix(limit ?? rows.count) {
            out += [
                "\(r.rank)", CSV.field(r.name), r.kind.rawValue, r.country ?? "", "\(r.degree)",
                Fixed.format(r.strength, 6), Fixed.format(r.pagerank, 12), Fixed.format(r.betweenness, 12),
                "\(r.community)",
            ].joined(separator: ",") + "\n"
        }
        return out
    }

    /// `{"modularity": Q, "nodes": [{rank, name, kind, country, degree, strength, pagerank,
    /// betweenness, community}]}` with full-precision numbers and sorted keys.
    public func json(limit: Int? = nil) -> String {
        let nodes: [[String: Any]] = rows.prefix(limit ?? rows.count).map { r in
            var d: [String: Any] = [
                "rank": r.rank, "name": r.name, "kind": r.kind.rawValue, "degree": r.degree,
                "strength": r.strength, "pagerank": r.pagerank, "betweenness": r.betweenness,
                "community": r.community,
            ]
            d["country"] = r.country ?? NSNull()
            return d
        }
        let obj: [String: Any] = ["modularity": modularity, "nodes": nodes]
        let data = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
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
