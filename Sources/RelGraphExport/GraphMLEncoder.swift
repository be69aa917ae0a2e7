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
        TextSink.collect { write(graph, measures: measures, to: $0) }
    }

    /// Writes `graph` as GraphML to `out`, one node or edge at a time (the text of
    /// ``encode(_:measures:)``; the caller calls ``RelGraphCore/TextSink/finish()``).
    /// - Complexity: O(*n* + *m*) time and O(1) space beyond the graph.
    public static func write(_ graph: EntityGraph, measures: NodeMeasures = .none, to out: TextSink) {
        let nodeKeys = InterchangeRecord.nodeKeys(measures)
        let edgeKeys = InterchangeRecord.edgeKeys
        out += #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
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
        // The opening of each `<data>` element, by key position.
        let nodeData = nodeKeys.indices.map { Array(#"      <data key="d\#($0)">"#.utf8) }
        let edgeData = edgeKeys.indices.map { Array(#"      <data key="e\#($0)">"#.utf8) }
        for i in graph.entities.indices {
            out.write(#"    <node id=""#)
            out.writeXML(graph.entities[i].id)
            out.write("\">\n" as StaticString)
            data(InterchangeRecord.nodeRow(i, of: graph, measures: measures), opening: nodeData, to: out)
            out.write("    </node>\n" as StaticString)
        }
        let dates = InterchangeRecord.articleDates(graph)
        for (k, r) in graph.relations.enumerated() {
            out.write(#"    <edge id="e"#)
            out.write(k)
            out.write(#"" source=""#)
            out.writeXML(r.source)
            out.write(#"" target=""#)
            out.writeXML(r.target)
            out.write("\">\n" as StaticString)
            data(InterchangeRecord.edgeRow(r, dates: dates), opening: edgeData, to: out)
            out.write("    </edge>\n" as StaticString)
        }
        out.write("  </graph>\n</graphml>\n")
    }

    /// One `<data>` line per present value of `row`.
    private static func data(_ row: [AttributeValue?], opening: [[UInt8]], to out: TextSink) {
        for (k, value) in row.enumerated() {
            guard let value else { continue }
            opening[k].withUnsafeBufferPointer { out.write(bytes: $0) }
            switch value {
            case .string(let s): out.writeXML(s)
            case .int, .double: out.write(number: value)
            }
            out.write("</data>\n" as StaticString)
        }
    }
}
