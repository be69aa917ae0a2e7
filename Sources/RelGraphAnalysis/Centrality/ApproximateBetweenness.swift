import Foundation
import RelGraphCore

/// How all-pairs measures (``RelGraphCore/WeightedGraph/betweenness(_:sampling:)`` and
/// ``RelGraphCore/WeightedGraph/distanceCentralities(weighting:sampling:threads:)``) choose
/// between every node as a source (exact) and a uniform sample of sources (an estimate).
public enum SourceSampling: Sendable, Equatable {
    /// Every node is a source: exact values.
    case exact
    /// `count` distinct sources drawn uniformly with `seed` (all nodes when `count` ≥ *n*).
    case sources(count: Int, seed: UInt64 = 42)
    /// Exact when the work *n* · (*n* + *m*) is at most ``automaticWorkLimit`` (graphs up to
    /// about 10 000 nodes and 100 000 edges), otherwise ``automaticSources(nodes:edges:)``
    /// sources drawn with `seed` (``automaticBetweennessSources(nodes:edges:)`` for
    /// betweenness). The default.
    case automatic(seed: UInt64 = 42)

    /// The largest *n* · (*n* + *m*) computed exactly by ``automatic(seed:)``: 2 · 10⁹.
    public static let automaticWorkLimit = 2e9

    /// The largest power *p* of the covariates Σ (1 / length)^*p* among which sampled
    /// betweenness picks the one to shrink by (see ``RelGraphCore/WeightedGraph/betweenness(_:sampling:)``).
    static let maxCovariatePower = 4

    /// The number of sources ``automatic(seed:)`` samples for closeness and harmonic on a graph
    /// too large to do exactly: max(100, ⌊2 · 10⁸ / (*n* + *m*)⌋), at most *n*; 185 on 100 000
    /// nodes and 975 539 edges.
    public static func automaticSources(nodes n: Int, edges m: Int) -> Int {
        min(n, max(100, Int(2e8 / Double(max(1, n + m)))))
    }

    /// The number of sources ``automatic(seed:)`` samples for betweenness on a graph too large
    /// to do exactly: max(100, ⌊10⁹ / (*n* + *m*)⌋), at most *n*; 929 (0.93 %) on 100 000 nodes
    /// and 975 539 edges, about 12 ms of CPU each there with integer weights
    /// (``BucketDependencySearch``; see Benchmarks/analysis.md). More than
    /// ``automaticSources(nodes:edges:)`` because each source is cheaper and the rank order of
    /// the estimate needs about 1 % of the sources.
    public static func automaticBetweennessSources(nodes n: Int, edges m: Int) -> Int {
        min(n, max(100, Int(1e9 / Double(max(1, n + m)))))
    }
}

extension SourceSampling {
    /// The number of sources to use on a graph with `n` nodes and `m` edges (`n` = exact), and
    /// the seed to draw them with; `betweenness` selects
    /// ``automaticBetweennessSources(nodes:edges:)`` for ``automatic(seed:)``.
    func sourceCount(
        nodes n: Int, edges m: Int, betweenness: Bool = false
    ) throws(AnalysisError) -> (count: Int, seed: UInt64) {
        switch self {
        case .exact: return (n, 0)
        case .sources(let count, let seed):
            try AnalysisError.validateAtLeastOne(count, name: "sources")
            return (min(n, count), seed)
        case .automatic(let seed):
            if Double(n) * Double(n + m) > SourceSampling.automaticWorkLimit {
                let count =
                    betweenness
                    ? SourceSampling.automaticBetweennessSources(nodes: n, edges: m)
                    : SourceSampling.automaticSources(nodes: n, edges: m)
                return (count, seed)
            }
            return (n, seed)
        }
    }

    /// `k` distinct nodes of `0..<n` drawn uniformly with `seed` (partial Fisher–Yates), sorted.
    static func draw(_ k: Int, of n: Int, seed: UInt64) -> [Int32] {
        var rng = SplitMix64(seed: seed)
        var pool = (0..<n).map { Int32($0) }
        for i in 0..<k { pool.swapAt(i, i + rng.next(below: n - i)) }
        return pool[0..<k].sorted()
    }
}

