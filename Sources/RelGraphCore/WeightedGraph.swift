/// A compact, immutable, undirected weighted graph in compressed sparse row (CSR) form.
///
/// ## Storage
/// The neighbours of node *v* are `targets[offsets[v] ..< offsets[v+1]]`, sorted ascending,
/// with the matching tie strengths in `weights` at the same positions. Every undirected edge
/// is stored twice (once from each end), so `targets.count == 2 * edgeCount`. Indices are 32-bit,
/// which bounds a graph to 2³¹ − 1 adjacency entries; storage is O(*n* + *m*).
/// Parallel edges given to the initializer are merged by summing their weights; self-loops are
/// dropped (co-occurrence graphs have none, and every measure here is defined without them).
///
/// This is the layout of igraph's indexed edge list and NetworKit's `Graph` after
/// `GraphBuilder::toGraph`: contiguous arrays that algorithms scan without pointer chasing.
public struct WeightedGraph: Sendable {
    /// `offsets[v] ..< offsets[v + 1]` is the range of *v*'s neighbours; `offsets.count == n + 1`.
    public let offsets: [Int32]
    /// Neighbour indices, sorted within each node's range.
    public let targets: [Int32]
    /// Tie strengths aligned with ``targets``; finite and > 0.
    public let weights: [Double]

    /// The number of nodes, *n*.
    public var nodeCount: Int { offsets.count - 1 }
    /// The number of undirected edges, *m*.
    public var edgeCount: Int { targets.count / 2 }
    /// The sum of all edge weights (each undirected edge once).
    public let totalWeight: Double

    /// Builds the CSR arrays from an undirected edge list.
    /// - Parameters:
    ///   - nodeCount: *n*; every endpoint must be in `0..<n`.
    ///   - edges: `(u, v, w)` triples with `w` finite and > 0 (checked by precondition).
    /// - Complexity: O(*n* + *m* log *d*), where *d* is the largest degree.
    public init(nodeCount n: Int, edges: [(Int32, Int32, Double)]) {
        var degree = [Int32](repeating: 0, count: n + 1)
        for (u, v, w) in edges where u != v {
            precondition(Int(u) < n && Int(v) < n && u >= 0 && v >= 0, "endpoint out of range")
            precondition(w.isFinite && w > 0, "edge weight must be finite and > 0")
            degree[Int(u) + 1] += 1
            degree[Int(v) + 1] += 1
        }
        for i in 0..<n { degree[i + 1] += degree[i] }
        var fill = degree
        var t = [Int32](repeating: 0, count: Int(degree[n]))
        var wt = [Double](repeating: 0, count: Int(degree[n]))
        for (u, v, w) in edges where u != v {
            t[Int(fill[Int(u)])] = v; wt[Int(fill[Int(u)])] = w; fill[Int(u)] += 1
            t[Int(fill[Int(v)])] = u; wt[Int(fill[Int(v)])] = w; fill[Int(v)] += 1
        }
        // Sort each row and merge parallel edges, compacting in place: the write position never
        // passes the read position, so no second copy of the adjacency is needed.
        var outOffsets = [Int32](repeating: 0, count: n + 1)
        var write = 0
        var row: [(Int32, Double)] = []
        for v in 0..<n {
            let lo = Int(degree[v]), hi = Int(degree[v + 1])
            row.removeAll(keepingCapacity: true)
            for k in lo..<hi { row.append((t[k], wt[k])) }
            if zip(row, row.dropFirst()).contains(where: { $0.0 >= $1.0 }) { row.sort { $0.0 < $1.0 } }
            let start = write
            for (x, w) in row {
                if write > start, t[write - 1] == x {
                    wt[write - 1] += w
                } else {
                    t[write] = x
                    wt[write] = w
                    write += 1
                }
            }
            outOffsets[v + 1] = Int32(write)
        }
        t.removeLast(t.count - write)
        wt.removeLast(wt.count - write)
        let outT = t, outW = wt
        offsets = outOffsets
        targets = outT
        weights = outW
        var total = 0.0
        for v in 0..<n {
            for k in Int(outOffsets[v])..<Int(outOffsets[v + 1]) where Int(outT[k]) > v {
                total += outW[k]
            }
        }
        totalWeight = total
        _checkInvariants()
    }

    /// The degree (number of distinct neighbours) of `v`.
    @inlinable public func degree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// The range of `v`'s entries in ``targets`` and ``weights``.
    @inlinable public func neighborRange(_ v: Int) -> Range<Int> {
        Int(offsets[v])..<Int(offsets[v + 1])
    }

    /// The sum of the weights of `v`'s edges (its strength).
    public func strength(_ v: Int) -> Double {
        var s = 0.0
        for k in neighborRange(v) { s += weights[k] }
        return s
    }

    /// Every undirected edge once, as `(u, v, w)` with `u < v`, in row order.
    public var edges: [(Int32, Int32, Double)] {
        var out: [(Int32, Int32, Double)] = []
        out.reserveCapacity(edgeCount)
        for v in 0..<nodeCount {
            for k in neighborRange(v) where Int(targets[k]) > v {
                out.append((Int32(v), targets[k], weights[k]))
            }
        }
        return out
    }

    /// The weight of edge {u, v}, or `nil` when they are not adjacent.
    /// - Complexity: O(log *d*), where *d* is the degree of `u`.
    public func weight(_ u: Int, _ v: Int) -> Double? {
        var lo = Int(offsets[u]), hi = Int(offsets[u + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            let x = Int(targets[mid])
            if x == v { return weights[mid] }
            if x < v { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The same graph with every weight set to 1.
    public func unweighted() -> WeightedGraph {
        WeightedGraph(offsets: offsets, targets: targets, weights: .init(repeating: 1, count: targets.count))
    }

    private init(offsets: [Int32], targets: [Int32], weights: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.totalWeight = weights.reduce(0, +) / 2
        _checkInvariants()
    }
}
