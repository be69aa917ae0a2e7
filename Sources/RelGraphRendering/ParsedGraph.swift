internal import CGraphviz

/// A graph as Graphviz parsed it: what ``Graphviz/parse(dot:)`` returns, for round-trip checks.
///
/// Attribute values are as cgraph stores them after reading the DOT text: quotes are gone and
/// `\"` is `"`, but every other backslash sequence is kept (`\\`, `\n`, `\N`), because Graphviz
/// interprets those only when it draws a label. Attributes whose value is empty are omitted.
public struct ParsedGraph: Sendable, Hashable {
    /// The graph's name (`relgraph` for `graph "relgraph" { … }`), or an empty string.
    public var name: String
    /// Whether the graph is a `digraph`.
    public var isDirected: Bool
    /// The number of nodes, including the nodes inside subgraphs.
    public var nodeCount: Int
    /// The number of edges, including the edges inside subgraphs.
    public var edgeCount: Int
    /// Node name → its `label` attribute. A node without a label gets Graphviz's default, `\N`
    /// (which draws the node name).
    public var labels: [String: String]
    /// Node name → its non-empty attributes (including those set by `node [...]` defaults).
    public var nodeAttributes: [String: [String: String]]
    /// The edges, grouped by tail node in the order the nodes were declared.
    public var edges: [ParsedEdge]
    /// The root graph's non-empty attributes.
    public var graphAttributes: [String: String]
    /// Name → member node names, for each top-level subgraph (clusters included).
    public var subgraphs: [String: [String]]

    init(_ graph: UnsafeMutablePointer<Agraph_t>) {
        name = agnameof(graph).map { String(cString: $0) } ?? ""
        isDirected = agisdirected(graph) != 0
        nodeCount = Int(agnnodes(graph))
        edgeCount = Int(agnedges(graph))
        graphAttributes = Self.attributes(
            of: UnsafeMutableRawPointer(graph), kind: cgv_kind_graph(), in: graph)
        var labels: [String: String] = [:]
        var nodeAttributes: [String: [String: String]] = [:]
        var edges: [ParsedEdge] = []
        var node = agfstnode(graph)
        while let n = node {
            let nodeName = agnameof(n).map { String(cString: $0) } ?? ""
            let attributes = Self.attributes(
                of: UnsafeMutableRawPointer(n), kind: cgv_kind_node(), in: graph)
            nodeAttributes[nodeName] = attributes
            labels[nodeName] = attributes["label"]
            var edge = agfstout(graph, n)
            while let e = edge {
                let head =
                    agnameof(UnsafeMutableRawPointer(cgv_head(e))).map { String(cString: $0) } ?? ""
                edges.append(
                    ParsedEdge(
                        tail: nodeName, head: head,
                        attributes: Self.attributes(
                            of: UnsafeMutableRawPointer(e), kind: cgv_kind_edge(), in: graph)))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        self.labels = labels
        self.nodeAttributes = nodeAttributes
        self.edges = edges
        var subgraphs: [String: [String]] = [:]
        var sub = agfstsubg(graph)
        while let s = sub {
            var members: [String] = []
            var member = agfstnode(s)
            while let m = member {
                members.append(agnameof(m).map { String(cString: $0) } ?? "")
                member = agnxtnode(s, m)
            }
            subgraphs[agnameof(s).map { String(cString: $0) } ?? ""] = members
            sub = agnxtsubg(s)
        }
        self.subgraphs = subgraphs
    }

    /// The non-empty attributes of `object` (a graph, node or edge of `graph`, per `kind`).
    private static func attributes(
        of object: UnsafeMutableRawPointer, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>
    ) -> [String: String] {
        var result: [String: String] = [:]
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            if let key = s.pointee.name, let value = agxget(object, s) {
                let text = String(cString: value)
                if !text.isEmpty { result[String(cString: key)] = text }
            }
            symbol = agnxtattr(graph, kind, s)
        }
        return result
    }
}

/// An edge of a ``ParsedGraph``.
public struct ParsedEdge: Sendable, Hashable {
    /// The name of the tail node (the first node written, for an undirected graph).
    public var tail: String
    /// The name of the head node.
    public var head: String
    /// The edge's non-empty attributes (including those set by `edge [...]` defaults).
    public var attributes: [String: String]
}
