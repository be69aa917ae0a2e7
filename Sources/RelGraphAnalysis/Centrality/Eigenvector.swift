import RelGraphCore

/// Options for ``RelGraphCore/WeightedGraph/eigenvector(_:)``.
///
/// NetworkX's `eigenvector_centrality_numpy` ignores weights unless `weight="weight"` is passed;
/// here `weighted` is `true` by default because RelGraph weights are tie strengths.
public struct EigenvectorOptions: Sendable, Equatable {
    /// Whether the adjacency matrix holds the tie strengths (`true`, the default) or ones.
    public var weighted: Bool
    /// The iteration stops when ‖*A x* − λ *x*‖₂ ≤ `tolerance` · λ for the unit vector *x*;
    /// 10⁻¹³ by default. Must be finite and > 0.
    public var tolerance: Double
    /// The most Lanczos restarts before throwing; 200 by default. Must be ≥ 1.
    public var maxRestarts: Int

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(weighted: Bool = true, tolerance: Double = 1e-13, maxRestarts: Int = 200) {
        self.weighted = weighted
        self.tolerance = tolerance
        self.maxRestarts = maxRestarts
    }
}

extension WeightedGraph {
    /// Computes eigenvector centrality: the Perron eigenvector of the (weighted) adjacency
    /// matrix, scaled to unit Euclidean length.
    ///
    /// The score *x*_v satisfies λ *x*_v = Σ_u *w*(*u*, *v*) *x*_u for the largest eigenvalue λ, so
    /// a node is central when its strong ties lead to central nodes. The vector is found by the
    /// Lanczos method with full reorthogonalisation and explicit restarts from the current Ritz
    /// vector, stopping on the true residual ‖*A x* − λ *x*‖₂ ≤ tolerance · λ; the error in *x* is
    /// then at most that residual divided by the gap between the two largest eigenvalues. This is
    /// the accuracy of ARPACK (used by NetworkX's `eigenvector_centrality_numpy` and igraph),
    /// not of a power iteration with a loose stopping rule.
    ///
    /// On a disconnected graph the vector lives on the component with the largest eigenvalue
    /// (other nodes get 0); when several components share it, which one is not specified.
    /// Rounding can leave entries of about −10⁻¹⁷ where the exact value is 0; they are set to 0.
    /// The residual test uses the larger of `options.tolerance` and the rounding level
    /// 64 ε √*n* (ε the machine epsilon), which only matters above a few hundred nodes.
    ///
    /// ```swift
    /// // Star with centre 0 and four leaves: λ = 2, x = (1/√2, 1/(2√2), ...).
    /// try star.eigenvector().values   // [0.7071..., 0.3535..., 0.3535..., 0.3535..., 0.3535...]
    /// ```
    /// - Parameter options: whether to use weights, tolerance and restart limit.
    /// - Returns: non-negative scores with unit L2 norm, indexed by node.
    /// - Throws: ``AnalysisError/emptyGraph(measure:)`` for a graph without edges (as NetworkX);
    ///   ``AnalysisError/invalidOption(name:value:expected:)`` for a bad tolerance or restart
    ///   limit; ``AnalysisError/didNotConverge(measure:iterations:tolerance:)`` when the residual
    ///   is still too large after `maxRestarts` restarts, or earlier when it stagnates (does not
    ///   halve in 25 restarts), as on long paths whose two largest eigenvalues nearly coincide.
    /// - Complexity: O(*r* · *k* · (*m* + *k* · *n*)) time, where *r* is the number of restarts
    ///   (usually 1–5), *k* ≤ 30 the Krylov dimension, *n* the number of nodes and *m* of edges;
    ///   O(*k* · *n*) space.
    ///
    /// ## Reference
    /// Bonacich, Phillip. "Factoring and Weighting Approaches to Status Scores and Clique
    /// Identification." Journal of Mathematical Sociology 2, no. 1 (1972): 113–120.
    /// https://doi.org/10.1080/0022250X.1972.9989806
    ///
    /// Lanczos, Cornelius. "An Iteration Method for the Solution of the Eigenvalue Problem of
    /// Linear Differential and Integral Operators." Journal of Research of the National Bureau of
    /// Standards 45, no. 4 (1950): 255–282. https://doi.org/10.6028/jres.045.026
    ///
    /// ## Conventions
    /// Equals `networkx.eigenvector_centrality_numpy(G, weight="weight")` (unit L2 norm, positive
    /// sum); igraph scales the maximum to 1 instead.
    public func eigenvector(
        _ options: EigenvectorOptions = .init()
    ) throws(AnalysisError)
        -> NodeScores
    {
        try AnalysisError.validatePositive(options.tolerance, name: "tolerance")
        try AnalysisError.validateAtLeastOne(options.maxRestarts, name: "maxRestarts")
        guard edgeCount > 0 else { throw .emptyGraph(measure: "eigenvector") }
        let n = nodeCount
        let w: [Double] = options.weighted ? weights : .init(repeating: 1, count: targets.count)
        var solver = LanczosSolver(graph: self, weights: w, dimension: min(n, 30))
        // Start from the strengths: positive on every non-isolated node and already close to
        // the Perron vector.
        var x = (0..<n).map { v in
            var s = 0.0
            for k in neighborRange(v) { s += w[k] }
            return s
        }
        // No vector does better than rounding allows: about ε √n relative to λ (a hub summing
        // n terms). Without this floor a star of 10,000 leaves stopped at a residual of 1.2e-11
        // against 1e-13 · λ = 1e-11 and never converged.
        let tolerance = max(options.tolerance, 64 * Double.ulpOfOne * Double(n).squareRoot())
        // A run whose relative residual does not halve in `window` restarts cannot reach the
        // tolerance within the limit (that needs a factor of about 10⁻¹³ from about 10⁻³), so it
        // stops early: a path of 20,000 nodes (eigenvalue gap 10⁻⁸ λ) failed after 200 restarts
        // and 10 s, and now fails after 40.
        let window = 25
        var history: [Double] = []
        for restart in 1...options.maxRestarts {
            let (ritz, lambda, residual) = solver.step(from: x, breakdown: tolerance / 2)
            x = ritz
            let relative = residual / max(abs(lambda), .leastNormalMagnitude)
            if relative <= tolerance { return NodeScores(values: signed(x)) }
            history.append(relative)
            if restart > window, relative > 0.5 * history[restart - 1 - window] {
                throw .didNotConverge(measure: "eigenvector", iterations: restart, tolerance: options.tolerance)
            }
        }
        throw .didNotConverge(
            measure: "eigenvector", iterations: options.maxRestarts, tolerance: options.tolerance)
    }

