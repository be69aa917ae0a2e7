extension WeightedGraph {
    /// The connected components: `label[v]` is the component of node *v*, numbered `0..<count`
    /// by decreasing size (ties by smallest node), so component 0 is the largest.
    ///
    /// ```swift
    /// // Path 0 – 1 plus an isolated node 2:
    /// g.connectedComponents()   // (label: [0, 0, 1], count: 2)
    /// ```
    /// - Complexity: O(*n* + *m*) time and O(*n*) space (breadth-first search).
    public func connectedComponents() -> (label: [Int32], count: Int) {
        let n = nodeCount
        var raw = [Int32](repeating: -1, count: n)
        var sizes: [Int] = []
        var queue = [Int32](repeating: 0, count: n)
        for s in 0..<n where raw[s] < 0 {
            let c = Int32(sizes.count)
            raw[s] = c
            queue[0] = Int32(s)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for k in neighborRange(v) where raw[Int(targets[k])] < 0 {
                    raw[Int(targets[k])] = c
                    queue[tail] = targets[k]
                    tail += 1
                }
            }
            sizes.append(tail)
        }
        // Components were opened in order of their smallest node: a stable sort by size.
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var rank = [Int32](repeating: 0, count: sizes.count)
        for (r, c) in order.enumerated() { rank[c] = Int32(r) }
        return (raw.map { rank[Int($0)] }, sizes.count)
    }

    /// The subgraph of the component containing `node`.
    /// - Precondition: `node` is in `0..<nodeCount`.
    /// - Complexity: O(*n* + *m*).
    public func component(containing node: Int) -> Subgraph {
        let (label, _) = connectedComponents()
        let c = label[node]
        return subgraph(nodes: (0..<nodeCount).lazy.filter { label[$0] == c })
    }

    /// The subgraph of the largest connected component (the first by smallest node on ties);
    /// the empty subgraph of an empty graph.
    /// - Complexity: O(*n* + *m*).
    public func largestComponent() -> Subgraph {
        let (label, _) = connectedComponents()
        return subgraph(nodes: (0..<nodeCount).lazy.filter { label[$0] == 0 })
    }
}
