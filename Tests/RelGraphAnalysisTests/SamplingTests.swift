import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Source-sampled betweenness, closeness and harmonic.
@Suite("Sampled all-pairs measures")
struct SamplingTests {
    static let graph: WeightedGraph = {
        var rng = SeededGenerator(seed: 11)
        return rng.graph(nodes: 200, edgeProbability: 0.04, maxWeight: 10)
    }()

    @Test("All sources, .exact and .automatic on a small graph equal the exact scores")
    func exactCases() {
        let g = Self.graph
        let exact = g.betweenness()
        for sampling: SourceSampling in [.exact, .automatic(), .sources(count: 500)] {
            let e = g.betweenness(.init(), sampling: sampling)
            #expect(e.isExact)
            #expect(e.sources == 200)
            #expect(e.errorBound == 0)
            #expect(e.scores == exact)
        }
        // Documented example: the path 0 – 1 – 2, unweighted.
        #expect(
            TestGraphs.path3.distanceCentralities(weighting: .unweighted, sampling: .exact)
                .harmonic.values == [1.5, 2, 1.5])
        let d = g.distanceCentralities(sampling: .exact)
        #expect(d.isExact)
        #expect(d.closeness == g.closeness())
        #expect(d.harmonic == g.harmonic())
    }

    @Test("Sampling: deterministic, thread-independent, within the stated bound, ranks agree")
    func sampled() {
        let g = Self.graph
        let exact = g.betweenness().values
        let e = g.betweenness(.init(threads: 1), sampling: .sources(count: 60, seed: 5))
        #expect(!e.isExact)
        #expect(e.sources == 60)
        #expect(e == g.betweenness(.init(threads: 3), sampling: .sources(count: 60, seed: 5)))
        #expect(e != g.betweenness(.init(), sampling: .sources(count: 60, seed: 6)))
        // Bound: (2n/(n−1)) √(ln(2n/0.05)/(2k)).
        let bound = 2 * 200.0 / 199 * (log(2 * 200 / 0.05) / 120).squareRoot()
        #expect(abs(e.errorBound - bound) < 1e-12)
        let worst = zip(e.scores.values, exact).map { abs($0 - $1) }.max()!
        #expect(worst <= e.errorBound)
        #expect(worst < 0.05)  // far inside the worst-case bound in practice
        // The top node by exact betweenness is among the estimate's top 5.
        let top = NodeScores(values: exact).ranking()[0]
        #expect(e.scores.ranking().prefix(5).contains(top))
        // The estimate's total is within 10 % of the exact total (the estimator is unbiased).
        let ratio = e.scores.values.reduce(0, +) / exact.reduce(0, +)
        #expect(abs(ratio - 1) < 0.1)
    }

    @Test("Sampled closeness and harmonic are close to exact on a connected graph")
    func sampledDistance() {
        var rng = SeededGenerator(seed: 2)
        let g = rng.graph(nodes: 150, edgeProbability: 0.08, maxWeight: 5)
        #expect(g.connectedComponents().count == 1)
        let exact = g.distanceCentralities(sampling: .exact)
        let s = g.distanceCentralities(sampling: .sources(count: 50, seed: 1), threads: 2)
        #expect(!s.isExact)
        #expect(s.sources == 50)
        #expect(s == g.distanceCentralities(sampling: .sources(count: 50, seed: 1), threads: 1))
        for v in 0..<g.nodeCount {
            #expect(abs(s.harmonic[v] / exact.harmonic[v] - 1) < 0.15)
            #expect(abs(s.closeness[v] / exact.closeness[v] - 1) < 0.15)
        }
    }

    @Test("The automatic rule: exact up to 2e9 steps, else max(100, 2e8/(n+m)) sources")
    func automaticRule() {
        #expect(SourceSampling.automaticSources(nodes: 100_000, edges: 975_539) == 185)
        // lfr_10k (10 000 nodes, 107 008 edges) is computed exactly; lfr_100k is sampled.
        #expect(10_000.0 * (10_000 + 107_008) <= SourceSampling.automaticWorkLimit)
        #expect(100_000.0 * (100_000 + 975_539) > SourceSampling.automaticWorkLimit)
        #expect(SourceSampling.automaticSources(nodes: 50, edges: 100) == 50)
        #expect(SourceSampling.automaticSources(nodes: 10_000_000, edges: 50_000_000) == 100)
    }
}
