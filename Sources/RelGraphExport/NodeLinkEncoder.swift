import RelGraphCore

/// Writes an ``EntityGraph`` as node-link JSON: the shape that
/// `networkx.node_link_graph(data)` (NetworkX ≥ 3.4 defaults), D3 force layouts and most web
/// graph libraries read.
///
/// ## Output
/// ```json
/// {"directed": false, "multigraph": false, "graph": {"name": "relgraph"},
///  "nodes": [{"id": "country:CHN", "label": "China", "kind": "country", …}, …],
///  "edges": [{"source": "country:CHN", "target": "country:USA", "weight": 6.0, …}, …]}
/// ```
/// One object per line for nodes and edges, keys in a fixed order, absent values left out, and
/// doubles in their shortest round-trip form, so output is deterministic. For D3, pass
/// `data.edges` as the links and `.id(d => d.id)`; for NetworkX older than 3.4, call
/// `node_link_graph(data, edges="edges")`. Attributes are listed in <doc:Conventions>.
/// Strings are JSON-escaped, including U+2028 and U+2029, so the file can also be pasted into a
/// `<script>` block.
public enum NodeLinkEncoder {
    /// Encodes `graph` as node-link JSON.
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - measures: Node scores and communities to add as node attributes.
    /// - Returns: The JSON text, ending in a newline.
    /// - Precondition: every column of `measures` has one value per entity.
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* relations.
    public static func encode(_ graph: EntityGraph, measures: NodeMeasures = .none) -> String {
        let nodeKeys = InterchangeRecord.nodeKeys(measures)
        var out = #"{"directed": false, "multigraph": false, "graph": {"name": "relgraph"},"#
        out += "\n \"nodes\": ["
        for i in graph.entities.indices {
            let values = InterchangeRecord.node(i, of: graph, measures: measures)
            out += (i == 0 ? "\n  " : ",\n  ")
            out += object([("id", json(graph.entities[i].id))] + fields(values, nodeKeys))
        }
        out += "\n ],\n \"edges\": ["
        let dates = InterchangeRecord.articleDates(graph)
        for (k, r) in graph.relations.enumerated() {
            let values = InterchangeRecord.edge(r, dates: dates)
            out += (k == 0 ? "\n  " : ",\n  ")
            out += object(
                [("source", json(r.source)), ("target", json(r.target))]
                    + fields(values, InterchangeRecord.edgeKeys))
        }
        out += "\n ]\n}\n"
        return out
    }

    private static func fields(
        _ values: [String: AttributeValue], _ keys: [InterchangeRecord.Key]
    ) -> [(String, String)] {
        keys.compactMap { key in
            guard let v = values[key.name] else { return nil }
            switch v {
            case .string(let s): return (key.name, json(s))
            case .int, .double: return (key.name, v.text)
            }
        }
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { json($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String { TextEscaping.json(text) }
}
