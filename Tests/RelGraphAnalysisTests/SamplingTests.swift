import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphAnalysis

/// Source-sampled betweenness, closeness and harmonic.
@Suite("Sampled all-pairs measures")
struct SamplingTests {
    static let graph: WeightedGraph = {
        var rng = SeededGenerator(seed: 11)
        return rng.graph(nodes: 200, edgeProbability: 0.04, maxWeight: 10)
    }()

    @Test("All sources, .exact and .automatic on a small graph equal the exact scores")
    func exactCases() throws {
        let g = Self.graph
        let exact = try g.betweenness()
        for sampling: SourceSampling in [.exact, .automatic(), .sources(count: 500)] {
            let e = try g.betweenness(.init(), sampling: sampling)
            #expect(e.isExact)
            #expect(e.sources == 200)
            #expect(e.errorBound == 0)
            #expect(e.scores == exact)
        }
        // Documented example: the path 0 – 1 – 2, unweighted.
        #expect(
            try TestGraphs.path3.distanceCentralities(weighting: .unweighted, sampling: .exact)
                .harmonic.values == [1.5, 2, 1.5])
        let d = try g.distanceCentralities(sampling: .exact)
        #expect(d.isExact)
        #expect(try d.closeness == g.closeness())
        #expect(try d.harmonic == g.harmonic())
    }

    @Test("Sampling: deterministic, thread-independent, within the stated bound, ranks agree")
    func sampled() throws {
        let g = Self.graph
        let exact = try g.betweenness().values
        let e = try g.betweenness(.init(threads: 1), sampling: .sources(count: 60, seed: 5))
        #expect(!e.isExact)
        #expect(e.sources == 60)
        #expect(try e == g.betweenness(.init(threads: 3), sampling: .sources(count: 60, seed: 5)))
        #expect(try e != g.betweenness(.init(), sampling: .sources(count: 60, seed: 6)))
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
    func sampledDistance() throws {
        var rng = SeededGenerator(seed: 2)
        let g = rng.graph(nodes: 150, edgeProbability: 0.08, maxWeight: 5)
        #expect(g.connectedComponents().count == 1)
        let exact = try g.distanceCentralities(sampling: .exact)
        let s = try g.distanceCentralities(sampling: .sources(count: 50, seed: 1), threads: 2)
        #expect(!s.isExact)
        #expect(s.sources == 50)
        #expect(try s == g.distanceCentralities(sampling: .sources(count: 50, seed: 1), threads: 1))
        for v in 0..<g.nodeCount {
            #expect(abs(s.harmonic[v] / exact.harmonic[v] - 1) < 0.15)
            #expect(abs(s.closeness[v] / exact.closeness[v] - 1) < 0.15)
        }
    }

    @Test("The bucket search on integer lengths gives the heap search's dependencies")
    func bucketSearch() throws {
        let g = Self.graph
        let integer = try #require(IntegerLengthGraph(g, weighting: .reciprocal))
        #expect(integer.unit > 0 && integer.longest / integer.shortest <= 10)
        let all = (0..<Int32(g.nodeCount)).map { $0 }
        let heap = try g.dependencySums(sources: nil, weighting: .reciprocal, threads: 1, scaled: true)
        for weighting in [PathWeighting.reciprocal, .length] {
            let (sums, roots) = try g.scaledDependencySums(sources: all, weighting: weighting, threads: 2)
            let reference =
                weighting == .reciprocal
                ? heap : try g.dependencySums(sources: nil, weighting: .length, threads: 1, scaled: true)
            for v in 0..<g.nodeCount {
                #expect(abs(sums[v] - reference[v]) <= 1e-9 * max(1, reference[v]))
                #expect(roots[v] >= 0 && roots[v] * roots[v] >= sums[v] * (1 - 1e-9))
            }
        }
        // Fractional weights fall back to the heap search, with the same sums.
        let scaled = TestGraphs.make(
            g.nodeCount, g.edges.map { (Int($0.0), Int($0.1), $0.2 * 1.5) })
        #expect(IntegerLengthGraph(scaled, weighting: .reciprocal) == nil)
        let fallback = try scaled.scaledDependencySums(sources: all, weighting: .reciprocal, threads: 3)
        for v in 0..<g.nodeCount {
            // Lengths are 2/3 of the original ones: same paths, and scaled dependencies are ratios.
            #expect(abs(fallback.sums[v] - heap[v]) <= 1e-9 * max(1, heap[v]))
        }
    }

    @Test("Integer lengths: common unit, detours drop arcs, fractional weights are refused")
    func integerLengths() throws {
        // Triangle 0–1 (weight 1), 0–2 and 2–1 (weight 10): 0.1 + 0.1 < 1, so 0–1 is dropped.
        let g = TestGraphs.make(3, [(0, 1, 1), (0, 2, 10), (2, 1, 10)])
        let integer = try #require(IntegerLengthGraph(g, weighting: .reciprocal))
        #expect(integer.unit == 1.0 / 10)
        #expect(integer.shortest == 1 && integer.longest == 10)
        #expect(integer.arcs.count == 4)
        #expect(integer.arcs.allSatisfy { $0.length == 1 })
        #expect(try #require(IntegerLengthGraph(g, weighting: .length)).arcs.count == 6)
        #expect(IntegerLengthGraph(g, weighting: .unweighted) == nil)
        let half = TestGraphs.make(2, [(0, 1, 0.5)])
        #expect(IntegerLengthGraph(half, weighting: .reciprocal) == nil)
        // Weights 1 … 10 share the unit 1/2520.
        let ten = TestGraphs.make(11, (1...10).map { (0, $0, Double($0)) })
        #expect(try #require(IntegerLengthGraph(ten, weighting: .reciprocal)).unit == 1.0 / 2520)
    }

    @Test("Calibration: monotone power law keeping the direct total")
    func calibration() {
        // direct = 3 z^1.5: the power fitted on class means is close to 1.5, so the values come
        // back to within a few per cent.
        let z = (1...200).map { 10 + Double($0) / 10 }
        let direct = z.map { 3 * pow($0, 1.5) }
        let out = WeightedGraph.calibrate(z, to: direct)
        for v in z.indices { #expect(abs(out[v] / direct[v] - 1) < 0.02) }
        // Noisy direct values: the order of z is kept and so is the total.
        var rng = SeededGenerator(seed: 4)
        let noisy: [Double] = direct.map { $0 * Double(50 + rng.next() % 100) / 100 }
        let fitted = WeightedGraph.calibrate(z, to: noisy)
        #expect(zip(fitted, fitted.dropFirst()).allSatisfy { $0 < $1 })
        let fittedTotal: Double = fitted.reduce(0, +), noisyTotal: Double = noisy.reduce(0, +)
        #expect(abs(fittedTotal / noisyTotal - 1) < 1e-12)
        // All zero: the direct values are returned.
        #expect(WeightedGraph.calibrate([0, 0], to: [1, 2]) == [1, 2])
    }

    @Test("The automatic rule: exact up to 2e9 steps, else max(100, 2e8/(n+m)) sources (1e9 for betweenness)")
    func automaticRule() throws {
        #expect(SourceSampling.automaticSources(nodes: 100_000, edges: 975_539) == 185)
        #expect(SourceSampling.automaticBetweennessSources(nodes: 100_000, edges: 975_539) == 929)
        #expect(try SourceSampling.automatic().sourceCount(nodes: 100_000, edges: 975_539).count == 185)
        #expect(
            try SourceSampling.automatic().sourceCount(nodes: 100_000, edges: 975_539, betweenness: true)
                .count == 929)
        #expect(SourceSampling.automaticBetweennessSources(nodes: 50, edges: 100) == 50)
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
