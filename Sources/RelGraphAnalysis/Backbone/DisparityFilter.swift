import Foundation
import RelGraphCore

/// The disparity filter of a weighted graph: a significance level (p-value) for every edge,
/// from which ``backbone(alpha:)`` keeps the edges that stand out locally.
///
/// ## Definition
/// Node *i* of degree *kᵢ* > 1 and strength *sᵢ* (sum of its edge weights) spreads its strength
/// over its edges. Under the null hypothesis that the *kᵢ* normalised weights *pᵢⱼ* = *wᵢⱼ*/*sᵢ*
/// are a uniformly random split of 1, the probability of an edge at least as strong as {*i*, *j*}
/// is
///
///     αᵢⱼ = (1 − wᵢⱼ / sᵢ)^(kᵢ − 1)
///
/// and αᵢⱼ = 1 when *kᵢ* = 1 (a single edge carries all of *i*'s strength, so it is not
/// significant from *i*'s side). The p-value of the undirected edge is min(αᵢⱼ, αⱼᵢ): an edge is
/// in the backbone at level α if it is significant for *either* endpoint (the paper's rule).
/// Smaller p-values mean more significant edges. Weights are read as tie strengths.
///
/// ```swift
/// // A star with weights 8, 1, 1 around the centre c: s = 10, k = 3.
/// // p(c, a) = (1 − 8/10)² = 0.04, p(c, b) = p(c, d) = (1 − 1/10)² = 0.81.
/// let filter = star.disparityFilter()
/// try filter.backbone(alpha: 0.05)   // [the edge c–a]
/// ```
///
/// ## Conventions
/// Equals `1 - networkit.sparsification.MultiscaleScore(G, weights).scores()` (NetworKit 11.3)
/// to 1e-12 on karate and Les Misérables (Tests/Fixtures/backbone). NetworKit reports the
/// score 1 − p, keeps an edge when score > 1 − α, and also counts degree-1 endpoints as
/// insignificant. NetworkX and igraph ship no disparity filter.
///
/// ## Reference
/// Serrano, M. Ángeles, Marián Boguñá, and Alessandro Vespignani. "Extracting the Multiscale
/// Backbone of Complex Weighted Networks." Proceedings of the National Academy of Sciences 106,
/// no. 16 (2009): 6483–6488. https://doi.org/10.1073/pnas.0808904106
/// (arXiv: https://arxiv.org/abs/0904.2389)
public struct DisparityFilter: Sendable, Hashable {
    /// One undirected edge with its disparity p-value.
    public struct Edge: Sendable, Hashable {
        /// The endpoint with the smaller index.
        public var source: Int
        /// The endpoint with the larger index.
        public var target: Int
        /// The tie strength.
        public var weight: Double
        /// min(α_source,target, α_target,source), in [0, 1]; see ``DisparityFilter``.
        public var pValue: Double
    }

    /// Every undirected edge once, in ``WeightedGraph/edges`` order (by source, then target).
    public let edges: [Edge]

    /// Computes the p-values of every edge of `graph`.
    /// - Complexity: O(*n* + *m*), where *n* is the number of nodes and *m* of edges.
    public init(_ graph: WeightedGraph) {
        let n = graph.nodeCount
        var strength = [Double](repeating: 0, count: n)
        for v in 0..<n { strength[v] = graph.strength(v) }
        func alpha(_ v: Int, _ w: Double) -> Double {
            let k = graph.degree(v)
            guard k > 1, strength[v] > 0 else { return 1 }
            return Foundation.pow(max(0, 1 - w / strength[v]), Double(k - 1))
        }
        edges = graph.edges.map { (u, v, w) in
            Edge(
                source: Int(u), target: Int(v), weight: w,
                pValue: min(alpha(Int(u), w), alpha(Int(v), w)))
        }
    }

    /// The p-value of edge {`u`, `v`}, or `nil` if the graph has no such edge.
    /// - Complexity: O(log *m*), where *m* is the number of edges.
    public func pValue(_ u: Int, _ v: Int) -> Double? {
        let (a, b) = u < v ? (u, v) : (v, u)
        var lo = 0
        var hi = edges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let e = edges[mid]
            if (e.source, e.target) == (a, b) { return e.pValue }
            if (e.source, e.target) < (a, b) { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The edges whose p-value is below `alpha` (the backbone at significance level `alpha`),
    /// in ``edges`` order.
    /// - Parameter alpha: The significance level, in (0, 1]; 0.05 is usual, smaller keeps fewer
    ///   edges.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `alpha` is not in
    ///   (0, 1].
    /// - Complexity: O(*m*), where *m* is the number of edges.
    public func backbone(alpha: Double) throws(AnalysisError) -> [Edge] {
        guard alpha.isFinite, alpha > 0, alpha <= 1 else {
            throw .invalidOption(
                name: "alpha", value: "\(alpha)", expected: "a significance level in (0, 1]")
        }
        return edges.filter { $0.pValue < alpha }
    }
}

extension WeightedGraph {
    /// The disparity filter of this graph: a p-value per edge (see ``DisparityFilter``).
    /// - Complexity: O(*n* + *m*), where *n* is the number of nodes and *m* of edges.
    public func disparityFilter() -> DisparityFilter { DisparityFilter(self) }
}
