import RelGraphCore

/// A graph's arcs with lengths that are whole multiples of one unit, relabelled for cache
/// locality, so that shortest paths can be found with exact integer arithmetic and a bucket
/// queue (``BucketDependencySearch``).
///
/// Nodes are renumbered in Cuthill–McKee order (breadth-first from the lowest-index node of each
/// component, the unvisited neighbours of a node numbered consecutively in adjacency order), so
/// that a node's neighbours tend to have nearby numbers and the searches' random accesses stay in
/// cache; results are mapped back with ``rank``. Arcs strictly longer than some two-arc path
/// between their ends are left out: they lie on no shortest path, so distances, path counts and
/// dependencies are unchanged (the edges outside the "distance backbone" of Simas, Correia and
/// Rocha, found here only where a triangle shows it).
///
/// - Complexity: O(*n* + *m* + Σ_v deg(*v*)²) time, O(*n* + *m*) space.
///
/// ## Reference
/// Cuthill, E., and J. McKee. "Reducing the Bandwidth of Sparse Symmetric Matrices." In
/// Proceedings of the 24th National Conference of the ACM, 157–172. 1969.
/// https://doi.org/10.1145/800195.805928
///
/// Simas, Tiago, Rion Brattig Correia, and Luis M. Rocha. "The Distance Backbone of Complex
/// Networks." Journal of Complex Networks 9, no. 6 (2021): cnab021.
/// https://doi.org/10.1093/comnet/cnab021
final class IntegerLengthGraph: Sendable {
    /// An arc: its head in the new numbering and its length in units.
    struct Arc: Sendable {
        var target: Int32
        var length: Int32
    }
    /// CSR offsets and arcs in the new numbering.
    let offsets: [Int32]
    let arcs: [Arc]
    /// The new number of each original node.
    let rank: [Int32]
    /// The real length of one unit.
    let unit: Double
    /// The shortest arc, in units (≥ 1).
    let shortest: Int32
    /// The longest arc, in units.
    let longest: Int32

    /// The largest ratio longest / shortest accepted (the bucket queue holds that many buckets).
    static let maxRatio = 4096
    /// The largest weight accepted with ``PathWeighting/reciprocal``.
    static let maxReciprocalWeight = 64
    /// The largest number of units accepted for one arc.
    static let maxUnits = 1 << 20