/// Betweenness scores with how they were obtained and, when sampled, their error bound.
public struct BetweennessEstimate: Sendable, Equatable {
    /// The (estimated) scores, normalised as requested.
    public let scores: NodeScores
    /// The number of source nodes used; *n* when exact.
    public let sources: Int
    /// Whether every node was a source (the scores are exact).
    public let isExact: Bool
    /// With probability at least ``confidence``, every normalised score is within this
    /// absolute distance of its exact value (0 when exact; scaled by (*n* − 1)(*n* − 2) / 2 when
    /// unnormalised).
    public let errorBound: Double
    /// The probability 1 − δ attached to ``errorBound``: 0.95.
    public let confidence: Double
    /// The largest distance by which shrinkage moved a score from its direct (unbiased)
    /// estimate; included in ``errorBound``. 0 when exact.
    public let shrinkage: Double

    init(
        scores: NodeScores, sources: Int, isExact: Bool, errorBound: Double, confidence: Double,
        shrinkage: Double = 0
    ) {
        self.scores = scores
        self.sources = sources
        self.isExact = isExact
        self.errorBound = errorBound
        self.confidence = confidence
        self.shrinkage = shrinkage
    }
}

extension WeightedGraph {
    /// Computes betweenness exactly or estimates it from a sample of source nodes.
    ///
    /// **Direct estimate.** With *k* sources *S* drawn uniformly without replacement, the direct
    /// estimate of *v* is (2*n* / *k*) Σ_{s ∈ S} δ̃_s(*v*), normalised as in ``betweenness(_:)``,
    /// where δ̃_s(*v*) = Σ_t (σ_st(*v*) / σ_st) · *d*(*s*, *v*) / *d*(*s*, *t*) is the "linearly
    /// scaled" dependency of Geisberger et al.: each pair's contribution is split between its two
    /// ends by where *v* lies on the path, so the two halves add up to the exact pair dependency.
    /// It is unbiased, and avoids plain source sampling's overestimate of nodes near the sampled
    /// sources. Each normalised term lies in [0, 2*n* / (*n* − 1)], so Hoeffding's inequality
    /// with a union bound over the *n* nodes gives |error| ≤ (2*n* / (*n* − 1)) ·
    /// √(ln(2*n* / δ) / (2*k*)) for all nodes at once with probability ≥ 1 − δ, δ = 0.05.
    ///
    /// **Shrinkage.** With few sources most nodes' direct estimates are very noisy (on a
    /// 10 000-node LFR graph a median node gets a non-zero term from only a fifth of the sources,
    /// and one term's coefficient of variation is about 5), so their rank order is mostly noise.
    /// The returned scores are empirical-Bayes (Fay–Herriot) estimates made on the square-root
    /// scale instead, where the terms' heavy tail (a few sources close to *v* give most of its
    /// total) weighs far less: with *r*(*v*) the mean of √*x*_s(*v*) over the *k* sources and
    /// ψ(*v*) = (mean of *x* − *r*²) / (*k* − 1) the sampling variance of that mean,
    /// nodes are cut into 20 equal classes (fewer below 1 000 nodes, at least 50 nodes each) by
    /// a cheap local covariate, and within a class of mean *m*, mean sampling variance ψ̄ and
    /// spread *V* of the *r*, each *r* becomes *m* + τ² / (τ² + ψ̄) · (*r* − *m*) with
    /// τ² = max(0, *V* − ψ̄): noisy nodes are pulled towards the mean of nodes like them,
    /// precise ones stay. The covariate is the one of Σ_edges (1 / length)^*p*, *p* = 0 … 4
    /// (degree, strength, …), whose classes leave the least within-class spread of the *r*: it is
    /// chosen from the sample, never from exact values. The shrunken roots *z* are mapped back to
    /// the scale of betweenness by *c* · *z*^*q*, with *q* fitted on class means of *z* and of the
    /// direct estimates (about 1.5 on LFR graphs; squaring would inflate the top nodes, whose
    /// terms vary least) and *c* keeping the direct estimates' total; this is monotone, so the
    /// order of the *z* is kept. Scores stay ≥ 0. They are biased towards their class but rank
    /// much better: against exact values on LFR 10 000 with 93 sources (0.93 %), Spearman 0.955
    /// (mean of 8 seeds), where shrinking the direct estimates themselves gives 0.931 and the
    /// direct estimates 0.895 (see Benchmarks/analysis.md). ``BetweennessEstimate/errorBound``
    /// is the Hoeffding bound of the direct estimate plus the largest distance between a
    /// returned score and its direct estimate (``BetweennessEstimate/shrinkage``), so it still
    /// holds for every node (a worst-case bound; typical errors are far smaller).
    ///
    /// **Searches.** When the lengths are whole multiples of one unit (integer weights 1 … 64
    /// with the default reciprocal lengths, as in the LFR benchmarks), each source runs
    /// ``BucketDependencySearch`` (Dial's bucket queue on exact integer distances, nodes
    /// renumbered for cache locality, arcs longer than a two-arc detour left out) — about 2.5
    /// times faster on LFR 100 000 than the binary-heap ``ShortestPathSearch`` used otherwise.
    /// Both give the same distances, path counts and dependencies (up to rounding).
    ///
    /// Sources are sorted and processed in fixed chunks, so the result does not depend on the
    /// thread count.
    ///
    /// ```swift
    /// // 10 000 nodes, 107 000 edges: exact under .automatic.
    /// g.betweenness(.init(), sampling: .automatic()).isExact   // true
    /// ```
    /// - Parameters:
    ///   - options: normalisation, weighting and threads, as for ``betweenness(_:)``.
    ///   - sampling: exact, a given number of sources, or automatic (the default).
    /// - Returns: the scores, the number of sources, the error bound and the shrinkage.
    /// - Precondition: a sampled `count` is ≥ 1.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1 or a
    ///   sampled source count < 1.
    /// - Complexity: O(*k* · *m*) unweighted and with integer lengths (plus O(Σ deg²) once to
    ///   prepare them), O(*k* · *m* log *n*) otherwise, where *k* is the number of sources, *n*
    ///   the number of nodes and *m* of edges, plus O(*m* + *n* log *n*) for the shrinkage;
    ///   space O(*c* · *n* + *t* · (*n* + *m*)) for *c* ≤ 64 chunks and *t* threads.
    ///
    /// ## Reference
    /// Brandes, Ulrik, and Christian Pich. "Centrality Estimation in Large Networks."
    /// International Journal of Bifurcation and Chaos 17, no. 7 (2007): 2303–2318.
    /// https://doi.org/10.1142/S0218127407018403
    ///
    /// Geisberger, Robert, Peter Sanders, and Dominik Schultes. "Better Approximation of
    /// Betweenness Centrality." In Proceedings of the Tenth Workshop on Algorithm Engineering and
    /// Experiments (ALENEX), 90–100. SIAM, 2008. https://doi.org/10.1137/1.9781611972887.9
    ///
    /// Eppstein, David, and Joseph Wang. "Fast Approximation of Centrality." Journal of Graph
    /// Algorithms and Applications 8, no. 1 (2004): 39–45. https://doi.org/10.7155/jgaa.00081
    ///
    /// Dial, Robert B. "Algorithm 360: Shortest-Path Forest with Topological Ordering."
    /// Communications of the ACM 12, no. 11 (1969): 632–633. https://doi.org/10.1145/363269.363610
    ///
    /// Fay, Robert E., and Roger A. Herriot. "Estimates of Income for Small Places: An
    /// Application of James-Stein Procedures to Census Data." Journal of the American
    /// Statistical Association 74, no. 366 (1979): 269–277. https://doi.org/10.1080/01621459.1979.10482505
    ///
    /// Efron, Bradley, and Carl Morris. "Stein's Estimation Rule and Its Competitors—An
    /// Empirical Bayes Approach." Journal of the American Statistical Association 68, no. 341
    /// (1973): 117–130. https://doi.org/10.1080/01621459.1973.10481350
    ///
    /// ## Conventions
    /// Exact results equal ``betweenness(_:)``. Sampled results estimate the same quantity as
    /// `networkx.betweenness_centrality(G, k=k, seed=s)` (which uses plain, unscaled
    /// dependencies and no shrinkage), with different sources because the random streams differ.
    public func betweenness(
        _ options: BetweennessOptions, sampling: SourceSampling
    ) throws(AnalysisError) -> BetweennessEstimate {
        let n = nodeCount
        let (k, seed) = try sampling.sourceCount(nodes: n, edges: edgeCount, betweenness: true)
        if k >= n {
            return BetweennessEstimate(
                scores: try betweenness(options), sources: n, isExact: true, errorBound: 0,
                confidence: 0.95)
        }
        let sources = SourceSampling.draw(k, of: n, seed: seed)
        let (sums, roots) = try scaledDependencySums(
            sources: sources, weighting: options.weighting, threads: options.threads)
        let pairs = n > 2 ? Double((n - 1) * (n - 2)) : 1
        // One source's term, normalised: x_s(v) = (2n / pairs) δ̃_s(v); the direct estimate is
        // the mean of the k terms.
        let unit = options.normalized ? 2 * Double(n) / pairs : Double(n)
        let kk = Double(k)
        let direct = sums.map { $0 * unit / kk }
        // Mean of √x_s(v) and the variance of that mean, per node (Σ (√x)² = Σ x).
        let rootUnit = unit.squareRoot()
        let rootMean = roots.map { $0 * rootUnit / kk }
        let rootVariance = (0..<n).map { v -> Double in
            guard k > 1 else { return 0 }
            let s2 = max(0, (direct[v] * kk - kk * rootMean[v] * rootMean[v]) / (kk - 1))
            return s2 / kk
        }
        // The covariate whose classes leave the least spread of the root means.
        let candidates = (0...SourceSampling.maxCovariatePower).map {
            reciprocalLengthSums(options.weighting, power: $0)
        }
        let spreads = candidates.map { Self.withinClassSpread(rootMean, covariate: $0) }
        let best = spreads.indices.min { spreads[$0] < spreads[$1] }!
        let shrunkRoots = Self.shrinkByClass(
            rootMean, variance: rootVariance, covariate: candidates[best])
        let shrunk = Self.calibrate(shrunkRoots, to: direct)
        var shrinkage = 0.0
        for v in 0..<n { shrinkage = max(shrinkage, abs(shrunk[v] - direct[v])) }
        let delta = 0.05
        var bound =
            2 * Double(n) / Double(max(1, n - 1))
            * (log(2 * Double(n) / delta) / (2 * Double(k))).squareRoot()
        if !options.normalized { bound *= pairs / 2 }
        return BetweennessEstimate(
            scores: NodeScores(values: shrunk), sources: k, isExact: false,
            errorBound: bound + shrinkage, confidence: 1 - delta, shrinkage: shrinkage)
    }
}

