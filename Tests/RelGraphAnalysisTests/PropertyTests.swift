import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Seeded properties over random graphs (the same graphs on every run).
@Suite("Seeded properties")
struct PropertyTests {
    static let seeds: [UInt64] = Array(0..<8)

    /// `graph` with node *v* renamed `permutation[v]`.
    static func relabel(_ graph: WeightedGraph, _ permutation: [Int]) -> WeightedGraph {
        TestGraphs.make(
            graph.nodeCount,
            graph.edges.map { (permutation[Int($0.0)], permutation[Int($0.1)], $0.2) })
    }

    @Test("Relabelling nodes permutes the scores", arguments: seeds)
    func relabelling(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 30 + rng.below(20), edgeProbability: 0.12, maxWeight: 4)
        let perm = rng.permutation(g.nodeCount)
        let h = Self.relabel(g, perm)
        func check(_ label: String, _ a: NodeScores, _ b: NodeScores) {
            let permuted = perm.indices.map { b[perm[$0]] }
            TestGraphs.expectClose(permuted, a.values, relative: 1e-12, absolute: 1e-14, label)
        }
        for weighting in PathWeighting.allCases {
            check(
                "betweenness \(weighting)", try g.betweenness(.init(weighting: weighting)),
                try h.betweenness(.init(weighting: weighting)))
            check(
                "closeness \(weighting)", try g.closeness(weighting: weighting),
                try h.closeness(weighting: weighting))
            check(
                "harmonic \(weighting)", try g.harmonic(weighting: weighting),
                try h.harmonic(weighting: weighting))
        }
        check("pagerank", try g.pageRank(), try h.pageRank())
        check("eigenvector", try g.eigenvector(), try h.eigenvector())
        check("core number", g.coreNumbers(), h.coreNumbers())
        check("clustering", g.clustering(), h.clustering())
        check("weighted clustering", g.clustering(weighted: true), h.clustering(weighted: true))
        check("degree", g.degreeCentrality(), h.degreeCentrality())
        check("strength", g.strengths(), h.strengths())
        // Modularity of the relabelled partition is unchanged too.
        let p = try g.louvain()
        let q = try g.modularity(of: p)
        var moved = [Int](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount { moved[perm[v]] = p.community[v] }
        #expect(abs(try h.modularity(of: Partition(assignment: moved)) - q) < 1e-12)
    }

