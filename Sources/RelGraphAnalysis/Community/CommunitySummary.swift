import RelGraphCore

/// The communities (blocs) of a partition: members by importance, internal and external
/// weight, and the strongest links to other communities.
///
/// ## Definitions
/// - The internal weight of a community is the sum of the weights of the edges inside it; its
///   external weight the sum of the weights of the edges with one end in it.
/// - The links of a community are the summed weights of the edges to each other community,
///   heaviest first (ties by community number); ``maxLinks`` are kept.
/// - Members are listed by decreasing importance (ties by name).
public struct CommunitySummary: Sendable {
    /// The summed weight between a community and another one.
    public struct Link: Sendable, Equatable {
        /// The other community's number.
        public var community: Int
        /// Total weight of the edges between the two.
        public var weight: Double
    }

    /// One community's summary.
    public struct Community: Sendable {
        /// Community number (0 is the largest).
        public var id: Int
        /// Member node indices, by decreasing importance (ties by name).
        public var members: [Int]
        /// Sum of the weights of edges inside the community.
        public var internalWeight: Double
        /// Sum of the weights of edges leaving the community.
        public var externalWeight: Double
        /// The heaviest links to other communities, heaviest first (at most ``maxLinks``).
        public var strongestLinks: [Link]
    }

    /// How many links to other communities each summary lists: 3.
    public static let maxLinks = 3

    /// Communities in number order.
    public let communities: [Community]

    /// Summarises `partition` over `graph`, listing members by decreasing `importance`.
    /// - Precondition: `partition` and `importance` have one entry per node of `graph`.
    /// - Complexity: O(*n* log *n* + *m* + *k*²), where *k* is the number of communities
    ///   linked to each other.
    public init(graph labeled: LabeledGraph, partition part: Partition, importance: [Double]) {
        let g = labeled.graph
        let entities = labeled.entities
        var internalW = [Double](repeating: 0, count: part.count)
        var externalW = [Double](repeating: 0, count: part.count)
        var between: [Int: [Int: Double]] = [:]
        for (u, v, w) in g.edges {
            let cu = part.community[Int(u)], cv = part.community[Int(v)]
            if cu == cv {
                internalW[cu] += w
            } else {
                externalW[cu] += w
                externalW[cv] += w
                between[cu, default: [:]][cv, default: 0] += w
                between[cv, default: [:]][cu, default: 0] += w
            }
        }
        communities = (0..<part.count).map { c in
            let members = part.members(of: c).sorted {
                importance[$0] != importance[$1]
                    ? importance[$0] > importance[$1] : entities[$0].name < entities[$1].name
            }
            let links = (between[c] ?? [:]).map { Link(community: $0.key, weight: $0.value) }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.community < $1.community }
            return Community(
                id: c, members: members, internalWeight: internalW[c], externalWeight: externalW[c],
                strongestLinks: Array(links.prefix(Self.maxLinks)))
        }
    }

    /// The summary of the communities of `actors`, members by PageRank.
    /// - Precondition: `actors` was computed with communities.
    public init(graph: LabeledGraph, actors: KeyActors) {
        self.init(
            graph: graph, partition: actors.communityPartition,
            importance: actors.values(of: .pagerank) ?? [Double](repeating: 0, count: actors.nodeCount))
    }
}
