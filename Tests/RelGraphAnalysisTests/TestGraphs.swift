import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

/// Small graphs, loaders and comparison helpers shared by the analysis tests.
enum TestGraphs {
    /// A graph on nodes `0..<n` from `(u, v, w)` triples.
    static func make(_ n: Int, _ edges: [(Int, Int, Double)]) -> WeightedGraph {
        let g = WeightedGraph(nodeCount: n, edges: edges.map { (Int32($0.0), Int32($0.1), $0.2) })
        #expect(g.invariantViolation() == nil)
        return g
    }

    /// A graph on nodes `0..<n` from unit-weight pairs.
    static func make(_ n: Int, unit edges: [(Int, Int)]) -> WeightedGraph {
        make(n, edges.map { ($0.0, $0.1, 1.0) })
    }

    /// The path 0 – 1 – 2.
    static let path3 = make(3, unit: [(0, 1), (1, 2)])

    /// A star with centre 0 and `leaves` leaves.
    static func star(leaves: Int) -> WeightedGraph {
        make(leaves + 1, unit: (1...leaves).map { (0, $0) })
    }

    /// The complete graph on `n` nodes.
    static func complete(_ n: Int) -> WeightedGraph {
        make(n, unit: (0..<n).flatMap { u in ((u + 1)..<n).map { (u, $0) } })
    }

    /// Two triangles joined by the edge 2 – 3:
    /// ```
    ///   0               4
    ///   | \           / |
    ///   |   2 ----- 3   |
    ///   | /           \ |
    ///   1               5
    /// ```
    static let bridge = make(6, unit: [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5)])

    /// A loaded edge list: the graph plus each node's name by index and index by name.
    struct Loaded {
        var graph: WeightedGraph
        var names: [String]
        var index: [String: Int]
    }

    /// Reads an edge list with RelGraphCore's reader; node *i* is the *i*-th entity.
    static func load(_ url: URL) throws -> Loaded {
        var warnings: [String] = []
        let entityGraph = try GraphFile.read(url.path, warnings: &warnings)
        #expect(warnings.isEmpty)
        let names = entityGraph.entities.map(\.name)
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let graph = entityGraph.weightedGraph()
        #expect(graph.invariantViolation() == nil)
        return Loaded(graph: graph, names: names, index: index)
    }

    /// A JSON object read with `JSONSerialization`.
    static func json(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// `doc[key]` as per-node values in node-index order.
    static func scores(_ doc: [String: Any], _ key: String, _ loaded: Loaded) throws -> [Double] {
        let byName = try #require(doc[key] as? [String: Any], "missing key \(key)")
        #expect(byName.count == loaded.names.count)
        return try loaded.names.map { name in
            try #require((byName[name] as? NSNumber)?.doubleValue, "no \(key) for \(name)")
        }
    }

    /// Expects |actual − expected| ≤ max(`relative` · |expected|, `absolute`) at every node and
    /// returns the largest relative error over nodes with |expected| ≥ `absolute`.
    @discardableResult
    static func expectClose(
        _ actual: [Double], _ expected: [Double], relative: Double, absolute: Double,
        _ label: String, names: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) -> Double {
        #expect(actual.count == expected.count, "\(label): count", sourceLocation: sourceLocation)
        var worst = 0.0
        for (i, (a, e)) in zip(actual, expected).enumerated() {
            let ok = abs(a - e) <= max(relative * abs(e), absolute)
            let name = i < names.count ? names[i] : "\(i)"
            #expect(ok, "\(label) at \(name): \(a) vs \(e)", sourceLocation: sourceLocation)
            if abs(e) >= absolute { worst = max(worst, abs(a - e) / abs(e)) }
        }
        return worst
    }
}

/// The shared seeded generator (GraphTestSupport's SplitMix64) with graph helpers.
struct SeededGenerator: RandomNumberGenerator {
    private var inner: SeededRandom
    init(seed: UInt64) { inner = SeededRandom(seed: seed) }
    mutating func next() -> UInt64 { inner.next() }
    mutating func below(_ bound: Int) -> Int { inner.below(bound) }

    /// A G(n, p) random graph with integer weights in `1...maxWeight` (all 1 when 1).
    mutating func graph(
        nodes n: Int, edgeProbability p: Double, maxWeight: Int = 5
    )
        -> WeightedGraph
    {
        var edges: [(Int, Int, Double)] = []
        for u in 0..<n {
            for v in (u + 1)..<n where Double(below(1 << 20)) / Double(1 << 20) < p {
                edges.append((u, v, Double(1 + below(maxWeight))))
            }
        }
        return TestGraphs.make(n, edges)
    }

    /// A random permutation of `0..<n`.
    mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        var i = n - 1
        while i > 0 {
            p.swapAt(i, below(i + 1))
            i -= 1
        }
        return p
    }
}
