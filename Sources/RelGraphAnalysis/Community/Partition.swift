/// A division of a graph's nodes into disjoint, non-empty communities.
///
/// ## Canonical numbering
/// Communities are numbered `0..<count` by decreasing size (number of nodes); communities of
/// equal size are ordered by their smallest node index. Community 0 is therefore the largest,
/// and two partitions that group the nodes the same way are equal whatever labels produced them.
///
/// ```swift
/// let p = Partition(assignment: [7, 7, 3, 9, 3, 3])
/// p.community       // [1, 1, 0, 2, 0, 0]
/// p.members(of: 1)  // [0, 1]
/// ```
public struct Partition: Sendable, Equatable {
    /// The community of each node, by node index, canonically numbered.
    public let community: [Int]
    /// The nodes of each community, ascending, by community number.
    public let communities: [[Int]]

    /// Creates a partition from any labels: nodes with equal labels share a community. The
    /// labels are renumbered canonically (see the type's discussion).
    /// - Complexity: O(*n* + *k* log *k*) expected, where *n* is the number of nodes and *k* of
    ///   communities.
    public init(assignment: [Int]) {
        var groupOf: [Int: Int] = [:]
        var groups: [[Int]] = []
        for (node, label) in assignment.enumerated() {
            if let g = groupOf[label] {
                groups[g].append(node)
            } else {
                groupOf[label] = groups.count
                groups.append([node])
            }
        }
        // Groups were opened in order of their smallest member, so a stable sort by size keeps
        // that order among equal sizes.
        let sorted = groups.enumerated().sorted { a, b in
            a.element.count != b.element.count
                ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
        var community = [Int](repeating: 0, count: assignment.count)
        for (c, members) in sorted.enumerated() {
            for v in members { community[v] = c }
        }
        self.community = community
        self.communities = sorted
    }

    /// Every node in its own community.
    public static func singletons(nodeCount n: Int) -> Partition {
        Partition(assignment: Array(0..<n))
    }

    /// The number of communities.
    public var count: Int { communities.count }

    /// The number of nodes partitioned.
    public var nodeCount: Int { community.count }

    /// The nodes of community `c`, ascending.
    /// - Precondition: `c` is in `0..<count`.
    public func members(of c: Int) -> [Int] { communities[c] }

    /// Two partitions are equal when they group the nodes identically.
    public static func == (lhs: Partition, rhs: Partition) -> Bool {
        lhs.community == rhs.community
    }
}
