import RelGraphCore

/// Writes an ``EntityGraph`` as GraphML, the XML format that yEd, Gephi, Cytoscape, igraph and
/// NetworkX (`networkx.read_graphml`) read.
///
/// ## Output
/// An undirected `<graph edgedefault="undirected">` with one `<key>` per attribute (typed
/// `string`, `int` or `double`; names and meaning in the Conventions of
/// <doc:Conventions>), nodes in entity order with the entity id as node id, and edges in
/// relation order with ids `e0`, `e1`, …. Absent values (an issue's `iso3`) are left out, as
/// GraphML allows. Every text is XML-escaped and characters XML forbids are dropped, so any name
/// gives a well-formed file. Deterministic: the same input gives the same bytes.
public enum GraphMLEncoder {
    /// Encodes `graph` as GraphML.
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - measures: Node scores and communities to add as node attributes.
    /// - Returns: The XML text, ending in a newline.
    /// - Precondition: every column of `measures` has one value per entity.
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* relations.
    public static func encode(_ graph: EntityGraph, measures: NodeMeasures = .none) -> String {
        let nodeKeys = InterchangeRecord.nodeKeys(measures)
        let edgeKeys = InterchangeRecord.edgeKeys
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out +=
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
            + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns "#
            + #"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"# + "\n"
        for (prefix, target, keys) in [("d", "node", nodeKeys), ("e", "edge", edgeKeys)] {
            for (k, key) in keys.enumerated() {
                out +=
                    #"  <key id="\#(prefix)\#(k)" for="\#(target)" attr.name="\#(TextEscaping.xml(key.name))" attr.type="\#(key.type.rawValue)"/>"#
                    + "\n"
            }
        }
        out += #"  <graph id="relgraph" edgedefault="undirected">"# + "\n"
        for i in graph.entities.indices {
            let values = InterchangeRecord.node(i, of: graph, measures: measures)
            out += #"    <node id="\#(TextEscaping.xml(graph.entities[i].id))">"# + "\n"
            out += data(values, keys: nodeKeys, prefix: "d")
            out += "    </node>\n"
        }
        let dates = InterchangeRecord.articleDates(graph)
        for (k, r) in graph.relations.enumerated() {
            let values = InterchangeRecord.edge(r, dates: dates)
            out += #"    <edge id="e\#(k)" source="\#(TextEscaping.xml(r.source))" target="\#(TextEscaping.xml(r.target))">"# + "\n"
            out += data(values, keys: edgeKeys, prefix: "e")
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(
        _ values: [String: AttributeValue], keys: [InterchangeRecord.Key], prefix: String
    ) -> String {
        var out = ""
        for (k, key) in keys.enumerated() {
            guard let v = values[key.name] else { continue }
            out += #"      <data key="\#(prefix)\#(k)">\#(TextEscaping.xml(v.text))</data>"# + "\n"
        }
        return out
    }
}
