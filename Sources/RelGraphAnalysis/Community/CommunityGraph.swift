import RelGraphCore

/// A weighted graph whose nodes may carry self-loops and node weights: one level of the
/// multi-level community algorithms (Leiden and Louvain).
///
/// Row *v* lists *v*'s neighbours with summed weights; a community's internal weight appears as
/// a self-loop on its aggregate node, stored once in the row. `nodeWeight[v]` is the strength of
/// *v* in the original graph summed over its members (internal edges counted twice), so
/// Σ `nodeWeight` = 2*m* on every level.
///
/// - Complexity: O(*n* + *m*) storage, where *n* counts nodes and *m* edges.
struct CommunityGraph {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var nodeWeight: [Double]
    var nodeCount: Int { nodeWeight.count }

    init(_ g: WeightedGraph) {
        offsets = g.offsets.map(Int.init)
        targets = g.targets
        weights = g.weights
        nodeWeight = (0..<g.nodeCount).map { g.strength($0) }
        _checkInvariants()
    }

    private init(offsets: [Int], targets: [Int32], weights: [Double], nodeWeight: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.nodeWeight = nodeWeight
        _checkInvariants()
    }

    /// Describes the first broken invariant, or returns `nil` when all hold: offsets start at 0,
    /// never decrease and end at the entry count; targets are in range and distinct within a row;
    /// weights are finite and > 0; node weights are finite and ≥ 0; and Σ `nodeWeight` equals the
    /// row weights summed with each self-loop counted twice (2*m*, up to rounding).
    /// - Complexity: O(*n* + *m*) time and O(*n*) space.
    func invariantViolation() -> String? {
        let n = nodeCount
        guard offsets.count == n + 1, offsets.first == 0, offsets[n] == targets.count,
            targets.count == weights.count
        else { return "offsets do not cover the entries" }
        var seen = [Int](repeating: -1, count: n)
        var twoM = 0.0
        for v in 0..<n {
            guard offsets[v] <= offsets[v + 1] else { return "offsets decrease at node \(v)" }
            guard nodeWeight[v].isFinite, nodeWeight[v] >= 0 else { return "bad node weight at \(v)" }
            for e in offsets[v]..<offsets[v + 1] {
                let t = Int(targets[e])
                guard t >= 0, t < n else { return "target \(t) of node \(v) is out of range" }
                guard seen[t] != v else { return "row \(v) lists \(t) twice" }
                seen[t] = v
                guard weights[e].isFinite, weights[e] > 0 else { return "bad weight at node \(v)" }
                twoM += t == v ? 2 * weights[e] : weights[e]
            }
        }
        let total = nodeWeight.reduce(0, +)
        guard abs(total - twoM) <= 1e-9 * max(1, total) else {
            return "node weights sum to \(total), edges to \(twoM)"
        }
        return nil
    }

    /// Traps with ``invariantViolation()`` in debug builds; does nothing in release builds.
    /// Both initializers (and so ``aggregated(by:count:ascendingRows:)``) call it last.
    /// - Complexity: O(*n* + *m*) in debug builds, O(1) in release builds.
    func _checkInvariants() {
        #if DEBUG
            if let problem = invariantViolation() {
                preconditionFailure("CommunityGraph invariant broken: \(problem)")
            }
        #endif
    }

    /// The graph of the communities `label` (numbered `0..<count`): one node per community,
    /// weights summed, internal weight kept as a self-loop. Rows are in first-seen order, or
    /// ascending when `ascendingRows` is set (Louvain's convention; Leiden keeps first-seen).
    /// - Complexity: O(*n* + *m*), plus O(*d* log *d*) per row of *d* entries when sorting.
    func aggregated(
        by label: [Int32], count k: Int, ascendingRows: Bool = false
    ) -> CommunityGraph {
        let n = nodeCount
        // Counting sort of the nodes by community.
        var start = [Int](repeating: 0, count: k + 1)
        for v in 0..<n { start[Int(label[v]) + 1] += 1 }
        for c in 0..<k { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: n)
        var fill = start
        for v in 0..<n {
            let c = Int(label[v])
            members[fill[c]] = Int32(v)
            fill[c] += 1
        }
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        newTargets.reserveCapacity(min(targets.count, 4 * k + targets.count / 4))
        newWeights.reserveCapacity(newTargets.capacity)
        var newNodeWeight = [Double](repeating: 0, count: k)
        var acc = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var listed: [Int32] = []
        for c in 0..<k {
            for i in start[c]..<start[c + 1] {
                let v = Int(members[i])
                newNodeWeight[c] += nodeWeight[v]
                for e in offsets[v]..<offsets[v + 1] {
                    let t = Int(targets[e])
                    let d = label[t]
                    if !seen[Int(d)] { seen[Int(d)] = true; listed.append(d) }
                    // A member's self-loop (stored once) is met once, any other internal edge
                    // from both ends: count the loop twice so that halving below is exact.
                    acc[Int(d)] += t == v ? 2 * weights[e] : weights[e]
                }
            }
            if ascendingRows { listed.sort() }
            for d in listed {
                newTargets.append(d)
                // Internal edges were met from both ends (self-loops doubled above).
                newWeights.append(Int(d) == c ? acc[Int(d)] / 2 : acc[Int(d)])
                acc[Int(d)] = 0
                seen[Int(d)] = false
            }
            listed.removeAll(keepingCapacity: true)
            newOffsets[c + 1] = newTargets.count
        }
        return CommunityGraph(
            offsets: newOffsets, targets: newTargets, weights: newWeights,
            nodeWeight: newNodeWeight)
    }
}

/// Renumbers `label` in place to `0..<k` in order of first appearance and returns *k*.
/// - Complexity: O(*n*) with a scratch array of the label range.
@discardableResult
func compactLabels(_ label: inout [Int32], range: Int) -> Int {
    var number = [Int32](repeating: -1, count: range)
    var next: Int32 = 0
    for v in label.indices {
        let l = Int(label[v])
        if number[l] < 0 { number[l] = next; next += 1 }
        label[v] = number[l]
    }
    return Int(next)
}

/// Slots that parallel workers fill at distinct indices (each index written by one worker).
///
/// `@unchecked Sendable` is sound because ``SourceChunks/forEach(chunks:threads:_:)`` runs each
/// index on exactly one worker and joins all workers before the slots are read.
final class SharedSlots<T>: @unchecked Sendable {
    private let pointer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: nil)
    }

    subscript(_ i: Int) -> T? {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    deinit {
        _ = pointer.deinitialize()
        pointer.deallocate()
    }
}
