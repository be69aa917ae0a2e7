import RelGraphCore

/// Options for ``RelGraphCore/WeightedGraph/pageRank(_:)``.
///
/// The defaults match `networkx.pagerank` except the convergence test, which is far tighter
/// (NetworkX: `tol=1e-6`, `max_iter=100`) so that results agree with a direct linear solve to
/// about 10⁻¹⁴.
public struct PageRankOptions: Sendable, Equatable {
    /// The probability α of following an edge rather than teleporting; 0.85 by default.
    /// Must be in [0, 1).
    public var damping: Double
    /// Teleport (and dangling-node) weights by node index, normalised to sum 1; nodes not
    /// listed get 0. `nil` (the default) teleports uniformly. Values must be finite, ≥ 0 and
    /// not all 0; keys must be node indices.
    public var personalization: [Int: Double]?
    /// Iteration stops when the L1 change of the score vector is below *n* · `tolerance`
    /// (NetworkX's test); 10⁻¹⁵ by default. Must be finite and > 0.
    public var tolerance: Double
    /// The most power iterations to run before throwing; 10 000 by default. Must be ≥ 1.
    public var maxIterations: Int

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        damping: Double = 0.85, personalization: [Int: Double]? = nil,
        tolerance: Double = 1e-15, maxIterations: Int = 10_000
    ) {
        self.damping = damping
        self.personalization = personalization
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }
}

extension WeightedGraph {
    /// Computes weighted PageRank by power iteration.
    ///
    /// A random walker at node *u* follows edge {*u*, *v*} with probability
    /// α · *w*(*u*, *v*) / *s*(*u*), where *s*(*u*) is *u*'s strength, and otherwise jumps to a
    /// node drawn from the personalization vector *p* (uniform by default). A node without
    /// edges (dangling) sends all its rank through *p*. The scores are the stationary
    /// distribution *x* = α (*x* P + (Σ dangling *x*) *p*) + (1 − α) *p*, starting from the
    /// uniform vector, and sum to 1. An empty graph gives empty scores.
    ///
    /// - Parameter options: damping, personalization and convergence settings.
    /// - Returns: scores in (0, 1] summing to 1 (0 for nodes *p* cannot reach), by node.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a damping outside
    ///   [0, 1), a non-positive tolerance or iteration limit, or a negative, non-finite or
    ///   all-zero personalization; ``AnalysisError/didNotConverge(measure:iterations:tolerance:)``
    ///   when the L1 change is still ≥ *n* · tolerance after `maxIterations` iterations.
    /// - Precondition: personalization keys are in `0..<nodeCount`.
    /// - Complexity: O(*k* (*n* + *m*)), where *k* is the number of iterations (about
    ///   log(*n* · tolerance) / log α, 200–250 with the defaults), *n* the number of nodes and *m*
    ///   of edges; O(*n*) extra space.
    ///
    /// ## Reference
    /// Brin, Sergey, and Lawrence Page. "The Anatomy of a Large-Scale Hypertextual Web Search
    /// Engine." Computer Networks and ISDN Systems 30, no. 1–7 (1998): 107–117.
    /// https://doi.org/10.1016/S0169-7552(98)00110-X
    ///
    /// ## Conventions
    /// Equals `networkx.pagerank(G, alpha=0.85, personalization=p, weight="weight")` (dangling
    /// nodes follow the personalization, as NetworkX's `dangling=None` does), computed to a
    /// tighter tolerance.
    public func pageRank(_ options: PageRankOptions = .init()) throws(AnalysisError) -> NodeScores {
        let n = nodeCount
        let alpha = options.damping
        guard alpha >= 0, alpha < 1 else {
            throw .invalidOption(
                name: "damping", value: "\(alpha)", expected: "a number in [0, 1)")
        }
        guard options.tolerance.isFinite, options.tolerance > 0 else {
            throw .invalidOption(
                name: "tolerance", value: "\(options.tolerance)", expected: "a finite number > 0")
        }
        guard options.maxIterations >= 1 else {
            throw .invalidOption(
                name: "maxIterations", value: "\(options.maxIterations)", expected: "an integer ≥ 1"
            )
        }
        let p = try teleportVector(options.personalization)
        if n == 0 { return NodeScores(values: []) }

        let strength = (0..<n).map { self.strength($0) }
        let dangling = (0..<n).filter { strength[$0] == 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * options.tolerance
        for _ in 0..<options.maxIterations {
            var danglingMass = 0.0
            for v in dangling { danglingMass += x[v] }
            danglingMass *= alpha
            for u in 0..<n where strength[u] > 0 { share[u] = alpha * x[u] / strength[u] }
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for k in neighborRange(v) { sum += share[Int(targets[k])] * weights[k] }
                let value = sum + danglingMass * p[v] + (1 - alpha) * p[v]
                next[v] = value
                change += abs(value - x[v])
            }
            swap(&x, &next)
            if change < threshold { return NodeScores(values: x) }
        }
        throw .didNotConverge(
            measure: "pagerank", iterations: options.maxIterations, tolerance: options.tolerance)
    }

    /// The normalised teleport vector for `personalization` (uniform when `nil`).
    private func teleportVector(_ personalization: [Int: Double]?) throws(AnalysisError) -> [Double]
    {
        let n = nodeCount
        guard let personalization else {
            return [Double](repeating: n > 0 ? 1 / Double(n) : 0, count: n)
        }
        var p = [Double](repeating: 0, count: n)
        var total = 0.0
        for (node, value) in personalization.sorted(by: { $0.key < $1.key }) {
            precondition(node >= 0 && node < n, "personalization key \(node) is not a node index")
            guard value.isFinite, value >= 0 else {
                throw .invalidOption(
                    name: "personalization", value: "\(value)",
                    expected: "finite weights ≥ 0, not all 0")
            }
            p[node] = value
            total += value
        }
        guard total > 0 else {
            throw .invalidOption(
                name: "personalization", value: "\(total)",
                expected: "finite weights ≥ 0, not all 0")
        }
        return p.map { $0 / total }
    }
}
