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
    }

    private init(offsets: [Int], targets: [Int32], weights: [Double], nodeWeight: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.nodeWeight = nodeWeight
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
                    let d = label[Int(targets[e])]
                    if !seen[Int(d)] { seen[Int(d)] = true; listed.append(d) }
                    acc[Int(d)] += weights[e]
                }
            }
            if ascendingRows { listed.sort() }
            for d in listed {
                newTargets.append(d)
                // Internal edges were met from both ends (a self-loop row entry once).
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
