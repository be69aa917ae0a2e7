import RelGraphCore

extension WeightedGraph {
    /// Computes degree centrality: each node's number of neighbours divided by *n* − 1.
    ///
    /// Weights are ignored; see ``strengths()`` for the weighted degree. A graph with one node
    /// gives that node 1 and an empty graph gives empty scores, as in NetworkX.
    ///
    /// ```swift
    /// // Star with centre 0 and leaves 1, 2, 3:
    /// star.degreeCentrality().values   // [1, 1/3, 1/3, 1/3]
    /// ```
    /// - Returns: scores in [0, 1], indexed by node.
    /// - Complexity: O(*n*), where *n* is the number of nodes.
    ///
    /// ## Reference
    /// Freeman, Linton C. "Centrality in Social Networks Conceptual Clarification." Social
    /// Networks 1, no. 3 (1978): 215–239. https://doi.org/10.1016/0378-8733(78)90021-7
    ///
    /// ## Conventions
    /// Equals `networkx.degree_centrality(G)`, including its value 1 for a single node.
    public func degreeCentrality() -> NodeScores {
        let n = nodeCount
        if n == 1 { return NodeScores(values: [1]) }
        let scale = n > 1 ? 1 / Double(n - 1) : 0
        return NodeScores(values: (0..<n).map { Double(degree($0)) * scale })
    }

    /// Computes every node's strength: the sum of the weights of its edges.
    ///
    /// For a co-occurrence graph this is how many co-mentions a node has in all.
    /// - Returns: non-negative scores, indexed by node; 0 for isolated nodes.
    /// - Complexity: O(*n* + *m*), where *n* is the number of nodes and *m* of edges.
    ///
    /// ## Reference
    /// Barrat, A., M. Barthélemy, R. Pastor-Satorras, and A. Vespignani. "The Architecture of
    /// Complex Weighted Networks." Proceedings of the National Academy of Sciences 101, no. 11
    /// (2004): 3747–3752. https://doi.org/10.1073/pnas.0400087101
    ///
    /// ## Conventions
    /// Equals `dict(G.degree(weight="weight"))` in NetworkX.
    public func strengths() -> NodeScores {
        NodeScores(values: (0..<nodeCount).map { strength($0) })
    }
}
