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
/// algorithm with an indexed binary heap otherwise, optionally counting shortest paths and
/// recording predecessors for Brandes' dependency accumulation.
///
/// Lengths that are tied in the sense of ``lengthsTied(_:_:)`` count as equal: a path tied
/// with the current tentative distance adds its paths and predecessor; only a path shorter by
/// more than the tolerance replaces them. Storage is O(*n* + *m*), allocated once and reset in
/// time proportional to the nodes reached, so one search serves many sources. It is a class
/// holding raw buffers so that the hot loops run without bounds or uniqueness checks; each
/// worker thread owns its own instance.
///
/// - Complexity: one ``run(from:countPaths:)`` is O(*n* + *m*) for hop counts and
///   O((*n* + *m*) log *n*) with lengths, where *n* and *m* count nodes and edges.
///
/// ## Reference
/// Dijkstra, E. W. "A Note on Two Problems in Connexion with Graphs." Numerische Mathematik 1
/// (1959): 269–271. https://doi.org/10.1007/BF01386390
///
/// Williams, J. W. J. "Algorithm 232: Heapsort." Communications of the ACM 7, no. 6 (1964):
/// 347–348. https://doi.org/10.1145/512274.512284
final class ShortestPathSearch {
    private let graph: WeightedGraph
    private let lengths: [Double]?
    private let n: Int
    /// Distance from the source; `.infinity` when unreached.
    private let distance: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source (when counting).
    private let sigma: UnsafeMutablePointer<Double>
    private let delta: UnsafeMutablePointer<Double>
    private let predCount: UnsafeMutablePointer<Int32>
    private let preds: UnsafeMutablePointer<Int32>
    /// Reached nodes in non-decreasing distance order (settle order).
    private let settled: UnsafeMutablePointer<Int32>
    private var settledCount = 0
    private let heapNode: UnsafeMutablePointer<Int32>
    private let heapKey: UnsafeMutablePointer<Double>
    /// Heap slot of each node, −1 when not in the heap.
    private let position: UnsafeMutablePointer<Int32>
    private var heapCount = 0

    init(graph: WeightedGraph, lengths: [Double]?) {
        self.graph = graph
        self.lengths = lengths
        n = graph.nodeCount
        distance = .allocate(capacity: max(1, n))
        distance.initialize(repeating: .infinity, count: max(1, n))
        sigma = .allocate(capacity: max(1, n))
        sigma.initialize(repeating: 0, count: max(1, n))
        delta = .allocate(capacity: max(1, n))
        delta.initialize(repeating: 0, count: max(1, n))
        predCount = .allocate(capacity: max(1, n))
        predCount.initialize(repeating: 0, count: max(1, n))
        preds = .allocate(capacity: max(1, graph.targets.count))
        preds.initialize(repeating: 0, count: max(1, graph.targets.count))
        settled = .allocate(capacity: max(1, n))
        settled.initialize(repeating: 0, count: max(1, n))
        heapNode = .allocate(capacity: max(1, n))
        heapNode.initialize(repeating: 0, count: max(1, n))
        heapKey = .allocate(capacity: max(1, n))
        heapKey.initialize(repeating: 0, count: max(1, n))
        position = .allocate(capacity: max(1, n))
        position.initialize(repeating: -1, count: max(1, n))
    }

    deinit {
        for p in [distance, sigma, delta, heapKey] { p.deallocate() }
        for p in [predCount, preds, settled, heapNode, position] { p.deallocate() }
    }