extension WeightedGraph {
    /// The number of classes ``shrinkByClass(_:variance:covariate:)`` cuts *n* nodes into:
    /// 20, fewer on graphs under 1 000 nodes (at least 50 nodes a class), at least 1.
    static func shrinkageClasses(nodes n: Int) -> Int { max(1, min(20, n / 50)) }

    /// Σ (1 / length)^`power` over each node's edges under `weighting`: the degree for power 0
    /// (or ``PathWeighting/unweighted``), the strength for power 1 with
    /// ``PathWeighting/reciprocal``.
    func reciprocalLengthSums(_ weighting: PathWeighting, power: Int) -> [Double] {
        (0..<nodeCount).map { v in
            var s = 0.0
            for k in neighborRange(v) {
                let x: Double
                switch weighting {
                case .reciprocal: x = weights[k]
                case .length: x = 1 / weights[k]
                case .unweighted: x = 1
                }
                var term = 1.0
                for _ in 0..<power { term *= x }
                s += term
            }
            return s
        }
    }

    /// The nodes ordered by `covariate` (ties by index), cut into
    /// ``shrinkageClasses(nodes:)`` classes of equal size.
    static func covariateClasses(_ covariate: [Double]) -> [ArraySlice<Int>] {
        let n = covariate.count
        let order = (0..<n).sorted {
            covariate[$0] != covariate[$1] ? covariate[$0] < covariate[$1] : $0 < $1
        }
        let classes = shrinkageClasses(nodes: n)
        return (0..<classes).map { c in order[(c * n / classes)..<((c + 1) * n / classes)] }
    }

