import Foundation
import RelGraphCore

extension WeightedGraph {
    /// Computes every node's local clustering coefficient: how close its neighbours are to
    /// forming a clique.
    ///
    /// Unweighted (the default), *c*_u = 2 *T*(*u*) / (*k*_u (*k*_u − 1)), where *T*(*u*) counts the
    /// triangles through *u* and *k*_u is its degree. Weighted, *c*_u = 1 / (*k*_u (*k*_u − 1))
    /// · Σ_{v,w} (ŵ_uv ŵ_uw ŵ_vw)^{1/3} over ordered pairs of neighbours, with ŵ = *w* / max *w*
    /// (the geometric-mean definition of Onnela et al.). Nodes with degree below 2 score 0.
    ///
    /// ```swift
    /// // Two triangles joined by one edge: the bridge ends have 1 triangle among 3 pairs.
    /// bridge.clustering().values   // [1, 1, 1/3, 1/3, 1, 1]
    /// ```
    /// - Parameter weighted: whether to use the weighted definition; `false` by default.
    /// - Returns: scores in [0, 1], indexed by node.
    /// - Complexity: O(Σ_u Σ_{v ∈ N(u)} *k*_v) ≤ O(*m* · Δ) time, where *m* is the number of edges
    ///   and Δ the largest degree; O(*n*) extra space, where *n* is the number of nodes.
    ///
    /// ## Reference
    /// Watts, Duncan J., and Steven H. Strogatz. "Collective Dynamics of 'Small-World' Networks."
    /// Nature 393, no. 6684 (1998): 440–442. https://doi.org/10.1038/30918
    ///
    /// Onnela, Jukka-Pekka, Jari Saramäki, János Kertész, and Kimmo Kaski. "Intensity and
    /// Coherence of Motifs in Weighted Complex Networks." Physical Review E 71, no. 6 (2005):
    /// 065103. https://doi.org/10.1103/PhysRevE.71.065103
    ///
    /// ## Conventions
    /// Equals `networkx.clustering(G)` and, with `weighted: true`,
    /// `networkx.clustering(G, weight="weight")`.
    public func clustering(weighted: Bool = false) -> NodeScores {
        let n = nodeCount
        let maxWeight = weights.max() ?? 1
        // mark[v] = 1 + position of the edge u–v in `targets` while u is being processed.
        var mark = [Int](repeating: 0, count: n)
        var values = [Double](repeating: 0, count: n)
        for u in 0..<n {
            let range = neighborRange(u)
            let k = range.count
            if k < 2 { continue }
            for e in range { mark[Int(targets[e])] = e + 1 }
            var sum = 0.0
            for e in range {
                let v = Int(targets[e])
                for f in neighborRange(v) {
                    let m = mark[Int(targets[f])]
                    guard m > 0 else { continue }
                    if weighted {
                        let product = weights[e] * weights[f] * weights[m - 1]
                        sum += cbrt(product / (maxWeight * maxWeight * maxWeight))
                    } else {
                        sum += 1
                    }
                }
            }
            for e in range { mark[Int(targets[e])] = 0 }
            values[u] = sum / Double(k * (k - 1))
        }
        return NodeScores(values: values)
    }
}
