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
/// ``encode(periods:measures:)`` writes the graphs of consecutive periods as one dynamic graph
/// whose spells are the periods in which each node and edge exists.
public enum GEXFEncoder {
    /// Encodes `graph` as GEXF 1.3.
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - measures: Node scores and communities to add as node attributes and sizes.
    /// - Returns: The XML text, ending in a newline.
    /// - Precondition: every column of `measures` has one value per entity.
    /// - Complexity: O(*n* + *m* log *m*) for *n* entities and *m* relations.
    public static func encode(_ graph: EntityGraph, measures: NodeMeasures = .none) -> String {
        TextSink.collect { write(graph, measures: measures, to: $0) }
    }

    /// Writes `graph` as GEXF 1.3 to `out`, one node or edge at a time (the text of
    /// ``encode(_:measures:)``; the caller calls ``RelGraphCore/TextSink/finish()``).
    /// - Complexity: O(*n* + *m* log *m*) time; O(*n* + *m*) space for the spells of dated
    ///   graphs, O(1) beyond the graph otherwise.
    public static func write(_ graph: EntityGraph, measures: NodeMeasures = .none, to out: TextSink) {
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
        write(
            graph, measures: measures, nodeSpells: nodeDates.map { $0.sorted().map { Spell(start: $0, end: $0) } },
            edgeSpells: edgeDates.map { $0.map { Spell(start: $0, end: $0) } }, to: out)
    }

    /// Encodes the graphs of consecutive periods as one dynamic GEXF 1.3 graph.
    ///
    /// The nodes and edges are those of `EntityGraph.union(of:)` of the periods' graphs, with
    /// its attributes (an edge's weight is the sum over periods). Each node and edge has one
    /// `<spell start="…" end="…"/>` per run of consecutive periods in which it exists, from
    /// the run's first ``RelGraphCore/Period/first`` day to its last ``RelGraphCore/Period/last``
    /// day (both included); periods are consecutive when one is the other's
    /// ``RelGraphCore/Period/next``. An edge exists in a period when that period's graph has a
    /// relation of the same pair and kind. Gephi's timeline then shows when each actor and tie
    /// was in the news, at the resolution of the periods.
    /// - Parameters:
    ///   - periods: each period with the graph of its articles, in chronological order; entity
    ///     ids mean the same entity in every period.
    ///   - measures: Node scores and communities of the union graph, one value per entity of
    ///     `EntityGraph.union(of: periods.map(\.graph))`.
    /// - Returns: The XML text, ending in a newline; `mode="dynamic" timeformat="date"`.
    /// - Precondition: `periods` are in increasing order; every column of `measures` has one
    ///   value per entity of the union.
    /// - Complexity: O(*N* log *N*), where *N* is the total number of entities and relations of
    ///   the periods' graphs.
    public static func encode(
        periods: [(period: Period, graph: EntityGraph)], measures: NodeMeasures = .none
    ) -> String {
        for (a, b) in zip(periods, periods.dropFirst()) {
            precondition(a.period < b.period, "periods out of order: \(a.period) before \(b.period)")
        }
        let union = EntityGraph.union(of: periods.map(\.graph))
        var nodeRuns = [[Int]](repeating: [], count: union.entities.count)
        var edgeRuns = [[Int]](repeating: [], count: union.relations.count)
        var edgeIndex: [Relation.Key: Int] = [:]
        for (k, r) in union.relations.enumerated() { edgeIndex[r.key] = k }
        for (p, (_, graph)) in periods.enumerated() {
            for e in graph.entities { nodeRuns[union.index(of: e.id)!].append(p) }
            for r in graph.relations { edgeRuns[edgeIndex[r.key]!].append(p) }
        }
        let all = periods.map(\.period)
        return TextSink.collect { out in
            write(
                union, measures: measures, nodeSpells: nodeRuns.map { Spell.merging($0, of: all) },
                edgeSpells: edgeRuns.map { Spell.merging($0, of: all) }, dynamic: !periods.isEmpty, to: out)
        }
    }

    /// A closed time interval of a node or edge, as GEXF dates.
    struct Spell: Hashable {
        var start: String, end: String

