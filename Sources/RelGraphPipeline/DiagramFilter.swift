import RelGraphCore

/// Chooses what a diagram shows, so that a large graph stays readable. The graph file and the
/// actor table always keep everything; only DOT and renderings are filtered.
///
/// Applied in this order: keep the ``kinds`` asked for; keep the ``top`` nodes by PageRank;
/// drop relations lighter than ``minWeight``; drop nodes left without any relation (unless
/// the graph had no relations to begin with). Sizes and colours still come from the analysis
/// of the whole graph, so a node looks the same in every view.
public struct DiagramFilter: Sendable, Equatable {
    /// How many nodes to keep, by decreasing PageRank; `nil` keeps all.
    public var top: Int?
    /// The lightest relation weight to keep; default 1 (all).
    public var minWeight: Double
    /// Entity kinds to keep; `nil` keeps all.
    public var kinds: Set<EntityKind>?

    /// Creates a filter; the defaults keep everything.
    public init(top: Int? = nil, minWeight: Double = 1, kinds: Set<EntityKind>? = nil) {
        self.top = top
        self.minWeight = minWeight
        self.kinds = kinds
    }

    /// The filter of the main job's diagrams: the 60 most important nodes, and relations seen
    /// in at least 2 sentences once the graph has more than 60 nodes.
    public static func readable(nodeCount: Int) -> DiagramFilter {
        nodeCount > 60 ? DiagramFilter(top: 60, minWeight: 2) : DiagramFilter()
    }

    /// The filtered graph with the importance and community of each kept node.
    /// - Complexity: O(*n* log *n* + *m*).
    public func apply(to graph: EntityGraph, report: ActorReport) -> (graph: EntityGraph, importance: [Double], community: [Int]) {
        var keep: [Int] = report.rows.map(\.node).filter { kinds?.contains(graph.entities[$0].kind) ?? true }
        if let top { keep = Array(keep.prefix(top)) }
        var sub = graph.induced(by: keep)
        let hadRelations = !sub.relations.isEmpty
        sub = sub.filteringRelations { $0.weight >= minWeight }
        if hadRelations {
            var linked = Set<String>()
            for r in sub.relations { linked.insert(r.source); linked.insert(r.target) }
            sub = sub.induced(by: sub.entities.indices.filter { linked.contains(sub.entities[$0].id) })
        }
        let importance = sub.entities.map { report.pagerank[graph.index(of: $0.id)!] }
        let community = sub.entities.map { report.partition.community[graph.index(of: $0.id)!] }
        return (sub, importance, community)
    }
}
