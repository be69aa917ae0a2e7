import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

@Suite("Partitions, modularity and Louvain")
struct CommunityTests {
    @Test("Canonical numbering: by decreasing size, ties by smallest member")
    func canonical() {
        let p = Partition(assignment: [7, 7, 3, 9, 3, 3])
        #expect(p.community == [1, 1, 0, 2, 0, 0])
        #expect(p.members(of: 0) == [2, 4, 5])
        #expect(p.members(of: 1) == [0, 1])
        #expect(p.count == 3)
        #expect(p.nodeCount == 6)
        #expect(Partition(assignment: [5, 1, 5, 1]) == Partition(assignment: [0, 9, 0, 9]))
        #expect(Partition(assignment: [5, 1, 5, 1]).community == [0, 1, 0, 1])
        #expect(Partition.singletons(nodeCount: 3).community == [0, 1, 2])
        #expect(Partition(assignment: []).count == 0)
    }

    @Test("Modularity with resolution, singletons and one community")
    func modularity() throws {
        let g = TestGraphs.bridge  // m = 7, every node strength 2 except 2 and 3 (3)
        let whole = Partition(assignment: [Int](repeating: 0, count: 6))
        #expect(abs(try g.modularity(of: whole)) < 1e-15)  // 1 − γ
        #expect(abs(try g.modularity(of: whole, resolution: 0.5) - 0.5) < 1e-15)
        // Singletons: −Σ (k_i / 2m)² = −(4 · 4 + 2 · 9) / 196.
        #expect(abs(try g.modularity(of: .singletons(nodeCount: 6)) + 34.0 / 196) < 1e-15)
        // Resolution γ on the split: 2 (3/7 − γ/4).
        let split = Partition(assignment: [0, 0, 0, 1, 1, 1])
        #expect(abs(try g.modularity(of: split, resolution: 2) - (6.0 / 7 - 1)) < 1e-15)
    }

    @Test("Louvain on two 5-cliques joined by a weak edge finds the cliques")
    func twoCliques() throws {
        var edges: [(Int, Int, Double)] = []
        for base in [0, 5] {
            for u in 0..<5 { for v in (u + 1)..<5 { edges.append((base + u, base + v, 3)) } }
        }
        edges.append((4, 5, 1))
        let g = TestGraphs.make(10, edges)
        for seed: UInt64 in [0, 1, 42, 1234] {
            let p = try g.louvain(.init(seed: seed))
            #expect(p.community == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        }
        // A resolution of 0 rewards merging everything; a huge one leaves singletons.
        #expect(try g.louvain(.init(resolution: 0)).count == 1)
        #expect(try g.louvain(.init(resolution: 100)).count == 10)
    }

    @Test("Louvain on a graph without edges gives singletons")
    func edgeless() throws {
        let g = TestGraphs.make(4, [])
        #expect(try g.louvain() == .singletons(nodeCount: 4))
        #expect(throws: AnalysisError.emptyGraph(measure: "modularity")) {
            try g.modularity(of: .singletons(nodeCount: 4))
        }
    }

    @Test("Louvain merges across levels: a ring of cliques")
    func ringOfCliques() throws {
        // 8 cliques of 4 nodes in a ring; the optimum puts each clique alone (Q ≈ 0.7187),
        // which the first level finds; later levels must not merge neighbouring cliques.
        var edges: [(Int, Int, Double)] = []
        for c in 0..<8 {
            for u in 0..<4 { for v in (u + 1)..<4 { edges.append((4 * c + u, 4 * c + v, 1)) } }
            edges.append((4 * c + 3, (4 * c + 4) % 32, 1))
        }
        let g = TestGraphs.make(32, edges)
        let p = try g.louvain()
        #expect(p.count == 8)
        #expect(p.communities.allSatisfy { $0.count == 4 && $0[3] - $0[0] == 3 })
        // m = 56, each clique: L = 6, d = 14, so Q = 8 (6/56 − (14/112)²) = 6/7 − 1/8.
        #expect(abs(try g.modularity(of: p) - (6.0 / 7 - 1.0 / 8)) < 1e-12)
    }

    @Test("Restarts through CommunityAlgorithm: the algorithm's own best-of-N, never worse than one run")
    func restartsThroughTheAlgorithmChoice() throws {
        let g = try TestGraphs.load(TestPaths.fixture("analysis/karate.tsv")).graph
        for seed: UInt64 in [1, 7, 42] {
            let one = try CommunityAlgorithm.louvain.partition(of: g, seed: seed)
            let best = try CommunityAlgorithm.louvain.partition(of: g, seed: seed, restarts: 6)
            #expect(best == (try g.louvain(LouvainOptions(seed: seed, restarts: 6))))
            #expect(try g.modularity(of: best) >= (try g.modularity(of: one)))
            let leiden = try CommunityAlgorithm.leiden.partition(of: g, seed: seed, restarts: 6, threads: 2)
            #expect(leiden == (try g.leiden(LeidenOptions(seed: seed, restarts: 6, threads: 1))))
            #expect(
                try g.modularity(of: leiden)
                    >= (try g.modularity(of: try CommunityAlgorithm.leiden.partition(of: g, seed: seed, restarts: 1))))
        }
        #expect(throws: AnalysisError.self) { try CommunityAlgorithm.leiden.partition(of: g, restarts: 0) }
        #expect(throws: AnalysisError.self) { try CommunityAlgorithm.louvain.partition(of: g, restarts: 0) }
        // Label propagation ignores it.
        #expect(
            try CommunityAlgorithm.labelPropagation.partition(of: g, restarts: 5)
                == (try CommunityAlgorithm.labelPropagation.partition(of: g)))
    }
}
