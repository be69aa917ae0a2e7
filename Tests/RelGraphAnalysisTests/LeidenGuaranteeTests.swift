import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphAnalysis

/// What the Leiden paper guarantees, checked on results and on single phases: convergence (no
/// node move and no merge of two communities raises modularity), refined subsets that lie in one
/// community and are connected, and the same partition whatever the thread count; plus modularity
/// beside leidenalg's best of ten seeds.
///
/// Traag, V. A., L. Waltman, and N. J. van Eck. "From Louvain to Leiden: Guaranteeing
/// Well-Connected Communities." Scientific Reports 9 (2019): 5233, Algorithm A.2 and
/// Theorems 2 – 4.
@Suite("Leiden guarantees")
struct LeidenGuaranteeTests {
    /// The largest change of *m* · Q (edge-weight units) that moving one node to a neighbouring
    /// community, or to a new community of its own, would bring; ≤ 0 when no single move helps.
    /// - Complexity: O(*n* + *m*) expected.
    static func bestNodeMove(_ g: WeightedGraph, _ label: [Int], resolution gamma: Double) -> Double {
        let n = g.nodeCount, twoM = 2 * g.totalWeight
        var total = [Double](repeating: 0, count: n)
        var size = [Int](repeating: 0, count: n)
        for v in 0..<n {
            total[label[v]] += g.strength(v)
            size[label[v]] += 1
        }
        var best = -Double.infinity
        for v in 0..<n {
            let kv = g.strength(v), own = label[v]
            var link: [Int: Double] = [:]
            for e in Int(g.offsets[v])..<Int(g.offsets[v + 1]) where Int(g.targets[e]) != v {
                link[label[Int(g.targets[e])], default: 0] += g.weights[e]
            }
            let stay = link[own, default: 0] - gamma * kv * (total[own] - kv) / twoM
            if size[own] > 1 { best = max(best, -stay) }
            for (c, w) in link where c != own {
                best = max(best, w - gamma * kv * total[c] / twoM - stay)
            }
        }
        return best
    }

    /// The largest change of *m* · Q that merging two communities would bring (only adjacent
    /// pairs can gain); −∞ when no two communities touch.
    /// - Complexity: O(*n* + *m*) expected.
    static func bestMerge(_ g: WeightedGraph, _ label: [Int], resolution gamma: Double) -> Double {
        let n = g.nodeCount, twoM = 2 * g.totalWeight
        var total = [Double](repeating: 0, count: n)
        for v in 0..<n { total[label[v]] += g.strength(v) }
        var between: [Int: Double] = [:]
        for v in 0..<n {
            for e in Int(g.offsets[v])..<Int(g.offsets[v + 1]) {
                let a = label[v], b = label[Int(g.targets[e])]
                if a < b { between[a * n + b, default: 0] += g.weights[e] }
            }
        }
        var best = -Double.infinity
        for (key, w) in between {
            best = max(best, w - gamma * total[key / n] * total[key % n] / twoM)
        }
        return best
    }

    /// Expects `p` to be a converged Leiden partition of `g`: no node move and no merge helps.
    static func expectConverged(
        _ g: WeightedGraph, _ p: Partition, resolution: Double, _ what: String
    ) {
        let slack = 1e-9 * g.totalWeight
        let move = bestNodeMove(g, p.community, resolution: resolution)
        let merge = bestMerge(g, p.community, resolution: resolution)
        #expect(move <= slack, "\(what): a node move gains \(move)")
        #expect(merge <= slack, "\(what): a merge gains \(merge)")
    }

    static let seeds: [UInt64] = Array(0..<6)

