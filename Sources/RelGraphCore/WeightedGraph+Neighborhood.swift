extension WeightedGraph {
    /// The number of hops from the nearest of `sources` to every node, counting only nodes up to
    /// `maxDepth` hops away (−1 for nodes farther away or unreachable): the ego network of the
    /// sources is the set of nodes with a distance ≥ 0.
    ///
    /// ```swift
    /// // Path 0 – 1 – 2 – 3:
    /// g.hopDistances(from: [0], maxDepth: 2)   // [0, 1, 2, -1]
    /// ```
    /// - Precondition: every source is in `0..<nodeCount` and `maxDepth` ≥ 0.
    /// - Complexity: O(*n* + *m*) (breadth-first search).
    public func hopDistances(from sources: some Sequence<Int>, maxDepth: Int) -> [Int] {
        var distance = [Int](repeating: -1, count: nodeCount)
        var queue: [Int] = []
        for s in sources where distance[s] < 0 {
            distance[s] = 0
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            guard distance[u] < maxDepth else { continue }
            for k in neighborRange(u) where distance[Int(targets[k])] < 0 {
                distance[Int(targets[k])] = distance[u] + 1
                queue.append(Int(targets[k]))
            }
        }
        return distance
    }
}

extension EntityGraph {
    /// Whether each relation, in ``relations`` order, has evidence from an article dated inside
    /// `range` (relations without dated evidence are outside every bounded range).
    /// - Complexity: O(*a* + *e*) for *a* articles and *e* evidence sentences.
    public func relationsDated(in range: DateRange) -> [Bool] {
        var dates: [String: String] = [:]
        for a in articles { if let d = a.date { dates[a.id] = d } }
        return relations.map { r in
            r.evidence.contains { e in dates[e.article].map(range.contains) ?? false }
        }
    }
}
