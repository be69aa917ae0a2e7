/// A binary min-heap of node indices keyed by `Double`, with decrease-key.
///
/// Each node is in the heap at most once; `position[v]` is its slot, or −1 when absent, so
/// ``decreaseKey(_:to:)`` and ``contains(_:)`` take O(1) to find a node. A heap is sized for
/// *n* nodes once and reused across sources: after ``popMin()`` has emptied it, it is ready
/// for the next run without clearing.
///
/// - Complexity: ``insert(_:key:)``, ``decreaseKey(_:to:)`` and ``popMin()`` are
///   O(log *h*), where *h* is the number of nodes in the heap; storage is O(*n*).
///
/// ## Reference
/// Williams, J. W. J. "Algorithm 232: Heapsort." Communications of the ACM 7, no. 6 (1964):
/// 347–348. https://doi.org/10.1145/512274.512284
struct IndexedHeap {
    private var nodes: [Int32] = []
    private var keys: [Double] = []
    private var position: [Int32]

    /// An empty heap for nodes `0..<capacity`.
    init(capacity: Int) {
        position = [Int32](repeating: -1, count: capacity)
        nodes.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    var isEmpty: Bool { nodes.isEmpty }

    /// Whether `node` is currently in the heap.
    @inline(__always) func contains(_ node: Int) -> Bool { position[node] >= 0 }

    /// Adds `node`, which must not be in the heap.
    mutating func insert(_ node: Int, key: Double) {
        assert(position[node] < 0, "node already in heap")
        nodes.append(Int32(node))
        keys.append(key)
        position[node] = Int32(nodes.count - 1)
        siftUp(nodes.count - 1)
    }

    /// Lowers the key of `node`, which must be in the heap, to `key`.
    mutating func decreaseKey(_ node: Int, to key: Double) {
        let i = Int(position[node])
        assert(i >= 0 && key <= keys[i], "decreaseKey on absent node or to a larger key")
        keys[i] = key
        siftUp(i)
    }

    /// Removes and returns the node with the smallest key.
    mutating func popMin() -> (node: Int, key: Double) {
        let top = (node: Int(nodes[0]), key: keys[0])
        position[top.node] = -1
        let lastNode = nodes.removeLast()
        let lastKey = keys.removeLast()
        if !nodes.isEmpty {
            nodes[0] = lastNode
            keys[0] = lastKey
            position[Int(lastNode)] = 0
            siftDown(0)
        }
        return top
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        let node = nodes[i], key = keys[i]
        while i > 0 {
            let parent = (i - 1) / 2
            guard key < keys[parent] else { break }
            nodes[i] = nodes[parent]
            keys[i] = keys[parent]
            position[Int(nodes[i])] = Int32(i)
            i = parent
        }
        nodes[i] = node
        keys[i] = key
        position[Int(node)] = Int32(i)
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        let node = nodes[i], key = keys[i]
        let count = nodes.count
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count, keys[child + 1] < keys[child] { child += 1 }
            guard keys[child] < key else { break }
            nodes[i] = nodes[child]
            keys[i] = keys[child]
            position[Int(nodes[i])] = Int32(i)
            i = child
        }
        nodes[i] = node
        keys[i] = key
        position[Int(node)] = Int32(i)
    }
}
