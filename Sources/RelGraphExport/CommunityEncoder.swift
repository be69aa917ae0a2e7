import Foundation
import RelGraphAnalysis
import RelGraphCore

/// Writes the communities of ``RelGraphAnalysis/KeyActors`` (summarised by
/// ``RelGraphAnalysis/CommunitySummary``) as readable text or JSON.
public enum CommunityEncoder {
    /// A readable listing: the modularity line, then one block per community with its members
    /// by importance and its strongest links.
    /// - Complexity: O(*n* + *k*) for *n* nodes and *k* communities.
    public static func text(_ summary: CommunitySummary, actors: KeyActors) -> String {
        let names = actors.entities.map(\.name)
        let o = actors.options
        var out =
            "Modularity \(NumberText.fixed(actors.modularity ?? 0, 6)), \(summary.communities.count) communities "
            + "(\(o.algorithm.rawValue), resolution \(o.resolution), seed \(o.seed))\n"
        for c in summary.communities {
            out +=
                "\nCommunity \(c.id) (\(c.members.count) members; internal weight "
                + "\(NumberText.fixed(c.internalWeight, 1)), external \(NumberText.fixed(c.externalWeight, 1)))\n"
            out += "  " + c.members.map { names[$0] }.joined(separator: ", ") + "\n"
            if !c.strongestLinks.isEmpty {
                out +=
                    "  Strongest links: "
                    + c.strongestLinks.map { "community \($0.community) (\(NumberText.fixed($0.weight, 1)))" }
                    .joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// The communities as JSON with sorted keys:
    /// `{"modularity", "algorithm", "resolution", "seed", "count",
    /// "communities": [{"id", "size", "members", "internalWeight", "externalWeight",
    /// "strongestLinks": [{"community", "weight"}]}], "nodes": [{"node", "name", "community"}]}`,
    /// nodes in entity order. Field names are stable. Written in pieces of about 64 KB to
    /// `emit`, one community and node at a time.
    public static func writeJSON(
        _ summary: CommunitySummary, actors: KeyActors, to emit: (String) -> Void
    ) {
        let communities = summary.communities
        let names = actors.entities.map(\.name)
        let membership = actors.communityPartition.community
        let o = actors.options
        // Members and nodes are rendered straight to text (keys sorted, at the indentation
        // JSONText gives them): walking them as `Any` cost about 180,000 instructions per node.
        var text: [UInt8] = []
        func members(_ c: CommunitySummary.Community) -> JSONText.Raw {
            if c.members.isEmpty { return JSONText.Raw("[]") }
            text.removeAll(keepingCapacity: true)
            text.append(contentsOf: "[\n".utf8)
            for (i, v) in c.members.enumerated() {
                text.append(contentsOf: "        ".utf8)
                text.append(contentsOf: JSONText.quote(names[v]).utf8)
                text.append(contentsOf: (i + 1 < c.members.count ? ",\n" : "\n").utf8)
            }
            text.append(contentsOf: "      ]".utf8)
            return JSONText.Raw(String(decoding: text, as: UTF8.self))
        }
        let obj: [String: Any] = [
            "modularity": actors.modularity ?? 0,
            "algorithm": o.algorithm.rawValue,
            "resolution": o.resolution,
            "seed": o.seed,
            "count": communities.count,
            "communities": JSONText.LazyArray(count: communities.count) { i -> Any in
                let c = communities[i]
                return [
                    "id": c.id, "size": c.members.count, "members": members(c),
                    "internalWeight": c.internalWeight, "externalWeight": c.externalWeight,
                    "strongestLinks": c.strongestLinks.map {
                        ["community": $0.community, "weight": $0.weight] as [String: Any]
                    },
                ] as [String: Any]
            },
            "nodes": JSONText.LazyArray(count: names.count) { v -> Any in
                text.removeAll(keepingCapacity: true)
                text.append(contentsOf: "{\n      \"community\": ".utf8)
                text.append(contentsOf: String(membership[v]).utf8)
                text.append(contentsOf: ",\n      \"name\": ".utf8)
                text.append(contentsOf: JSONText.quote(names[v]).utf8)
                text.append(contentsOf: ",\n      \"node\": ".utf8)
                text.append(contentsOf: String(v).utf8)
                text.append(contentsOf: "\n    }".utf8)
                return JSONText.Raw(String(decoding: text, as: UTF8.self))
            },
        ]
        JSONText.write(obj, to: emit)
    }

    /// ``writeJSON(_:actors:to:)`` as one string.
    public static func json(_ summary: CommunitySummary, actors: KeyActors) -> String {
        var out = ""
        writeJSON(summary, actors: actors) { out += $0 }
        return out
    }
}
