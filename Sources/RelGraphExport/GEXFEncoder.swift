import RelGraphCore

/// Writes an ``EntityGraph`` as GEXF 1.3, Gephi's native format (also read by
/// `networkx.read_gexf(path, version="1.3")`).
///
/// ## Output
/// `<graph defaultedgetype="undirected">` with typed attribute declarations (the attributes of
/// <doc:Conventions>, except `label` and `weight`, which GEXF stores on the node and edge
/// elements themselves), nodes in entity order (id = entity id) and edges in relation order
/// (ids `0`, `1`, …). Visual attributes use the `viz` namespace: `viz:color` (community fill or
/// tone colour), `viz:size` (from ``NodeMeasures/sizeColumn``, as in DOT) and `viz:shape`
/// (person disc, country square, issue diamond, organization triangle) for nodes,
/// `viz:thickness` (the DOT pen width) for edges.
///
/// ## Time
/// When some relations quote dated articles (``RelGraphCore/ArticleInfo/date``, `YYYY-MM-DD`),
/// the graph is `mode="dynamic" timeformat="date"` and every such edge gets one `<spell>` per
/// distinct article date (`start` = `end` = the date); a node's spells are the dates of its
/// edges. Gephi's timeline then shows when each tie was reported. Undated edges and nodes have
/// no spells, which GEXF reads as "always present".
public enum GEXFEncoder {
    /// Encodes `graph` as GEXF 1.3.
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - measures: Node scores and communities to add as node attributes and sizes.
    /// - Returns: The XML text, ending in a newline.
    /// - Precondition: every column of `measures` has one value per entity.
    /// - Complexity: O(*n* + *m* log *m*) for *n* entities and *m* relations.
    public static func encode(_ graph: EntityGraph, measures: NodeMeasures = .none) -> String {
        let nodeKeys = InterchangeRecord.nodeKeys(measures).filter { $0.name != "label" }
        let edgeKeys = InterchangeRecord.edgeKeys.filter { $0.name != "weight" }
        let dates = InterchangeRecord.articleDates(graph)
        let endpoints = InterchangeRecord.endpoints(graph)
        var nodeDates = [Set<String>](repeating: [], count: graph.entities.count)
        var edgeDates: [[String]] = []
        for (k, r) in graph.relations.enumerated() {
            let d = InterchangeRecord.evidenceDates(r, dates: dates)
            edgeDates.append(d)
            nodeDates[endpoints[k].0].formUnion(d)
            nodeDates[endpoints[k].1].formUnion(d)
        }
        let dynamic = edgeDates.contains { !$0.isEmpty }
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out +=
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
            + #"xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
            + "\n"
        out += "  <meta>\n    <creator>RelGraph</creator>\n"
        out += "    <description>Co-mention graph of people, countries, issues and organizations</description>\n"
        out += "  </meta>\n"
        out +=
            #"  <graph defaultedgetype="undirected""#
            + (dynamic ? #" mode="dynamic" timeformat="date""# : #" mode="static""#) + ">\n"
        for (cls, keys) in [("node", nodeKeys), ("edge", edgeKeys)] {
            out += #"    <attributes class="\#(cls)" mode="static">"# + "\n"
            for (k, key) in keys.enumerated() {
                let type = key.type == .int ? "integer" : key.type.rawValue
                out += #"      <attribute id="\#(k)" title="\#(key.name)" type="\#(type)"/>"# + "\n"
            }
            out += "    </attributes>\n"
        }
        let size = measures.sizeValues
        let maxSize = size.map(DOTStyle.maxImportance) ?? 0
        out += "    <nodes>\n"
        for (i, e) in graph.entities.enumerated() {
            let values = InterchangeRecord.node(i, of: graph, measures: measures)
            out +=
                #"      <node id="\#(TextEscaping.xml(e.id))" label="\#(TextEscaping.xml(e.name))">"#
                + "\n"
            out += attvalues(values, keys: nodeKeys)
            out += spells(nodeDates[i].sorted())
            out += "        " + color(Palette.community(measures.community?[i])) + "\n"
            let scale = size.map { DOTStyle.scale(importance: $0[i], maxImportance: maxSize) } ?? 0
            out +=
                #"        <viz:size value="\#(AttributeValue.double(10 + 40 * scale).text)"/>"#
                + "\n"
            out += #"        <viz:shape value="\#(shape(e.kind))"/>"# + "\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, r) in graph.relations.enumerated() {
            let values = InterchangeRecord.edge(r, dates: dates)
            out +=
                #"      <edge id="\#(k)" source="\#(TextEscaping.xml(r.source))" "#
                + #"target="\#(TextEscaping.xml(r.target))" "#
                + #"weight="\#(AttributeValue.double(r.weight).text)">"# + "\n"
            out += attvalues(values, keys: edgeKeys)
            out += spells(edgeDates[k])
            out += "        " + color(Palette.tone(r.tone.label)) + "\n"
            let thickness = AttributeValue.double(DOTStyle.penWidth(weight: r.weight)).text
            out += #"        <viz:thickness value="\#(thickness)"/>"# + "\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attvalues(
        _ values: [String: AttributeValue], keys: [InterchangeRecord.Key]
    ) -> String {
        var out = "        <attvalues>\n"
        for (k, key) in keys.enumerated() {
            guard let v = values[key.name] else { continue }
            out += #"          <attvalue for="\#(k)" value="\#(TextEscaping.xml(v.text))"/>"# + "\n"
        }
        return out + "        </attvalues>\n"
    }

    private static func spells(_ dates: [String]) -> String {
        guard !dates.isEmpty else { return "" }
        var out = "        <spells>\n"
        for d in dates {
            let date = TextEscaping.xml(d)
            out += #"          <spell start="\#(date)" end="\#(date)"/>"# + "\n"
        }
        return out + "        </spells>\n"
    }

    private static func color(_ c: RGBColor) -> String {
        #"<viz:color r="\#(c.red)" g="\#(c.green)" b="\#(c.blue)"/>"#
    }

    private static func shape(_ kind: EntityKind) -> String {
        switch kind {
        case .person, .other: "disc"
        case .country: "square"
        case .issue: "diamond"
        case .organization: "triangle"
        }
    }
}