    /// `x` scaled to a positive sum and unit norm, with rounding-level negatives set to 0.
    private func signed(_ x: [Double]) -> [Double] {
        let sum = x.reduce(0, +)
        var norm = 0.0
        for v in x { norm += v * v }
        let scale = (sum < 0 ? -1 : 1) / norm.squareRoot()
        return x.map { max(0, $0 * scale) }
    }
}

/// One restart cycle of the symmetric Lanczos method with full reorthogonalisation.
///
/// - Complexity: O(*k* · (*m* + *k* · *n*)) per ``step(from:)``; O(*k* · *n*) storage.
struct LanczosSolver {
    let graph: WeightedGraph
    let weights: [Double]
    let dimension: Int
    private var basis: [[Double]] = []

    init(graph: WeightedGraph, weights: [Double], dimension: Int) {
        self.graph = graph
        self.weights = weights
        self.dimension = max(1, dimension)
    }

    /// y = A x.
    func multiply(_ x: [Double], into y: inout [Double]) {
        graph.targets.withUnsafeBufferPointer { t in
            weights.withUnsafeBufferPointer { w in
                graph.offsets.withUnsafeBufferPointer { o in
                    x.withUnsafeBufferPointer { x in
                        y.withUnsafeMutableBufferPointer { y in
                            for v in 0..<graph.nodeCount {
                                var s = 0.0
                                for k in Int(o[v])..<Int(o[v + 1]) { s += w[k] * x[Int(t[k])] }
                                y[v] = s
                            }
                        }
                    }
                }
            }
        }
    }

