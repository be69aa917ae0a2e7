import Foundation
import RelGraphAnalysis
import RelGraphCore

/// The communities (blocs) of a graph: members by importance, internal and external weight.
public struct CommunityReport: Sendable {
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
    }

    /// Communities in number order.
    public var communities: [Community]
    /// Modularity of the partition.
    public var modularity: Double

    /// Summarises the partition of `report` over `graph`.
    public init(graph: EntityGraph, report: ActorReport) {
        let g = graph.weightedGraph()
        let part = report.partition
        var internalW = [Double](repeating: 0, count: part.count)
        var externalW = [Double](repeating: 0, count: part.count)
        for (u, v, w) in g.edges {
            let cu = part.community[Int(u)], cv = part.community[Int(v)]
            if cu == cv { internalW[cu] += w } else { externalW[cu] += w; externalW[cv] += w }
        }
        communities = (0..<part.count).map { c in
            let members = part.members(of: c).sorted {
                report.pagerank[$0] != report.pagerank[$1]
                    ? report.pagerank[$0] > report.pagerank[$1]
                    : graph.entities[$0].name < graph.entities[$1].name
            }.map { graph.entities[$0].name }
            return Community(id: c, members: members, internalWeight: internalW[c], externalWeight: externalW[c])
        }
        modularity = report.modularity
    }

    /// A readable listing: one block per community.
    public func text() -> String {
        var out = "Modularity \(Fixed.format(modularity, 4)), \(communities.count) communities\n"
        for c in communities {
            out += "\nCommunity \(c.id) (\(c.members.count) members; internal weight \(Fixed.format(c.internalWeight, 1)), external \(Fixed.format(c.externalWeight, 1)))\n"
            out += "  " + c.members.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// `{"modularity": Q, "communities": [{"id", "members", "internalWeight", "externalWeight"}]}`.
    public func json() -> String {
        let obj: [String: Any] = [
            "modularity": modularity,
            "communities": communities.map {
                ["id": $0.id, "members": $0.members, "internalWeight": $0.internalWeight,
                 "externalWeight": $0.externalWeight] as [String: Any]
            },
        ]
        let data = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