    @Test("All-ones weights equal the unweighted measures", arguments: seeds)
    func unitWeights(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 40, edgeProbability: 0.1, maxWeight: 1)
        #expect(g.weights.allSatisfy { $0 == 1 })
        for weighting in [PathWeighting.reciprocal, .length] {
            TestGraphs.expectClose(
                try g.betweenness(.init(weighting: weighting)).values,
                try g.betweenness(.init(weighting: .unweighted)).values, relative: 1e-12,
                absolute: 1e-14, "betweenness")
            #expect(try g.closeness(weighting: weighting) == g.closeness(weighting: .unweighted))
            #expect(try g.harmonic(weighting: weighting) == g.harmonic(weighting: .unweighted))
        }
        TestGraphs.expectClose(
            try g.eigenvector().values, try g.eigenvector(.init(weighted: false)).values,
            relative: 1e-10, absolute: 1e-14, "eigenvector")
        #expect(g.clustering(weighted: true) == g.clustering())
        // `unweighted()` on a weighted graph gives the hop-count measures.
        let w = rng.graph(nodes: 40, edgeProbability: 0.1, maxWeight: 5)
        #expect(try w.unweighted().closeness() == w.closeness(weighting: .unweighted))
    }

    @Test("Betweenness is bit-identical for 1, 2, 3 and 4 threads")
    func threadCountInvariance() throws {
        var rng = SeededGenerator(seed: 42)
        let g = rng.graph(nodes: 300, edgeProbability: 0.03, maxWeight: 10)
        for weighting in PathWeighting.allCases {
            let one = try g.betweenness(.init(weighting: weighting, threads: 1)).values
            #expect(try one == g.betweenness(.init(weighting: weighting, threads: 4)).values)
            #expect(try one == g.betweenness(.init(weighting: weighting, threads: 3)).values)
            #expect(try one == g.betweenness(.init(weighting: weighting, threads: 2)).values)
            #expect(try one == g.betweenness(.init(weighting: weighting)).values)
        }
        let karate = try TestGraphs.load(TestPaths.fixture("analysis/karate.tsv")).graph
        #expect(try karate.betweenness(.init(threads: 1)) == karate.betweenness(.init(threads: 4)))
    }

    @Test("One shared search per source gives the bits of separate betweenness, closeness and harmonic", arguments: seeds)
    func sharedShortestPaths(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        // Sparse enough to leave several components (closeness's reach factor matters).
        let g = rng.graph(nodes: 120, edgeProbability: 0.02, maxWeight: 6)
        for weighting in PathWeighting.allCases {
            for normalized in [true, false] {
                for wf in [true, false] {
                    let options = BetweennessOptions(normalized: normalized, weighting: weighting, threads: 1 + Int(seed % 3))
                    let (b, d) = try g.betweennessAndDistanceCentralities(options, wfImproved: wf)
                    #expect(try b == g.betweenness(options))
                    let apart = try g.distanceCentralities(weighting: weighting, sampling: .exact, wfImproved: wf, threads: 1)
                    #expect(d == apart)
                }
            }
        }
    }

    @Test("Key actors share the searches only when all are exact, with unchanged values")
    func keyActorsShareSearches() throws {
        var rng = SeededGenerator(seed: 7)
        let g = rng.graph(nodes: 150, edgeProbability: 0.03)
        let context = try MeasureContext(graph: g, sampling: .exact)
        try context.shareShortestPaths(for: [.betweenness, .closeness])
        #expect(try context.computedValues(of: .betweenness) == g.betweenness().values)
        #expect(context.distanceSources == g.nodeCount && context.betweennessErrorBound == 0)
        let separate = try MeasureContext(graph: g, sampling: .exact)
        for name in [MeasureName.betweenness, .closeness, .harmonic] {
            #expect(try context.values(of: name) == separate.values(of: name))
        }
        // Sampled betweenness is left to its own estimator.
        let sampled = try MeasureContext(graph: g, sampling: .sources(count: 20, seed: 1))
        try sampled.shareShortestPaths(for: [.betweenness, .closeness])
        #expect(sampled.computedValues(of: .betweenness) == nil && sampled.distanceSources == nil)
        // Betweenness alone does not trigger it.
        let alone = try MeasureContext(graph: g, sampling: .exact)
        try alone.shareShortestPaths(for: [.betweenness, .pagerank])
        #expect(alone.computedValues(of: .betweenness) == nil)
    }

    @Test("Scores stay in range: betweenness in [0, 1], PageRank sums to 1", arguments: seeds)
    func ranges(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 25, edgeProbability: 0.15, maxWeight: 10)
        #expect(try g.betweenness().values.allSatisfy { $0 >= 0 && $0 <= 1 })
        let pr = try g.pageRank().values
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
        #expect(pr.allSatisfy { $0 > 0 })
    }

    @Test(
        "Louvain: Q ≥ Q(singletons), modularity(of:) agrees with the definition, same seed same partition",
        arguments: seeds)
    func louvain(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 60, edgeProbability: 0.08, maxWeight: 5)
        let options = LouvainOptions(seed: seed)
        let p = try g.louvain(options)
        #expect(try p == g.louvain(options))
        #expect(p.nodeCount == g.nodeCount)
        #expect(p.community.allSatisfy { (0..<p.count).contains($0) })
        #expect(p.communities.map(\.count) == p.communities.map(\.count).sorted(by: >))
        let q = try g.modularity(of: p)
        #expect(q >= (try g.modularity(of: .singletons(nodeCount: g.nodeCount))))
        #expect(abs(q - Self.definitionQ(g, p.community, resolution: 1)) < 1e-12)
        // A higher resolution never gives fewer communities here, and Q(γ) is consistent too.
        let fine = try g.louvain(.init(resolution: 2, seed: seed))
        #expect(fine.count >= p.count)
        #expect(
            abs(
                try g.modularity(of: fine, resolution: 2)
                    - Self.definitionQ(g, fine.community, resolution: 2))
                < 1e-12)
    }

    /// Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j), straight from the definition.
    static func definitionQ(_ g: WeightedGraph, _ c: [Int], resolution: Double) -> Double {
        let n = g.nodeCount
        let twoM = 2 * g.totalWeight
        let k = g.strengths()
        var sum = 0.0
        for i in 0..<n {
            for j in 0..<n where c[i] == c[j] {
                sum += (g.weight(i, j) ?? 0) - resolution * k[i] * k[j] / twoM
            }
        }
        return sum / twoM
    }
}
