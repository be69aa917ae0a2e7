extension WeightedGraph {
    /// Describes the first broken CSR invariant, or returns `nil` when all hold: offsets start
    /// at 0 and never decrease, targets are in range, rows are strictly increasing (no parallel
    /// edges) and free of self-loops, every edge is stored from both ends with the same weight,
    /// and weights are finite and > 0.
    /// - Complexity: O(*n* + *m* log *d*).
    public func invariantViolation() -> String? {
        let n = nodeCount
        guard offsets.first == 0, Int(offsets[n]) == targets.count, targets.count == weights.count
        else { return "offsets do not cover the target array" }
        for v in 0..<n {
            if offsets[v] > offsets[v + 1] { return "offsets decrease at node \(v)" }
            var prev: Int32 = -1
            for k in neighborRange(v) {
                let t = targets[k]
                if t < 0 || Int(t) >= n { return "target \(t) of node \(v) is out of range" }
                if t <= prev { return "row \(v) is not strictly increasing" }
                if Int(t) == v { return "self-loop at node \(v)" }
                if !(weights[k].isFinite && weights[k] > 0) { return "bad weight at node \(v)" }
                if weight(Int(t), v) != weights[k] { return "edge \(v)-\(t) is not symmetric" }
                prev = t
            }
        }
        return nil
    }
}

extension WeightedGraph {
    /// Traps with the first broken invariant (see ``invariantViolation()``) in debug builds and
    /// does nothing in release builds; every initializer calls it last (swift-collections'
    /// `_checkInvariants()` pattern).
    /// - Complexity: O(*n* + *m* log *d*) in debug builds, where *n* counts nodes, *m* edges
    ///   and *d* is the largest degree; O(1) in release builds.
    func _checkInvariants() {
        #if DEBUG
            if let problem = invariantViolation() {
                preconditionFailure("WeightedGraph invariant broken: \(problem)")
            }
        #endif
    }
}