    /// Σ over the classes of `covariate` of the squared deviations of `y` from its class mean.
    static func withinClassSpread(_ y: [Double], covariate: [Double]) -> Double {
        var total = 0.0
        for members in covariateClasses(covariate) where !members.isEmpty {
            var mean = 0.0
            for v in members { mean += y[v] }
            mean /= Double(members.count)
            for v in members { total += (y[v] - mean) * (y[v] - mean) }
        }
        return total
    }

    /// Empirical-Bayes (Fay–Herriot) shrinkage of noisy direct estimates towards their class
    /// mean. Nodes are ordered by `covariate` (ties by index) and cut into
    /// ``shrinkageClasses(nodes:)`` classes of equal size; in a class with mean *m*, mean
    /// sampling variance ψ̄ and spread *V* of the estimates, the between-node variance is
    /// τ² = max(0, *V* − ψ̄) and each estimate *y* becomes *m* + τ² / (τ² + ψ̄) · (*y* − *m*).
    /// Class totals are unchanged and results stay ≥ 0 when the inputs are.
    static func shrinkByClass(_ y: [Double], variance: [Double], covariate: [Double]) -> [Double] {
        guard !y.isEmpty else { return [] }
        var out = y
        for members in covariateClasses(covariate) where !members.isEmpty {
            let size = Double(members.count)
            var mean = 0.0, psi = 0.0
            for v in members {
                mean += y[v]
                psi += variance[v]
            }
            mean /= size
            psi /= size
            var spread = 0.0
            for v in members { spread += (y[v] - mean) * (y[v] - mean) }
            spread /= size
            let tau = max(0, spread - psi)
            let weight = tau + psi > 0 ? tau / (tau + psi) : 1
            for v in members { out[v] = max(0, mean + weight * (y[v] - mean)) }
        }
        return out
    }

