import Foundation
import GraphTestSupport
@testable import RelGraphAnalysis
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
        // ... plus the largest move made by the empirical-Bayes shrinkage.
        #expect(e.shrinkage > 0)
        #expect(abs(e.errorBound - bound - e.shrinkage) < 1e-12)
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

    @Test("Shrinkage keeps class totals and order within a class, pulls towards the class mean")
    func shrinkage() {
        let n = 200
        var rng = SeededGenerator(seed: 3)
        let y = (0..<n).map { _ in Double(rng.next() % 1000) / 100 }
        let variance = (0..<n).map { _ in Double(rng.next() % 100) / 10 }
        let covariate = (0..<n).map { Double($0 % 37) }
        let out = WeightedGraph.shrinkByClass(y, variance: variance, covariate: covariate)
        #expect(WeightedGraph.shrinkageClasses(nodes: n) == 4)
        #expect(out.allSatisfy { $0 >= 0 })
        let order = (0..<n).sorted {
            covariate[$0] != covariate[$1] ? covariate[$0] < covariate[$1] : $0 < $1
        }
        for c in 0..<4 {
            let members = Array(order[(c * n / 4)..<((c + 1) * n / 4)])
            let before = members.reduce(0) { $0 + y[$1] }, after = members.reduce(0) { $0 + out[$1] }
            #expect(abs(before - after) < 1e-9 * before)
            let mean = before / Double(members.count)
            for a in members {
                #expect(abs(out[a] - mean) <= abs(y[a] - mean) + 1e-12)
                for b in members where y[a] < y[b] { #expect(out[a] <= out[b]) }
            }
        }
        // No sampling noise: nothing moves.
        let same = WeightedGraph.shrinkByClass(y, variance: .init(repeating: 0, count: n), covariate: covariate)
        #expect(zip(same, y).allSatisfy { abs($0 - $1) < 1e-12 })
    }
}
