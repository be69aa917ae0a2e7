import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Leiden and label propagation: hand-worked cases and seeded properties.
@Suite("Leiden and label propagation")
struct LeidenTests {
    /// Two 5-cliques of weight-3 edges joined by the weak edge 4 – 5.
    static let twoCliques: WeightedGraph = {
        var edges: [(Int, Int, Double)] = []
        for base in [0, 5] {
            for u in 0..<5 { for v in (u + 1)..<5 { edges.append((base + u, base + v, 3)) } }
        }
        edges.append((4, 5, 1))
        return TestGraphs.make(10, edges)
    }()

    @Test("Bridge graph splits at the bridge with Q = 5/14 (documented example)")
    func bridge() throws {
        let p = try TestGraphs.bridge.leiden()
        #expect(p.community == [0, 0, 0, 1, 1, 1])
        #expect(abs(try TestGraphs.bridge.modularity(of: p) - 5.0 / 14) < 1e-15)
    }

    @Test("Two cliques: every algorithm and seed finds them")
    func twoCliques() throws {
        let expected = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
        for seed: UInt64 in [0, 1, 42, 1234] {
            #expect(try Self.twoCliques.leiden(.init(seed: seed)).community == expected)
            #expect(try Self.twoCliques.leiden(.init(seed: seed, restarts: 1)).community == expected)
            #expect(try Self.twoCliques.labelPropagation(.init(seed: seed)).community == expected)
        }
        #expect(try Self.twoCliques.leiden(.init(resolution: 0)).count == 1)
        #expect(try Self.twoCliques.leiden(.init(resolution: 100)).count == 10)
    }

    @Test("Ring of 8 four-cliques: each clique alone, Q = 6/7 − 1/8")
    func ringOfCliques() throws {
        var edges: [(Int, Int, Double)] = []
        for c in 0..<8 {
            for u in 0..<4 { for v in (u + 1)..<4 { edges.append((4 * c + u, 4 * c + v, 1)) } }
            edges.append((4 * c + 3, (4 * c + 4) % 32, 1))
        }
        let g = TestGraphs.make(32, edges)
        let p = try g.leiden()
        #expect(p.count == 8)
        #expect(abs(try g.modularity(of: p) - (6.0 / 7 - 1.0 / 8)) < 1e-12)
    }

    @Test("Edgeless graphs give singletons")
    func edgeless() throws {
        let g = TestGraphs.make(4, [])
        #expect(try g.leiden() == .singletons(nodeCount: 4))
        #expect(try g.labelPropagation() == .singletons(nodeCount: 4))
        #expect(try TestGraphs.make(0, []).leiden().count == 0)
    }

    /// Whether every community induces a connected subgraph.
    static func connected(_ g: WeightedGraph, _ p: Partition) -> Bool {
        p.communities.allSatisfy { members in
            g.subgraph(nodes: members).graph.connectedComponents().count == 1
        }
    }

    static let seeds: [UInt64] = Array(0..<8)

    @Test(
        "Leiden: connected communities, Q ≥ Louvain's level, deterministic, thread-independent",
        arguments: seeds)
    func properties(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 80, edgeProbability: 0.06, maxWeight: 5)
        let options = LeidenOptions(seed: seed, restarts: 4)
        let p = try g.leiden(options)
        #expect(try p == g.leiden(options))
        var one = options
        one.threads = 1
        var three = options
        three.threads = 3
        #expect(try p == g.leiden(one))
        #expect(try p == g.leiden(three))
        #expect(Self.connected(g, p))
        let q = try g.modularity(of: p)
        #expect(q >= (try g.modularity(of: .singletons(nodeCount: g.nodeCount))))
        #expect(abs(q - PropertyTests.definitionQ(g, p.community, resolution: 1)) < 1e-12)
        // Leiden keeps Louvain's guarantee-free result as a floor on these small graphs.
        #expect(q >= (try g.modularity(of: g.louvain(.init(seed: seed)))) - 0.02)
        // Resolution 2 and its modularity.
        let fine = try g.leiden(.init(resolution: 2, seed: seed))
        #expect(Self.connected(g, fine))
        #expect(fine.count >= p.count)
        // Label propagation gives a valid, deterministic partition whose labels are connected.
        let lp = try g.labelPropagation(.init(seed: seed))
        #expect(try lp == g.labelPropagation(.init(seed: seed)))
        #expect(lp.nodeCount == g.nodeCount)
        #expect(Self.connected(g, lp))
    }

    @Test("Relabelling nodes does not change Leiden's modularity on the two cliques or karate")
    func relabelling() throws {
        let karate = try TestGraphs.load(TestPaths.fixture("analysis/karate.tsv")).graph
        var rng = SeededGenerator(seed: 7)
        for g in [Self.twoCliques, karate] {
            let perm = rng.permutation(g.nodeCount)
            let h = PropertyTests.relabel(g, perm)
            #expect(abs(try g.modularity(of: g.leiden()) - (try h.modularity(of: h.leiden()))) < 1e-12)
        }
    }
}