    /// Builds a Krylov basis from `start`, returns the Ritz vector of the largest Ritz value
    /// (unit norm), that value, and the true residual norm ‖A x − θ x‖₂.
    ///
    /// The basis stops growing when the part of *A q* orthogonal to it is at most `breakdown`
    /// times ‖*A q*‖: the Ritz vector's residual is then below that level already. It must be
    /// below the caller's tolerance: at a fixed 10⁻¹² a 300-node path stopped at a relative
    /// residual of 9 · 10⁻¹³, rebuilt the same one-vector basis on every restart and never
    /// reached 2.4 · 10⁻¹³.
    mutating func step(
        from start: [Double], breakdown: Double
    ) -> (vector: [Double], value: Double, residual: Double) {
        let n = graph.nodeCount
        var q = start
        var norm = Self.dot(q, q).squareRoot()
        if norm == 0 {
            q = [Double](repeating: 1, count: n)
            norm = Double(n).squareRoot()
        }
        Self.scale(&q, by: 1 / norm)
        basis.removeAll(keepingCapacity: true)
        basis.append(q)
        var alpha: [Double] = []
        var beta: [Double] = []
        var w = [Double](repeating: 0, count: n)
        for j in 0..<dimension {
            multiply(basis[j], into: &w)
            let a = Self.dot(w, basis[j])
            alpha.append(a)
            let before = Self.dot(w, w).squareRoot()
            // Full reorthogonalisation, twice ("twice is enough").
            for _ in 0..<2 {
                for b in basis { Self.add(-Self.dot(w, b), times: b, to: &w) }
            }
            let b = Self.dot(w, w).squareRoot()
            // Breakdown: what is left of A q after the projections is below the residual asked
            // for, so the basis spans an invariant subspace as far as the caller can tell.
            // Measured against ‖A q‖, not against α, which is 0 on bipartite graphs (a star of
            // 10,000 leaves never converged when the test was against max(|α|, 1)).
            if j == dimension - 1 || b <= breakdown * max(before, abs(a)) { break }
            beta.append(b)
            var next = w
            Self.scale(&next, by: 1 / b)
            basis.append(next)
        }
        let (theta, s) = SymmetricTridiagonal.largestEigenpair(diagonal: alpha, offDiagonal: beta)
        var x = [Double](repeating: 0, count: n)
        for (c, b) in zip(s, basis) where c != 0 { Self.add(c, times: b, to: &x) }
        Self.scale(&x, by: 1 / Self.dot(x, x).squareRoot())
        multiply(x, into: &w)
        Self.add(-theta, times: x, to: &w)
        return (x, theta, Self.dot(w, w).squareRoot())
    }

    /// a · b.
    private static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var s = 0.0
                for i in 0..<a.count { s += a[i] * b[i] }
                return s
            }
        }
    }

    /// y += c · x.
    private static func add(_ c: Double, times x: [Double], to y: inout [Double]) {
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                for i in 0..<x.count { y[i] += c * x[i] }
            }
        }
    }

    /// x *= c.
    private static func scale(_ x: inout [Double], by c: Double) {
        x.withUnsafeMutableBufferPointer { x in
            for i in 0..<x.count { x[i] *= c }
        }
    }
}

/// The largest eigenpair of a small symmetric tridiagonal matrix, by cyclic Jacobi rotations on
/// the dense matrix.
///
/// - Complexity: O(*k*³) per sweep for a *k* × *k* matrix; a handful of sweeps suffice.
///
/// ## Reference
/// Golub, Gene H., and Charles F. Van Loan. Matrix Computations. 4th ed. Baltimore: Johns Hopkins
/// University Press, 2013, §8.5 (the Jacobi method). https://doi.org/10.56021/9781421407944
enum SymmetricTridiagonal {
    static func largestEigenpair(diagonal: [Double], offDiagonal: [Double]) -> (Double, [Double]) {
        let k = diagonal.count
        var a = [Double](repeating: 0, count: k * k)
        var v = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            a[i * k + i] = diagonal[i]
            v[i * k + i] = 1
            if i + 1 < k, i < offDiagonal.count {
                a[i * k + i + 1] = offDiagonal[i]
                a[(i + 1) * k + i] = offDiagonal[i]
            }
        }
        for _ in 0..<100 {
            var off = 0.0
            var scale = 0.0
            for i in 0..<k {
                scale += a[i * k + i] * a[i * k + i]
                for j in (i + 1)..<max(i + 1, k) { off += a[i * k + j] * a[i * k + j] }
            }
            if off <= 1e-32 * max(scale, 1e-300) { break }
            for p in 0..<k {
                for q in (p + 1)..<max(p + 1, k) where a[p * k + q] != 0 {
                    let apq = a[p * k + q]
                    let theta = (a[q * k + q] - a[p * k + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for r in 0..<k {
                        let arp = a[r * k + p], arq = a[r * k + q]
                        a[r * k + p] = c * arp - s * arq
                        a[r * k + q] = s * arp + c * arq
                    }
                    for r in 0..<k {
                        let apr = a[p * k + r], aqr = a[q * k + r]
                        a[p * k + r] = c * apr - s * aqr
                        a[q * k + r] = s * apr + c * aqr
                    }
                    for r in 0..<k {
                        let vrp = v[r * k + p], vrq = v[r * k + q]
                        v[r * k + p] = c * vrp - s * vrq
                        v[r * k + q] = s * vrp + c * vrq
                    }
                }
            }
        }
        var best = 0
        for i in 0..<k where a[i * k + i] > a[best * k + best] { best = i }
        return (a[best * k + best], (0..<k).map { v[$0 * k + best] })
    }
}