    /// Maps shrunken root means `z` back to the scale of betweenness by a power law
    /// *c* · *z*^*q*, monotone so that the order of `z` is kept: *q* is the least-squares slope of
    /// log(class mean of `direct`) on log(class mean of `z`) over the classes of
    /// ``covariateClasses(_:)`` cut by `z` itself (2 when fewer than two classes have positive
    /// means or the slope is not positive), and *c* makes the total equal that of `direct`.
    /// `direct` itself when every `z` is 0.
    static func calibrate(_ z: [Double], to direct: [Double]) -> [Double] {
        var xs: [Double] = [], ys: [Double] = []
        for members in covariateClasses(z) where !members.isEmpty {
            var zm = 0.0, dm = 0.0
            for v in members {
                zm += z[v]
                dm += direct[v]
            }
            if zm > 0, dm > 0 {
                xs.append(log(zm / Double(members.count)))
                ys.append(log(dm / Double(members.count)))
            }
        }
        var power = 2.0
        if xs.count >= 2 {
            let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
            var sxy = 0.0, sxx = 0.0
            for i in xs.indices {
                sxy += (xs[i] - mx) * (ys[i] - my)
                sxx += (xs[i] - mx) * (xs[i] - mx)
            }
            if sxx > 0, sxy > 0 { power = sxy / sxx }
        }
        var out = z.map { $0 > 0 ? pow($0, power) : 0 }
        let total = direct.reduce(0, +), raw = out.reduce(0, +)
        guard raw > 0 else { return direct }
        let factor = total / raw
        for v in out.indices { out[v] *= factor }
        return out
    }

    /// Σ_s δ̃_s(*v*) and Σ_s √δ̃_s(*v*) over `sources` for the linearly scaled dependencies
    /// δ̃ (see ``betweenness(_:sampling:)``), in a thread-count-independent order. Uses
    /// ``BucketDependencySearch`` when the lengths are whole multiples of a unit
    /// (``IntegerLengthGraph``), ``ShortestPathSearch`` otherwise.
    func scaledDependencySums(
        sources: [Int32], weighting: PathWeighting, threads: Int?
    ) throws(AnalysisError) -> (sums: [Double], roots: [Double]) {
        let n = nodeCount
        let threads = try SourceChunks.threads(threads)
        let integer = IntegerLengthGraph(self, weighting: weighting)
        let lengths = integer == nil ? pathLengths(weighting) : nil
        let chunks = SourceChunks.count(nodes: sources.count, bufferLength: 2 * n)
        let sumBuffers = SharedDoubles(count: chunks * n)
        let rootBuffers = SharedDoubles(count: chunks * n)
        SourceChunks.forEach(chunks: chunks, threads: threads) { c in
            let scores = UnsafeMutableBufferPointer(
                rebasing: sumBuffers.pointer[(c * n)..<((c + 1) * n)])
            let roots = UnsafeMutableBufferPointer(
                rebasing: rootBuffers.pointer[(c * n)..<((c + 1) * n)])
            let range = SourceChunks.sources(ofChunk: c, of: chunks, nodes: sources.count)
            if let integer {
                let search = BucketDependencySearch(graph: integer)
                for i in range {
                    search.run(from: Int(integer.rank[Int(sources[i])]))
                    search.accumulate(into: scores, roots: roots)
                }
            } else {
                let search = ShortestPathSearch(graph: self, lengths: lengths)
                for i in range {
                    let s = Int(sources[i])
                    search.run(from: s, countPaths: true)
                    search.accumulateScaledDependencies(from: s, into: scores, roots: roots)
                }
            }
        }
        var sums = [Double](repeating: 0, count: n)
        var roots = [Double](repeating: 0, count: n)
        // Chunk buffers are in the search's numbering when relabelled.
        let rank = integer?.rank
        for c in 0..<chunks {
            for v in 0..<n {
                let slot = c * n + (rank.map { Int($0[v]) } ?? v)
                sums[v] += sumBuffers.pointer[slot]
                roots[v] += rootBuffers.pointer[slot]
            }
        }
        return (sums, roots)
    }
}