    /// The graph's arcs under `weighting` as whole multiples of a common unit, when they are:
    /// with ``PathWeighting/reciprocal`` every weight must be a whole number in 1 … 64 and the
    /// least common multiple *L* of the weights present at most 2²⁰ (length 1 / *w* is
    /// (*L* / *w*) units of 1 / *L*; *L* = 2 520 for weights 1 … 10); with
    /// ``PathWeighting/length`` every weight must be a whole number in 1 … 2²⁰. `nil` otherwise,
    /// for ``PathWeighting/unweighted``, for graphs without edges, when the longest arc is more
    /// than ``maxRatio`` times the shortest, and when a path of *n* − 1 longest arcs would not fit
    /// in 31 bits.
    init?(_ graph: WeightedGraph, weighting: PathWeighting) {
        let weights = graph.weights
        guard !weights.isEmpty else { return nil }
        let limit: Double
        switch weighting {
        case .unweighted: return nil
        case .reciprocal: limit = Double(Self.maxReciprocalWeight)
        case .length: limit = Double(Self.maxUnits)
        }
        var present = Set<Int>()
        for w in weights {
            guard w >= 1, w <= limit, w == w.rounded() else { return nil }
            present.insert(Int(w))
        }
        var units: [Int32]
        switch weighting {
        case .reciprocal:
            func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
            var l = 1
            for w in present.sorted() {
                l = l / gcd(l, w) * w
                if l > Self.maxUnits { return nil }
            }
            let common = l
            units = weights.map { Int32(common / Int($0)) }
            unit = 1 / Double(common)
        default:
            units = weights.map { Int32($0) }
            unit = 1
        }
        shortest = units.min()!
        longest = units.max()!
        let n = graph.nodeCount
        guard Int(longest) / Int(shortest) <= Self.maxRatio,
            Int(longest) * max(1, n - 1) <= Int(Int32.max) - Int(longest)
        else { return nil }
        // Cuthill–McKee numbering.
        var rank = [Int32](repeating: -1, count: n)
        var order = [Int32]()
        order.reserveCapacity(n)
        for root in 0..<n where rank[root] < 0 {
            rank[root] = Int32(order.count)
            order.append(Int32(root))
            var head = order.count - 1
            while head < order.count {
                let v = Int(order[head])
                head += 1
                for k in graph.neighborRange(v) {
                    let w = Int(graph.targets[k])
                    if rank[w] < 0 {
                        rank[w] = Int32(order.count)
                        order.append(Int32(w))
                    }
                }
            }
        }
        // Arcs strictly longer than a two-arc path between their ends lie on no shortest path:
        // mark u's neighbours with their arc length, then look for shorter two-arc paths.
        var direct = [Int32](repeating: 0, count: n)
        var offsets = [Int32](repeating: 0, count: n + 1)
        var arcs = [Arc]()
        arcs.reserveCapacity(graph.targets.count)
        for (i, u) in order.enumerated() {
            let around = graph.neighborRange(Int(u))
            var longestHere: Int32 = 0
            for k in around {
                let v = Int(graph.targets[k])
                longestHere = max(longestHere, units[k])
                direct[v] = direct[v] == 0 ? units[k] : min(direct[v], units[k])
            }
            for k in around {
                let c = Int(graph.targets[k]), first = units[k]
                guard first &+ shortest < longestHere, c != Int(u) else { continue }
                for k2 in graph.neighborRange(c) {
                    let v = Int(graph.targets[k2])
                    if first &+ units[k2] < direct[v] { direct[v] = -1 }  // −1: dominated
                }
            }
            for k in around {
                let v = Int(graph.targets[k])
                if direct[v] >= 0 && units[k] <= direct[v] {
                    arcs.append(Arc(target: rank[v], length: units[k]))
                }
            }
            for k in around { direct[Int(graph.targets[k])] = 0 }
            offsets[i + 1] = Int32(arcs.count)
        }
        self.offsets = offsets
        self.arcs = arcs
        self.rank = rank
    }
}

