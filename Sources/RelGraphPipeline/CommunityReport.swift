import Foundation
import RelGraphAnalysis
import RelGraphCore

/// The communities (blocs) of a graph: members by importance, internal and external weight and
/// the strongest links to other communities.
///
/// The partition, modularity and member importance (PageRank) come from the ``ActorReport``
/// it summarises, so the algorithm, resolution and seed are the report's.
public struct CommunityReport: Sendable {
    /// The summed weight between this community and another one.
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
        /// Member names, by decreasing PageRank (ties by name).
        public var members: [String]
        /// Sum of the weights of edges inside the community.
        public var internalWeight: Double
        /// Sum of the weights of edges leaving the community.
        public var externalWeight: Double
        /// The heaviest links to other communities, heaviest first (at most ``maxLinks``).
        public var strongestLinks: [Link] = []
        /// The number of members.
        public var size: Int { members.count }
    }

    /// How many links to other communities each summary lists: 3.
    public static let maxLinks = 3

    /// Communities in number order.
    public var communities: [Community]
    /// Modularity of the partition.
    public var modularity: Double
    /// Every node's community by entity index, and the names in entity order.
    public var membership: [Int]
    /// Entity names in entity order.
    public var names: [String]
    /// The algorithm, resolution and seed that produced the partition.
    public var algorithm: ActorReport.CommunityAlgorithm, resolution: Double, seed: UInt64

    /// Summarises the partition of `report` over `graph`.
    /// - Complexity: O(*n* log *n* + *m* + *k*²), where *k* is the number of communities
    ///   linked to each other.
    public init(graph: EntityGraph, report: ActorReport) {
        self.init(graph: LabeledGraph(graph), report: report)
    }

    /// Summarises the partition of `report` over `graph` (entities and adjacency only); the same
    /// summary as ``init(graph:report:)`` on the ``RelGraphCore/EntityGraph`` it views.
    public init(graph labeled: LabeledGraph, report: ActorReport) {
        let g = labeled.graph
        let entities = labeled.entities
        let part = report.partition
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
                report.pagerank[$0] != report.pagerank[$1]
                    ? report.pagerank[$0] > report.pagerank[$1]
                    : entities[$0].name < entities[$1].name
            }.map { entities[$0].name }
            let links = (between[c] ?? [:]).map { Link(community: $0.key, weight: $0.value) }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.community < $1.community }
            return Community(
                id: c, members: members, internalWeight: internalW[c], externalWeight: externalW[c],
                strongestLinks: Array(links.prefix(Self.maxLinks)))
        }
        modularity = report.modularity
        membership = part.community
        names = entities.map(\.name)
        algorithm = report.options.algorithm
        resolution = report.options.resolution
        seed = report.options.seed
    }

    /// A readable listing: one block per community.
    public func text() -> String {
        var out =
            "Modularity \(Fixed.format(modularity, 6)), \(communities.count) communities "
            + "(\(algorithm.rawValue), resolution \(resolution), seed \(seed))\n"
        for c in communities {
            out +=
                "\nCommunity \(c.id) (\(c.members.count) members; internal weight "
                + "\(Fixed.format(c.internalWeight, 1)), external \(Fixed.format(c.externalWeight, 1)))\n"
            out += "  " + c.members.joined(separator: ", ") + "\n"
            if !c.strongestLinks.isEmpty {
                out +=
                    "  Strongest links: "
                    + c.strongestLinks.map { "community \($0.community) (\(Fixed.format($0.weight, 1)))" }
                    .joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// The summary as JSON with sorted keys:
    /// `{"modularity", "algorithm", "resolution", "seed", "count",
    /// "communities": [{"id", "size", "members", "internalWeight", "externalWeight",
    /// "strongestLinks": [{"community", "weight"}]}], "nodes": [{"node", "name", "community"}]}`,
    /// nodes in entity order. Field names are stable.
    public func json() -> String {
        var out = ""
        writeJSON { out += $0 }
        return out
    }

    /// Writes ``json()`` in pieces of about 64 KB to `emit`, one community and node at a time.
    public func writeJSON(to emit: (String) -> Void) {
        let communities = self.communities
        let names = self.names
        let membership = self.membership
        let obj: [String: Any] = [
            "modularity": modularity,
            "algorithm": algorithm.rawValue,
            "resolution": resolution,
            "seed": seed,
            "count": communities.count,
            "communities": JSONText.LazyArray(count: communities.count) { i -> Any in
                let c = communities[i]
                return [
                    "id": c.id, "size": c.size,
                    "members": JSONText.LazyArray(count: c.members.count) { c.members[$0] },
                    "internalWeight": c.internalWeight, "externalWeight": c.externalWeight,
                    "strongestLinks": c.strongestLinks.map {
                        ["community": $0.community, "weight": $0.weight] as [String: Any]
                    },
                ] as [String: Any]
            },
            "nodes": JSONText.LazyArray(count: names.count) {
                ["node": $0, "name": names[$0], "community": membership[$0]] as [String: Any]
            },
        ]
        JSONText.write(obj, to: emit)
    }
}