    /// The nodes reached by the last run, in settle order.
    var order: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: settled, count: settledCount) }

    /// The distance of `v` from the last run's source.
    @inline(__always) func dist(_ v: Int) -> Double { distance[v] }

    /// The sums of the distances and of the reciprocal distances from the last run's source `s`
    /// to the other nodes it reached, added in settling order (so that every caller gets the
    /// same bits).
    /// - Complexity: O(*r*) for *r* reached nodes.
    func distanceSums(from s: Int) -> (total: Double, inverse: Double) {
        var total = 0.0
        var inverse = 0.0
        for v in order where Int(v) != s {
            let d = distance[Int(v)]
            total += d
            inverse += 1 / d
        }
        return (total, inverse)
    }

    /// Computes distances from `s` (and path counts and predecessors when `countPaths`).
    func run(from s: Int, countPaths: Bool) {
        reset()
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                if let lengths {
                    lengths.withUnsafeBufferPointer { lengths in
                        dijkstra(s, offsets, targets, lengths, countPaths)
                    }
                } else {
                    breadthFirst(s, offsets, targets, countPaths)
                }
            }
        }
    }

    private func breadthFirst(
        _ s: Int, _ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>,
        _ countPaths: Bool
    ) {
        distance[s] = 0
        sigma[s] = 1
        settled[0] = Int32(s)
        settledCount = 1
        var head = 0
        while head < settledCount {
            let v = settled[head]
            head += 1
            let vi = Int(v)
            let next = distance[vi] + 1
            for k in Int(offsets[vi])..<Int(offsets[vi + 1]) {
                let w = Int(targets[k])
                let dw = distance[w]
                if dw == .infinity {
                    distance[w] = next
                    settled[settledCount] = Int32(w)
                    settledCount += 1
                    if countPaths {
                        sigma[w] = sigma[vi]
                        predCount[w] = 1
                        preds[Int(offsets[w])] = v
                    }
                } else if countPaths, dw == next {
                    sigma[w] += sigma[vi]
                    preds[Int(offsets[w]) + Int(predCount[w])] = v
                    predCount[w] += 1
                }
            }
        }
    }

    private func dijkstra(
        _ s: Int, _ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>,
        _ lengths: UnsafeBufferPointer<Double>, _ countPaths: Bool
    ) {
        distance[s] = 0
        sigma[s] = 1
        push(Int32(s), 0)
        while heapCount > 0 {
            let (v, dv) = popMin()
            let vi = Int(v)
            settled[settledCount] = v
            settledCount += 1
            for k in Int(offsets[vi])..<Int(offsets[vi + 1]) {
                let w = Int(targets[k])
                let alt = dv + lengths[k]
                let dw = distance[w]
                if dw == .infinity {
                    distance[w] = alt
                    push(Int32(w), alt)
                    if countPaths {
                        sigma[w] = sigma[vi]
                        predCount[w] = 1
                        preds[Int(offsets[w])] = v
                    }
                } else if position[w] < 0 {
                    continue  // already settled
                } else if lengthsTied(alt, dw) {
                    if countPaths {
                        sigma[w] += sigma[vi]
                        preds[Int(offsets[w]) + Int(predCount[w])] = v
                        predCount[w] += 1
                    }
                } else if alt < dw {
                    distance[w] = alt
                    decreaseKey(w, alt)
                    if countPaths {
                        sigma[w] = sigma[vi]
                        predCount[w] = 1
                        preds[Int(offsets[w])] = v
                    }
                }
            }
        }
    }

    // MARK: Indexed binary heap

    @inline(__always) private func push(_ node: Int32, _ key: Double) {
        heapCount += 1
        siftUp(heapCount - 1, node, key)
    }

    @inline(__always) private func decreaseKey(_ node: Int, _ key: Double) {
        siftUp(Int(position[node]), Int32(node), key)
    }

    @inline(__always) private func siftUp(_ start: Int, _ node: Int32, _ key: Double) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 1
            let pk = heapKey[parent]
            guard key < pk else { break }
            heapNode[i] = heapNode[parent]
            heapKey[i] = pk
            position[Int(heapNode[i])] = Int32(i)
            i = parent
        }
        heapNode[i] = node
        heapKey[i] = key
        position[Int(node)] = Int32(i)
    }

    @inline(__always) private func popMin() -> (Int32, Double) {
        let top = heapNode[0], topKey = heapKey[0]
        position[Int(top)] = -1
        heapCount -= 1
        if heapCount > 0 {
            let node = heapNode[heapCount], key = heapKey[heapCount]
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= heapCount { break }
                if child + 1 < heapCount, heapKey[child + 1] < heapKey[child] { child += 1 }
                guard heapKey[child] < key else { break }
                heapNode[i] = heapNode[child]
                heapKey[i] = heapKey[child]
                position[Int(heapNode[i])] = Int32(i)
                i = child
            }
            heapNode[i] = node
            heapKey[i] = key
            position[Int(node)] = Int32(i)
        }
        return (top, topKey)
    }

    // MARK: Dependency accumulation

    /// Brandes' dependency accumulation for the last ``run(from:countPaths:)`` (which must have
    /// counted paths) from `s`: adds δ_s(v) to `scores[v]` for every reached v ≠ s.
    func accumulateDependencies(from s: Int, into scores: UnsafeMutableBufferPointer<Double>) {
        graph.offsets.withUnsafeBufferPointer { offsets in
            var i = settledCount - 1
            while i >= 0 {
                let w = Int(settled[i])
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
    }

    /// Geisberger–Sanders–Schultes "linear scaling" accumulation for the last run from `s`:
    /// adds Σ_t (σ_st(v)/σ_st) · d(s, v)/d(s, t) to `scores[v]` for every reached v ≠ s. Each
    /// pair's unit of dependency is split between the two ends by position along the path, which
    /// removes the bias of source sampling towards nodes near the sampled sources.
    ///
    /// With `roots`, also adds the square root of each node's term there.
    func accumulateScaledDependencies(
        from s: Int, into scores: UnsafeMutableBufferPointer<Double>,
        roots: UnsafeMutableBufferPointer<Double>? = nil
    ) {
        // delta[w] holds Σ_t σ_st(w)/σ_st / d(s, t) over the t below w.
        graph.offsets.withUnsafeBufferPointer { offsets in
            var i = settledCount - 1
            while i >= 0 {
                let w = Int(settled[i])
                if w != s {
                    let coefficient = (1 / distance[w] + delta[w]) / sigma[w]
                    let start = Int(offsets[w])
                    for k in start..<(start + Int(predCount[w])) {
                        let v = Int(preds[k])
                        delta[v] += sigma[v] * coefficient
                    }
                    let term = delta[w] * distance[w]
                    scores[w] += term
                    if let roots, term > 0 { roots[w] += term.squareRoot() }
                }
                i -= 1
            }
        }
    }

    private func reset() {
        for i in 0..<settledCount {
            let v = Int(settled[i])
            distance[v] = .infinity
            sigma[v] = 0
            predCount[v] = 0
            delta[v] = 0
        }
        settledCount = 0
    }
}