/// Single-source shortest paths with integer arc lengths and the Geisberger–Sanders–Schultes
/// linearly scaled dependencies, for sampled betweenness.
///
/// Dijkstra's algorithm with Dial's bucket queue: bucket *b* holds the tentative nodes with
/// distance in [*b*Δ, (*b* + 1)Δ), Δ the shortest arc, in a ring of ⌊longest / Δ⌋ + 2 arrays (a
/// node whose distance drops is appended again; its stale entry is skipped). A node in the
/// lowest non-empty bucket is final (any arc from another node of that bucket leads at least Δ
/// further, past the bucket), and so is its path count: all its shortest-path predecessors lie
/// in earlier buckets. Nodes are settled bucket by bucket, in a fixed order within a bucket, so
/// every node is settled after all its predecessors and the order is deterministic. Lengths are
/// exact integers, so tied paths are recognised exactly (the rational semantics that
/// ``ShortestPathSearch`` approximates with a relative tolerance). Instead of predecessor lists,
/// the forward pass appends, in settle order, every arc that improved or tied a distance; the
/// backward pass reads them back in reverse and keeps those whose distance is still current (the
/// successors), so it touches neither the other arcs nor scattered lists. Storage is
/// O(*n* + *m*), allocated once and reset in time proportional to the nodes reached; each worker
/// thread owns one instance.
///
/// - Complexity: one ``run(from:)`` is O(*n* + *m* + *D* / Δ), *D* the largest distance
///   reached; one ``accumulate(into:roots:)`` is O(*n* + *m*).
///
/// ## Reference
/// Dial, Robert B. "Algorithm 360: Shortest-Path Forest with Topological Ordering."
/// Communications of the ACM 12, no. 11 (1969): 632–633. https://doi.org/10.1145/363269.363610
///
/// Geisberger, Robert, Peter Sanders, and Dominik Schultes. "Better Approximation of
/// Betweenness Centrality." In Proceedings of the Tenth Workshop on Algorithm Engineering and
/// Experiments (ALENEX), 90–100. SIAM, 2008. https://doi.org/10.1137/1.9781611972887.9
final class BucketDependencySearch {
    private typealias Arc = IntegerLengthGraph.Arc
    private let graph: IntegerLengthGraph
    private let n: Int
    private let unit: Double
    private let width: Int32
    private let bucketCount: Int
    /// Distance in units; `Int32.max` when unreached.
    private let distance: UnsafeMutablePointer<Int32>
    private let sigma: UnsafeMutablePointer<Double>
    /// −1 marks a settled node during ``run(from:)``; dependencies during the backward pass.
    private let delta: UnsafeMutablePointer<Double>
    private let settled: UnsafeMutablePointer<Int32>
    private var settledCount = 0
    /// Candidate successors recorded by the forward pass, in settle order: the *i*-th settled
    /// node's are `candidates[candidateStart[i] ..< candidateStart[i + 1]]`, each the node it
    /// reached and the distance it offered (a successor iff that is still the node's distance).
    private let candidateStart: UnsafeMutablePointer<Int32>
    private let candidates: UnsafeMutablePointer<Candidate>
    private struct Candidate {
        var node: Int32
        var distance: Int32
    }
    /// The ring of buckets: each an array of nodes (with stale entries for nodes that moved to
    /// an earlier bucket, skipped when met).
    private let items: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    private let counts: UnsafeMutablePointer<Int>
    private let capacities: UnsafeMutablePointer<Int>

    /// A search on `graph` (in its own numbering).
    init(graph: IntegerLengthGraph) {
        self.graph = graph
        n = graph.rank.count
        unit = graph.unit
        width = graph.shortest
        bucketCount = Int(graph.longest / graph.shortest) + 2
        let size = max(1, n)
        distance = .allocate(capacity: size)
        distance.initialize(repeating: .max, count: size)
        sigma = .allocate(capacity: size)
        sigma.initialize(repeating: 0, count: size)
        delta = .allocate(capacity: size)
        delta.initialize(repeating: 0, count: size)
        settled = .allocate(capacity: size)
        settled.initialize(repeating: 0, count: size)
        candidateStart = .allocate(capacity: size + 1)
        candidateStart.initialize(repeating: 0, count: size + 1)
        // At most one candidate per arc; pages are touched only as far as used.
        candidates = .allocate(capacity: max(1, graph.arcs.count))
        let initial = 64
        items = .allocate(capacity: bucketCount)
        for b in 0..<bucketCount { (items + b).initialize(to: .allocate(capacity: initial)) }
        counts = .allocate(capacity: bucketCount)
        counts.initialize(repeating: 0, count: bucketCount)
        capacities = .allocate(capacity: bucketCount)
        capacities.initialize(repeating: initial, count: bucketCount)
    }

    deinit {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        settled.deallocate()
        candidateStart.deallocate()
        candidates.deallocate()
        for b in 0..<bucketCount { items[b].deallocate() }
        items.deallocate()
        counts.deallocate()
        capacities.deallocate()
    }

    @inline(__always) private func push(_ v: Int32, distance d: Int32) {
        let b = Int(d / width) % bucketCount
        let c = counts[b]
        if c == capacities[b] { grow(b) }
        items[b][c] = v
        counts[b] = c &+ 1
    }

