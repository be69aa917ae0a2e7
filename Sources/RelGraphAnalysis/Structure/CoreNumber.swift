import RelGraphCore

extension WeightedGraph {
    /// Computes every node's core number (coreness): the largest *k* such that the node belongs
    /// to the *k*-core, the maximal subgraph in which every node has at least *k* neighbours.
    ///
    /// Weights are ignored, as in every common library (a weighted "s-core" would need its own
    /// definition). Isolated nodes have core number 0.
    ///
    /// ```swift
    /// // Two triangles joined by one edge (the bridge graph): every node is in the 2-core.
    /// bridge.coreNumbers().values   // [2, 2, 2, 2, 2, 2]
    /// ```
    /// - Returns: integral, non-negative scores indexed by node.
    /// - Complexity: O(*n* + *m*) time and space (bucket sort by degree), where *n* is the number
    ///   of nodes and *m* of edges.
    ///
    /// ## Reference
    /// Batagelj, Vladimir, and Matjaž Zaveršnik. "An O(m) Algorithm for Cores Decomposition of
    /// Networks." arXiv, 2003. https://doi.org/10.48550/arXiv.cs/0310049
    ///
    /// Seidman, Stephen B. "Network Structure and Minimum Degree." Social Networks 5, no. 3
    /// (1983): 269–287. https://doi.org/10.1016/0378-8733(83)90028-X
    ///
    /// ## Conventions
    /// Equals `networkx.core_number(G)`, igraph's `coreness()` and NetworKit's
    /// `CoreDecomposition`.
    public func coreNumbers() -> NodeScores {
        let n = nodeCount
        guard n > 0 else { return NodeScores(values: []) }
        var degree = (0..<n).map { Int(offsets[$0 + 1] - offsets[$0]) }
        let maxDegree = degree.max() ?? 0
        // bin[d] = first position of degree d in `order`.
        var bin = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bin[d + 1] += 1 }
        for d in 0...maxDegree { bin[d + 1] += bin[d] }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var fill = bin
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            for k in neighborRange(v) {
                let u = Int(targets[k])
                if degree[u] > degree[v] {
                    // Move u to the front of its bin, then shrink the bin by one.
                    let du = degree[u]
                    let pu = position[u]
                    let pw = bin[du]
                    let w = order[pw]
                    if u != w {
                        order[pu] = w; position[w] = pu
                        order[pw] = u; position[u] = pw
                    }
                    bin[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return NodeScores(values: degree.map(Double.init))
    }
}
