import RelGraphCore

/// Whether two path lengths are equal for shortest-path purposes:
/// |*a* − *b*| ≤ 10⁻¹⁰ · max(|*a*|, |*b*|), igraph's rule (`igraph_cmp_epsilon`).
@inline(__always)
func lengthsTied(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-10 * max(abs(a), abs(b))
}

extension WeightedGraph {
    /// Edge lengths aligned with ``targets`` under `weighting`, or `nil` for hop counts.
    func pathLengths(_ weighting: PathWeighting) -> [Double]? {
        switch weighting {
        case .reciprocal: return weights.map { 1 / $0 }
        case .length: return weights
        case .unweighted: return nil
        }
    }
}

/// Reusable single-source shortest-path state: breadth-first search for hop counts, Dijkstra's
/// algorithm with an ``IndexedHeap`` otherwise, optionally counting shortest paths and
/// recording predecessors for Brandes' dependency accumulation.
///
/// Lengths that are tied in the sense of ``lengthsTied(_:_:)`` count as equal: a path tied
/// with the current tentative distance adds its paths and predecessor; only a path shorter by
/// more than the tolerance replaces them. Storage is O(*n* + *m*) and is reset in time
/// proportional to the nodes reached, so one search serves many sources.
///
/// - Complexity: one ``run(from:countPaths:)`` is O(*n* + *m*) for hop counts and
///   O((*n* + *m*) log *n*) with lengths, where *n* and *m* count nodes and edges.
///
/// ## Reference
/// Dijkstra, E. W. "A Note on Two Problems in Connexion with Graphs." Numerische Mathematik 1
/// (1959): 269–271. https://doi.org/10.1007/BF01386390
struct ShortestPathSearch {
    let offsets: [Int32]
    let targets: [Int32]
    let lengths: [Double]?
    /// Distance from the source; `.infinity` when unreached.
    private(set) var dist: [Double]
    /// Number of shortest paths from the source (when counting).
    private(set) var sigma: [Double]
    /// Reached nodes in non-decreasing distance order (settle order).
    private(set) var order: [Int32] = []
    private var predCount: [Int32]
    private var preds: [Int32]
    private var delta: [Double]
    private var heap: IndexedHeap

    init(graph: WeightedGraph, lengths: [Double]?) {
        let n = graph.nodeCount
        offsets = graph.offsets
        targets = graph.targets
        self.lengths = lengths
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        predCount = [Int32](repeating: 0, count: n)
        preds = [Int32](repeating: 0, count: graph.targets.count)
        delta = [Double](repeating: 0, count: n)
        heap = IndexedHeap(capacity: lengths == nil ? 0 : n)
        order.reserveCapacity(n)
    }

    /// Computes distances from `s` (and path counts and predecessors when `countPaths`).
    mutating func run(from s: Int, countPaths: Bool) {
        reset()
        if let lengths {
            dijkstra(from: s, lengths: lengths, countPaths: countPaths)
        } else {
            breadthFirst(from: s, countPaths: countPaths)
        }
    }

    private mutating func record(_ v: Int32, asOnlyPredecessorOf w: Int) {
        sigma[w] = sigma[Int(v)]
        predCount[w] = 1
        preds[Int(offsets[w])] = v
    }

    private mutating func record(_ v: Int32, asAnotherPredecessorOf w: Int) {
        sigma[w] += sigma[Int(v)]
        preds[Int(offsets[w] + predCount[w])] = v
        predCount[w] += 1
    }

    private mutating func breadthFirst(from s: Int, countPaths: Bool) {
        dist[s] = 0
        sigma[s] = 1
        order.append(Int32(s))
        var head = 0
        while head < order.count {
            let v = order[head]
            head += 1
            let next = dist[Int(v)] + 1
            for k in Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1]) {
                let w = Int(targets[k])
                if dist[w] == .infinity {
                    dist[w] = next
                    order.append(Int32(w))
                    if countPaths { record(v, asOnlyPredecessorOf: w) }
                } else if countPaths, dist[w] == next {
                    record(v, asAnotherPredecessorOf: w)
                }
            }
        }
    }

    private mutating func dijkstra(from s: Int, lengths: [Double], countPaths: Bool) {
        dist[s] = 0
        sigma[s] = 1
        heap.insert(s, key: 0)
        while !heap.isEmpty {
            let (vi, dv) = heap.popMin()
            let v = Int32(vi)
            order.append(v)
            for k in Int(offsets[vi])..<Int(offsets[vi + 1]) {
                let w = Int(targets[k])
                let alt = dv + lengths[k]
                let dw = dist[w]
                if dw == .infinity {
                    dist[w] = alt
                    heap.insert(w, key: alt)
                    if countPaths { record(v, asOnlyPredecessorOf: w) }
                } else if !heap.contains(w) {
                    continue  // already settled
                } else if lengthsTied(alt, dw) {
                    if countPaths { record(v, asAnotherPredecessorOf: w) }
                } else if alt < dw {
                    dist[w] = alt
                    heap.decreaseKey(w, to: alt)
                    if countPaths { record(v, asOnlyPredecessorOf: w) }
                }
            }
        }
    }

    /// Brandes' dependency accumulation for the last ``run(from:countPaths:)`` (which must have
    /// counted paths) from `s`: adds δ_s(v) to `scores[v]` for every reached v ≠ s.
    mutating func accumulateDependencies(
        from s: Int, into scores: UnsafeMutableBufferPointer<Double>
    ) {
        var i = order.count - 1
        while i >= 0 {
            let w = Int(order[i])
            let coefficient = (1 + delta[w]) / sigma[w]
            let start = Int(offsets[w])
            for k in start..<(start + Int(predCount[w])) {
                let v = Int(preds[k])
                delta[v] += sigma[v] * coefficient
            }
            if w != s { scores[w] += delta[w] }
            i -= 1
        }
    }

    private mutating func reset() {
        for v in order {
            let i = Int(v)
            dist[i] = .infinity
            sigma[i] = 0
            predCount[i] = 0
            delta[i] = 0
        }
        order.removeAll(keepingCapacity: true)
    }
}