    private func grow(_ b: Int) {
        let old = items[b], capacity = capacities[b]
        let new = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * capacity)
        new.moveInitialize(from: old, count: capacity)
        old.deallocate()
        items[b] = new
        capacities[b] = 2 * capacity
    }

    /// Computes distances and shortest-path counts from `s` (in the graph's numbering).
    func run(from s: Int) {
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.arcs.withUnsafeBufferPointer { arcs in
                run(s, offsets.baseAddress!, arcs.baseAddress!)
            }
        }
    }

    private func run(_ s: Int, _ offsets: UnsafePointer<Int32>, _ arcs: UnsafePointer<Arc>) {
        for i in 0..<settledCount {
            let v = Int(settled[i])
            distance[v] = .max
            sigma[v] = 0
            delta[v] = 0
        }
        settledCount = 0
        distance[s] = 0
        sigma[s] = 1
        var current = 0
        push(Int32(s), distance: 0)
        var pending = 1
        var candidateCount: Int32 = 0
        while pending > 0 {
            while counts[current] == 0 { current = current &+ 1 == bucketCount ? 0 : current &+ 1 }
            // Every live node of this bucket is final; nodes it reaches go to later buckets.
            let bucket = items[current]
            var j = 0
            while j < counts[current] {
                let v = bucket[j]
                j &+= 1
                let vi = Int(v)
                if delta[vi] < 0 { continue }  // stale: settled from an earlier entry
                delta[vi] = -1
                pending &-= 1
                candidateStart[settledCount] = candidateCount
                settled[settledCount] = v
                settledCount &+= 1
                let dv = distance[vi], sv = sigma[vi]
                for k in Int(offsets[vi])..<Int(offsets[vi &+ 1]) {
                    let arc = arcs[k]
                    let wi = Int(arc.target)
                    let alt = dv &+ arc.length
                    let dw = distance[wi]
                    if alt < dw {
                        if dw == .max { pending &+= 1 }
                        distance[wi] = alt
                        sigma[wi] = sv
                        push(arc.target, distance: alt)
                        candidates[Int(candidateCount)] = Candidate(node: arc.target, distance: alt)
                        candidateCount &+= 1
                    } else if alt == dw {
                        sigma[wi] += sv
                        candidates[Int(candidateCount)] = Candidate(node: arc.target, distance: alt)
                        candidateCount &+= 1
                    }
                }
            }
            counts[current] = 0
        }
        candidateStart[settledCount] = candidateCount
        for b in 0..<bucketCount { counts[b] = 0 }
    }

    /// The linearly scaled dependencies of the last ``run(from:)``: for every reached *v* other
    /// than the source *s*, the term *x* = Σ_t (σ_st(*v*) / σ_st) · *d*(*s*, *v*) / *d*(*s*, *t*)
    /// is added to `scores[v]` and √*x* to `roots[v]`.
    func accumulate(
        into scores: UnsafeMutableBufferPointer<Double>, roots: UnsafeMutableBufferPointer<Double>
    ) {
        // A candidate w of v is a successor iff d(w) is still what v offered. Once w is done,
        // delta[w] holds (1 / d(s, w) + Σ_t σ_st(w)/σ_st / d(s, t) over the t below w) / σ_sw, so
        // v adds σ_sv times it for each successor w. settled[0] is the source.
        var i = settledCount - 1
        while i > 0 {
            let v = Int(settled[i])
            var below = 0.0
            for e in Int(candidateStart[i])..<Int(candidateStart[i &+ 1]) {
                let c = candidates[e]
                let w = Int(c.node)
                if distance[w] == c.distance { below += delta[w] }
            }
            let sv = sigma[v]
            let dependency = sv * below  // Σ_t σ_st(v)/σ_st / d(s, t) over the t below v
            let realDistance = Double(distance[v]) * unit
            let term = dependency * realDistance
            if term > 0 {
                scores[v] += term
                roots[v] += term.squareRoot()
            }
            delta[v] = (1 / realDistance + dependency) / sv
            i &-= 1
        }
    }
}
