/// The unchecked memory of one Leiden run: per-node scratch arrays that local moving and
/// refinement reuse on every level, allocated once for the base graph's *n* nodes and freed in
/// `deinit`, plus ``withRows(of:_:)``, the one way in to a level's CSR arrays as buffer
/// pointers.
///
/// ## Safety
/// This handle is the only place where the community code holds unsafe memory; the argument:
/// - Every buffer is allocated with `capacity` elements and fully initialised in `init`, and
///   freed only in `deinit`. Elements are trivial (`Int32`, `Double`, `UInt8`, `Bool`), so
///   overwriting them needs no deinitialisation.
/// - A phase works on a level of *n* ≤ `capacity` nodes (levels only shrink) and resets the
///   first *n* elements of every buffer it reads before writing them (``reset(_:count:to:)``).
///   Every index it uses is a node or a community label of that level, hence < *n*: labels are
///   node indices of the level or compacted to `0..<k` with *k* ≤ *n*.
/// - The handle belongs to one ``LeidenRun``, which runs on one worker; it is never shared.
/// - ``withRows(of:_:)`` lends a level's arrays only for the duration of its closure, during
///   which the (immutable) ``CommunityGraph`` value is not modified.
///
/// Buffer subscripts are bounds-checked in debug builds, so the tests exercise the second point.
///
/// - Complexity: O(*n*) time and space to create, where *n* is `capacity`: four `Double`, five
///   `Int32` and two byte arrays of *n* elements.
final class LeidenScratch {
    /// The number of elements of every buffer: the node count of the base graph.
    let capacity: Int
    /// Local moving: the partition of the level being moved; refinement: the partition refined.
    let part: UnsafeMutableBufferPointer<Int32>
    /// Local moving: the circular queue of nodes; refinement: the random visiting order.
    let queue: UnsafeMutableBufferPointer<Int32>
    /// The communities adjacent to the node being visited.
    let listed: UnsafeMutableBufferPointer<Int32>
    /// Local moving: the number of nodes of each community.
    let size: UnsafeMutableBufferPointer<Int32>
    /// Refinement: each node's refined community and the size of each refined community.
    let refined: UnsafeMutableBufferPointer<Int32>
    let refinedSize: UnsafeMutableBufferPointer<Int32>
    /// The summed node weight of each community (local moving: without the visited node).
    let total: UnsafeMutableBufferPointer<Double>
    /// The weight from the visited node to each listed community (all 0 between visits).
    let link: UnsafeMutableBufferPointer<Double>
    /// Refinement: the summed node weight of each refined community, and its weight to the
    /// rest of its community.
    let refinedTotal: UnsafeMutableBufferPointer<Double>
    let external: UnsafeMutableBufferPointer<Double>
    /// Local moving: bit 0 = node queued, bit 1 = community listed.
    let flags: UnsafeMutableBufferPointer<UInt8>
    /// Refinement: refined community listed.
    let seen: UnsafeMutableBufferPointer<Bool>

    /// Allocates and zero-initialises every buffer with `capacity` elements.
    /// - Complexity: O(`capacity`).
    init(capacity: Int) {
        func make<T>(_ zero: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: capacity)
            b.initialize(repeating: zero)
            return b
        }
        self.capacity = capacity
        part = make(0)
        queue = make(0)
        listed = make(0)
        size = make(0)
        refined = make(0)
        refinedSize = make(0)
        total = make(0)
        link = make(0)
        refinedTotal = make(0)
        external = make(0)
        flags = make(0)
        seen = make(false)
    }

    deinit {
        part.deallocate()
        queue.deallocate()
        listed.deallocate()
        size.deallocate()
        refined.deallocate()
        refinedSize.deallocate()
        total.deallocate()
        link.deallocate()
        refinedTotal.deallocate()
        external.deallocate()
        flags.deallocate()
        seen.deallocate()
    }

    /// Sets the first `count` elements of `buffer` to `value`.
    /// - Complexity: O(`count`).
    func reset<T>(_ buffer: UnsafeMutableBufferPointer<T>, count: Int, to value: T) {
        assert(count <= capacity, "level larger than the scratch buffers")
        buffer.baseAddress!.update(repeating: value, count: count)
    }

    /// Copies `values` into the first `values.count` elements of `buffer`.
    /// - Complexity: O(`values.count`).
    func load(_ values: [Int32], into buffer: UnsafeMutableBufferPointer<Int32>) {
        assert(values.count <= capacity, "level larger than the scratch buffers")
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<values.count]).update(fromContentsOf: values)
    }

    /// The nodes `0..<n` in the random order `rng` gives them, in the first *n* elements of
    /// ``queue``.
    /// - Complexity: O(*n*).
    func shuffledNodes(_ n: Int, _ rng: inout SplitMix64) -> UnsafeMutableBufferPointer<Int32> {
        assert(n <= capacity, "level larger than the scratch buffers")
        var nodes = UnsafeMutableBufferPointer(rebasing: queue[..<n])
        for v in 0..<n { nodes[v] = Int32(v) }
        rng.shuffle(&nodes)
        return nodes
    }

    /// Calls `body` with the offsets, targets, weights and node weights of `g` as buffer
    /// pointers, valid only during the call.
    /// - Complexity: O(1) besides `body`.
    func withRows<R>(
        of g: CommunityGraph,
        _ body: (
            _ offsets: UnsafeBufferPointer<Int>, _ targets: UnsafeBufferPointer<Int32>,
            _ weights: UnsafeBufferPointer<Double>, _ nodeWeight: UnsafeBufferPointer<Double>
        ) -> R
    ) -> R {
        assert(g.nodeCount <= capacity, "level larger than the scratch buffers")
        return g.offsets.withUnsafeBufferPointer { offsets in
            g.targets.withUnsafeBufferPointer { targets in
                g.weights.withUnsafeBufferPointer { weights in
                    g.nodeWeight.withUnsafeBufferPointer { nodeWeight in
                        body(offsets, targets, weights, nodeWeight)
                    }
                }
            }
        }
    }
}
