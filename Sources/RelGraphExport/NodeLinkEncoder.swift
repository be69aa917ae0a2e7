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
        TextSink.collect { write(graph, measures: measures, to: $0) }
    }

    /// Writes `graph` as node-link JSON to `out`, one node or edge at a time (the text of
    /// ``encode(_:measures:)``; the caller calls ``RelGraphCore/TextSink/finish()``).
    /// - Complexity: O(*n* + *m*) time and O(1) space beyond the graph.
    public static func write(_ graph: EntityGraph, measures: NodeMeasures = .none, to out: TextSink) {
        // `"name": ` of each key, by key position.
        let nodeNames = InterchangeRecord.nodeKeys(measures).map { json($0.name) + ": " }
        let edgeNames = InterchangeRecord.edgeKeys.map { json($0.name) + ": " }
        out += #"{"directed": false, "multigraph": false, "graph": {"name": "relgraph"},"#
        out += "\n \"nodes\": ["
        for i in graph.entities.indices {
            out += i == 0 ? "\n  {\"id\": " : ",\n  {\"id\": "
            out += json(graph.entities[i].id)
            fields(InterchangeRecord.nodeRow(i, of: graph, measures: measures), names: nodeNames, to: out)
        }
        out += "\n ],\n \"edges\": ["
        let dates = InterchangeRecord.articleDates(graph)
        for (k, r) in graph.relations.enumerated() {
            out += k == 0 ? "\n  {\"source\": " : ",\n  {\"source\": "
            out += json(r.source)
            out += ", \"target\": "
            out += json(r.target)
            fields(InterchangeRecord.edgeRow(r, dates: dates), names: edgeNames, to: out)
        }
        out += "\n ]\n}\n"
    }

    /// `, "name": value` for each present value of `row`, then the closing brace.
    private static func fields(_ row: [AttributeValue?], names: [String], to out: TextSink) {
        for (k, value) in row.enumerated() {
            guard let value else { continue }
            out += ", "
            out += names[k]
            switch value {
            case .string(let s): out += json(s)
            case .int, .double: out.write(number: value)
            }
        }
        out += "}"
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String { TextEscaping.json(text) }
}