        /// One spell per run of consecutive periods among `present` (indices into `periods`,
        /// ascending).
        static func merging(_ present: [Int], of periods: [Period]) -> [Spell] {
            var out: [Spell] = []
            var runStart: Int?
            for (k, p) in present.enumerated() {
                if runStart == nil { runStart = p }
                let continues = k + 1 < present.count && present[k + 1] == p + 1 && periods[p].next == periods[p + 1]
                if !continues, let s = runStart {
                    out.append(Spell(start: periods[s].first, end: periods[p].last))
                    runStart = nil
                }
            }
            return out
        }
    }

    /// Writes the GEXF text of `graph` whose nodes and edges exist during `nodeSpells` and
    /// `edgeSpells` (by entity and relation index; none means always) to `out`; the graph is
    /// dynamic when `dynamic` or when any spell is given.
    private static func write(
        _ graph: EntityGraph, measures: NodeMeasures, nodeSpells: [[Spell]], edgeSpells: [[Spell]],
        dynamic: Bool = false, to out: TextSink
    ) {
        // `label` and `weight` are the first node and edge columns; GEXF stores them on the
        // elements, so attribute `k` is column `k + 1`.
        let nodeKeys = Array(InterchangeRecord.nodeKeys(measures).dropFirst())
        let edgeKeys = Array(InterchangeRecord.edgeKeys.dropFirst())
        precondition(InterchangeRecord.nodeKeys(measures)[0].name == "label" && InterchangeRecord.edgeKeys[0].name == "weight")
        let dates = InterchangeRecord.articleDates(graph)
        let dynamic = dynamic || edgeSpells.contains { !$0.isEmpty } || nodeSpells.contains { !$0.isEmpty }
        out += #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
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
            out += #"      <node id=""#
            out.writeXML(e.id)
            out += #"" label=""#
            out.writeXML(e.name)
            out += "\">\n"
            attvalues(InterchangeRecord.nodeRow(i, of: graph, measures: measures).dropFirst(), to: out)
            spells(nodeSpells[i], to: out)
            color(Palette.community(measures.community?[i]), to: out)
            let scale = size.map { DOTStyle.scale(importance: $0[i], maxImportance: maxSize) } ?? 0
            out += #"        <viz:size value=""#
            out.write(number: .double(10 + 40 * scale))
            out += #""/>"# + "\n"
            out += #"        <viz:shape value="\#(shape(e.kind))"/>"# + "\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, r) in graph.relations.enumerated() {
            out += #"      <edge id=""#
            out.write(k)
            out += #"" source=""#
            out.writeXML(r.source)
            out += #"" target=""#
            out.writeXML(r.target)
            out += #"" weight=""#
            out.write(number: .double(r.weight))
            out += "\">\n"
            attvalues(InterchangeRecord.edgeRow(r, dates: dates).dropFirst(), to: out)
            spells(edgeSpells[k], to: out)
            color(Palette.tone(r.tone.label), to: out)
            out += #"        <viz:thickness value=""#
            out.write(number: .double(DOTStyle.penWidth(weight: r.weight)))
            out += #""/>"# + "\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// The `<attvalues>` block of `row` (attribute `k` is `row`'s `k`-th value).
    private static func attvalues(_ row: ArraySlice<AttributeValue?>, to out: TextSink) {
        out += "        <attvalues>\n"
        for (k, value) in row.enumerated() {
            guard let value else { continue }
            out += #"          <attvalue for=""#
            out.write(k)
            out += #"" value=""#
            switch value {
            case .string(let s): out.writeXML(s)
            case .int, .double: out.write(number: value)
            }
            out += #""/>"# + "\n"
        }
        out += "        </attvalues>\n"
    }

    private static func spells(_ spells: [Spell], to out: TextSink) {
        guard !spells.isEmpty else { return }
        out += "        <spells>\n"
        for s in spells {
            out += #"          <spell start=""#
            out.writeXML(s.start)
            out += #"" end=""#
            out.writeXML(s.end)
            out += #""/>"# + "\n"
        }
        out += "        </spells>\n"
    }

    private static func color(_ c: RGBColor, to out: TextSink) {
        out += #"        <viz:color r=""#
        out.write(Int(c.red))
        out += #"" g=""#
        out.write(Int(c.green))
        out += #"" b=""#
        out.write(Int(c.blue))
        out += #""/>"# + "\n"
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

extension Relation {
    /// A relation's identity in a graph: its endpoints and kind.
    struct Key: Hashable {
        var source: String, target: String, kind: RelationKind
    }

    /// The identity of this relation.
    var key: Key { Key(source: source, target: target, kind: kind) }
}