    @Test("Converged: no node move and no merge of two communities raises Q", arguments: seeds)
    func convergedOnRandomGraphs(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 150, edgeProbability: 0.04, maxWeight: 5)
        for resolution in [0.5, 1, 2] {
            let p = try g.leiden(.init(resolution: resolution, seed: seed, restarts: 2))
            Self.expectConverged(g, p, resolution: resolution, "seed \(seed) γ \(resolution)")
        }
    }

    @Test("Converged on karate, florentine and kite, at NetworkX's greedy modularity or above")
    func convergedOnFixtures() throws {
        for name in ["karate", "florentine", "kite"] {
            let g = try TestGraphs.load(TestPaths.fixture("analysis/\(name).tsv")).graph
            let doc = try TestGraphs.json(TestPaths.fixture("analysis/\(name).expected.json"))
            let p = try g.leiden(.init(restarts: 1))
            Self.expectConverged(g, p, resolution: 1, name)
            #expect(LeidenTests.connected(g, p))
            if let greedy = doc["greedy_modularity"] as? Double {
                #expect(try g.modularity(of: p) >= greedy - 1e-12, "\(name)")
            }
        }
    }

    /// Communities of `part` (a labelling of the nodes of `g`) and their refined subsets.
    static func refineOnce(
        _ g: WeightedGraph, seed: UInt64, start: [Int32]? = nil
    ) -> (
        part: [Int32], refined: [Int32]
    ) {
        var run = LeidenRun(graph: g, options: .init(seed: seed), seed: seed)
        let level0 = CommunityGraph(g)
        var part = start ?? (0..<g.nodeCount).map { Int32($0) }
        if start == nil { run.moveNodesFast(level0, &part) }
        return (part, run.refine(level0, part))
    }

    /// Expects every refined subset to lie inside one community of `part` and to be connected.
    static func expectRefinementValid(_ g: WeightedGraph, _ part: [Int32], _ refined: [Int32]) {
        var groups: [Int32: [Int]] = [:]
        for v in 0..<g.nodeCount { groups[refined[v], default: []].append(v) }
        for members in groups.values {
            #expect(Set(members.map { part[$0] }).count == 1, "refined subset \(members) spans communities")
            let components = g.subgraph(nodes: members).graph.connectedComponents().count
            #expect(components == 1, "refined subset \(members) is not connected")
        }
    }

    @Test("Refinement: each refined subset lies in one community and is connected", arguments: seeds)
    func refinedSubsets(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 200, edgeProbability: 0.03, maxWeight: 5)
        let (part, refined) = Self.refineOnce(g, seed: seed)
        Self.expectRefinementValid(g, part, refined)
        // The refinement merges something (else aggregation would not shrink the graph).
        #expect(Set(refined).count < g.nodeCount)
        #expect(Set(refined).count >= Set(part).count)
    }

    @Test("Refinement splits a community that is not connected: two triangles as one community")
    func refinementSplitsDisconnectedCommunity() {
        let g = TestGraphs.make(6, unit: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)])
        for seed: UInt64 in 0..<8 {
            let (part, refined) = Self.refineOnce(g, seed: seed, start: [Int32](repeating: 0, count: 6))
            Self.expectRefinementValid(g, part, refined)
        }
        let p = try? g.leiden()
        #expect(p?.community == [0, 0, 0, 1, 1, 1])
    }

    @Test("The same partition for 1, 2 and 3 threads, and on every call, with several restarts")
    func threadIndependence() throws {
        var rng = SeededGenerator(seed: 11)
        let g = rng.graph(nodes: 1_200, edgeProbability: 0.006, maxWeight: 3)
        let options = LeidenOptions(seed: 5, restarts: 5)
        let p = try g.leiden(options)
        for threads in [1, 2, 3] {
            var o = options
            o.threads = threads
            #expect(try g.leiden(o) == p)
        }
        #expect(try g.leiden(options) == p)
        Self.expectConverged(g, p, resolution: 1, "1 200 nodes")
        #expect(LeidenTests.connected(g, p))
    }

    /// leidenalg 0.12 / igraph 1.0, `find_partition(g, ModularityVertexPartition,
    /// weights="weight", n_iterations=-1, seed=s)` for s in 0..<10, the best Q (computed by
    /// igraph's `modularity`): `python3 Scripts/leiden-vs-leidenalg.py ../shared/bench/graph/data/lfr_1k.tsv`.
    static let leidenalgBest = ["lfr_1k": 0.616693289226177, "lfr_10k": 0.6708619743613158]

    @Test(
        "LFR graphs: converged, connected, Q at least leidenalg's best of ten seeds",
        .enabled(if: TestPaths.sharedFile("bench/graph/data/lfr_1k.tsv") != nil),
        arguments: ["lfr_1k", "lfr_10k"])
    func lfr(_ name: String) throws {
        let url = try #require(TestPaths.sharedFile("bench/graph/data/\(name).tsv"))
        let g = try TestGraphs.load(url).graph
        let p = try g.leiden()
        let q = try g.modularity(of: p)
        #expect(q >= Self.leidenalgBest[name]! - 5e-10, "\(name): Q = \(q)")
        Self.expectConverged(g, p, resolution: 1, name)
        #expect(LeidenTests.connected(g, p))
    }
}
