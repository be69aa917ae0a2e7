extension WeightedGraph {
    /// A part of a ``WeightedGraph`` re-indexed as a graph of its own, with the way back to the
    /// original node indices.
    ///
    /// Only the selected nodes and the edges among them are stored (O(*n*′ + *m*′) for *n*′
    /// nodes and *m*′ edges kept), so taking a community or a component of a large graph does not
    /// copy the rest. Local node *i* is original node `originalIndex[i]`; local indices keep the
    /// original order.
    public struct Subgraph: Sendable {
        /// The selected part as a compact CSR graph.
        public let graph: WeightedGraph
        /// `originalIndex[i]` is the original index of local node *i*, ascending.
        public let originalIndex: [Int32]

        /// Creates a subgraph record from its parts.
        public init(graph: WeightedGraph, originalIndex: [Int32]) {
            precondition(graph.nodeCount == originalIndex.count, "one original index per node")
            self.graph = graph
            self.originalIndex = originalIndex
        }

        /// The local index of original node `v`, or `nil` when it was not selected.
        /// - Complexity: O(log *n*′), where *n*′ is the number of selected nodes.
        public func localIndex(of v: Int) -> Int? {
            var lo = 0, hi = originalIndex.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(originalIndex[mid]) < v { lo = mid + 1 } else { hi = mid }
            }
            return lo < originalIndex.count && Int(originalIndex[lo]) == v ? lo : nil
        }
    }

    /// The subgraph induced by `nodes`: those nodes and every edge between two of them.
    ///
    /// ```swift
    /// // Two triangles joined by the edge 2 – 3; keep one triangle and the bridge end:
    /// bridge.subgraph(nodes: [0, 1, 2, 3]).graph.edgeCount   // 4
    /// ```
    /// - Parameter nodes: original node indices, in any order; duplicates are ignored.
    /// - Returns: the induced subgraph, local nodes in ascending original order.
    /// - Precondition: every index is in `0..<nodeCount`.
    /// - Complexity: O(*k* log *k* + Σ_{v ∈ nodes} deg(*v*)), where *k* is `nodes.count`; the
    ///   rest of the graph is not touched except for an O(*n*) index table.
    public func subgraph(nodes: some Sequence<Int>) -> Subgraph {
        var local = [Int32](repeating: -1, count: nodeCount)
        var kept: [Int32] = []
        for v in nodes {
            precondition(v >= 0 && v < nodeCount, "node \(v) is out of range")
            if local[v] < 0 { local[v] = 0; kept.append(Int32(v)) }
        }
        kept.sort()
        for (i, v) in kept.enumerated() { local[Int(v)] = Int32(i) }
        var edges: [(Int32, Int32, Double)] = []
        for (i, v) in kept.enumerated() {
            for k in neighborRange(Int(v)) where targets[k] > v {
                let j = local[Int(targets[k])]
                if j >= 0 { edges.append((Int32(i), j, weights[k])) }
            }
        }
        return Subgraph(
            graph: WeightedGraph(nodeCount: kept.count, edges: edges), originalIndex: kept)
    }

    /// The same nodes with only the edges for which `isIncluded(u, v, weight)` holds (called
    /// once per undirected edge, with *u* < *v*).
    ///
    /// ```swift
    /// // Keep ties of weight ≥ 2 only:
    /// g.filteringEdges { _, _, w in w >= 2 }
    /// ```
    /// - Complexity: O(*n* + *m* log *d*), where *d* is the largest degree.
    public func filteringEdges(_ isIncluded: (Int, Int, Double) -> Bool) -> WeightedGraph {
        var kept: [(Int32, Int32, Double)] = []
        for v in 0..<nodeCount {
            for k in neighborRange(v) where Int(targets[k]) > v {
                if isIncluded(v, Int(targets[k]), weights[k]) {
                    kept.append((Int32(v), targets[k], weights[k]))
                }
            }
        }
        return WeightedGraph(nodeCount: nodeCount, edges: kept)
    }
}
