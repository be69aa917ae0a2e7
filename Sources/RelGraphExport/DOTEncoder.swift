import RelGraphCore

/// Writes an ``EntityGraph`` as a Graphviz DOT file, styled for reading (see ``DOTStyle``).
///
/// ## Output
/// An undirected `graph "relgraph" { … }` with, in this order: the graph attributes; the node
/// and edge defaults; one statement per node in index order; one `subgraph cluster_<c>` per
/// community if ``DOTOptions/clusters`` is set; one statement per edge in
/// ``EntityGraph/relations`` order; and the legend (one HTML-like table node, `legend`) if
/// ``DOTOptions/legend`` is set. Attributes always come in the same order, and numbers are
/// written with two decimals, independent of the locale, so the same input always gives the
/// same bytes.
///
/// Node ids are `n<index>` (`n0`, `n1`, …), the entity's position in ``EntityGraph/entities``;
/// names only appear inside quoted attribute values (see ``DOTEncoder`` escaping), so no name can
/// change the structure of the file. The legend node is called `legend`; its HTML-like label
/// only contains text RelGraph writes itself, HTML-escaped.
///
/// ```
/// graph "relgraph" {
///   graph [fontname="Helvetica", overlap="scale", outputorder="edgesfirst", pack="true"];
///   node [fontname="Helvetica", fontsize=14.00, style="filled", color="#4D4D4D", penwidth=0.80];
///   edge [fontname="Helvetica", fontsize=10.00, color="#999999", penwidth=1.00];
///   n0 [label="China", shape="box", style="rounded,filled", fillcolor="#E0E0E0", …];
///   n2 [label="United States", shape="box", style="rounded,filled", fillcolor="#E0E0E0", …];
///   n0 -- n2 [color="#D55E00", penwidth=3.58, tooltip="China – United States\n…"];
///   legend [shape="plaintext", margin=0, label=<<TABLE …>…</TABLE>>];
/// }
/// ```
/// Tests/RelGraphExportTests/Snapshots/ holds complete examples.
///
/// ## Layout hints
/// The graph attributes suit ``DOTOptions/layout`` and the graph's size *n*:
/// - `dot`: `rankdir="LR"`, `nodesep`, `ranksep`, `splines="true"`; no overlap removal (dot
///   never overlaps nodes).
/// - `neato`, `fdp` (and no layout given): up to 500 nodes `overlap="voronoi"`, `sep="+4"` and
///   `splines="true"` (compact, curved edges routed around nodes; on the examples voronoi gives
///   a drawing about a third the area of scale), or straight edges (`splines="line"`) when there
///   are more than 200 edges (routing every edge around every node is what takes the time: 257
///   edges among 59 nodes took 3.7 s with `true`, 0.25 s with `line`; `curved` is never used,
///   as Graphviz lists every path of the graph for it: a 30-node clique never finished); above 500 nodes,
///   `overlap="scale"`, the fastest removal (Debian's Graphviz lacks the triangulation library
///   behind `overlap=false`/`prism`).
/// - `sfdp`: `overlap="scale"` up to 5,000 nodes and Graphviz's default (no removal) above, where
///   removal takes minutes; `smoothing="triangle"` is not used, edges stay straight.
/// - `circo`: `mindist="0.6"`; `twopi`: `ranksep="1.4"`, `root` the most important node,
///   `overlap="scale"`.
/// - Always `pack="true"` (components and the legend are laid out apart and packed side by side,
///   so the legend never lands on top of the graph) and `outputorder="edgesfirst"` (edges under
///   nodes).
/// - Clusters keep their nodes together in dot and fdp layouts; neato only draws their boxes
///   around wherever the nodes land, and sfdp ignores them.
///
/// The interchange encoders (``GraphMLEncoder``, ``GEXFEncoder``, ``NodeLinkEncoder``,
/// ``CSVEncoder``) reuse ``DOTStyle`` and ``Palette``.
public enum DOTEncoder {
    /// Encodes `graph` as DOT text.
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - importance: A score per node, in ``EntityGraph/entities`` order (PageRank, for
    ///     example), that sets node size; `nil` gives every node the default size.
    ///   - community: A community number per node, in ``EntityGraph/entities`` order, that sets
    ///     the fill colour (``Palette/community(_:)``) and, with ``DOTOptions/clusters``, the
    ///     cluster; a negative number means "none". `nil` fills every node light grey.
    ///   - options: Title, layout, legend, clusters, label length and tooltip content.
    /// - Returns: The DOT text, ending in a newline.
    /// - Precondition: `importance` and `community`, when given, have one entry per entity.
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* relations; O(*n* log *n* + *m*)
    ///   with clusters.
    public static func encode(
        _ graph: EntityGraph, importance: [Double]? = nil, community: [Int]? = nil,
        options: DOTOptions = .init()
    ) -> String {
        let n = graph.entities.count
        if let importance {
            precondition(
                importance.count == n, "importance has \(importance.count) values for \(n) entities"
            )
        }
        if let community {
            precondition(
                community.count == n, "community has \(community.count) values for \(n) entities")
        }
        var out = "graph \"relgraph\" {\n"
        out +=
            "  graph "
            + attributeList(
                graphAttributes(
                    options, nodeCount: n + (options.legend && n > 0 ? 1 : 0), edgeCount: graph.relations.count,
                    root: rootNode(importance))) + ";\n"
        out +=
            "  node "
            + attributeList([
                ("fontname", quoted(DOTStyle.fontName)),
                ("fontsize", number(DOTStyle.defaultFontSize)),
                ("style", quoted("filled")), ("color", quoted(Palette.outline.hex)),
                ("penwidth", number(0.8)),
            ]) + ";\n"
        out +=
            "  edge "
            + attributeList([
                ("fontname", quoted(DOTStyle.fontName)), ("fontsize", number(10)),
                ("color", quoted(Palette.tone(.neutral).hex)), ("penwidth", number(1)),
            ]) + ";\n"

        let maxImportance = importance.map(DOTStyle.maxImportance) ?? 0
        for (i, entity) in graph.entities.enumerated() {
            let attributes = nodeAttributes(
                entity, importance: importance?[i], maxImportance: maxImportance,
                community: community?[i], options: options)
            out += "  n\(i) " + attributeList(attributes) + ";\n"
        }

        if options.clusters, let community {
            out += clusters(community)
        }

        for relation in graph.relations {
            guard let s = graph.index(of: relation.source), let t = graph.index(of: relation.target)
            else {
                continue
            }
            let attributes = edgeAttributes(
                relation, source: graph.entities[s], target: graph.entities[t], options: options)
            out += "  n\(s) -- n\(t) " + attributeList(attributes) + ";\n"
        }

        if options.legend {
            out += legend(graph, community: community, hasImportance: importance != nil, options: options)
        }
        out += "}\n"
        return out
    }

    // MARK: - Statements

    /// A `name=value` pair whose value is already DOT syntax (quoted string or number).
    typealias Attribute = (name: String, value: String)

    /// `[a=1, b="x"]`.
    static func attributeList(_ attributes: [Attribute]) -> String {
        "[" + attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") + "]"
    }

    private static func nodeAttributes(
        _ entity: Entity, importance: Double?, maxImportance: Double, community: Int?,
        options: DOTOptions
    ) -> [Attribute] {
        let shape = DOTStyle.shape(for: entity.kind)
        let fill = Palette.community(community)
        var attributes: [Attribute] = [
            ("label", quoted(label(for: entity, options: options))),
            ("shape", quoted(shape.shape)),
            ("style", quoted(shape.style)),
            ("fillcolor", quoted(fill.hex)),
            ("fontcolor", quoted(fill.contrastingText.hex)),
        ]
        if let importance {
            let s = DOTStyle.scale(importance: importance, maxImportance: maxImportance)
            attributes += [
                ("fontsize", number(DOTStyle.fontSize(scale: s))),
                ("width", number(DOTStyle.width(scale: s))),
                ("height", number(DOTStyle.height(scale: s))),
            ]
        }
        attributes.append(
            (
                "tooltip",
                quotedTooltip(
                    nodeTooltip(
                        entity, importance: importance, community: community,
                        measureName: options.measureName))
            ))
        if options.highlighted.contains(entity.id) {
            attributes += [("color", quoted("#000000")), ("penwidth", number(DOTStyle.highlightPenWidth))]
        }
        return attributes
    }

    private static func edgeAttributes(
        _ relation: Relation, source: Entity, target: Entity, options: DOTOptions
    ) -> [Attribute] {
        [
            ("color", quoted(Palette.tone(relation.tone.label).hex)),
            ("penwidth", number(DOTStyle.penWidth(weight: relation.weight))),
            (
                "tooltip",
                quotedTooltip(
                    edgeTooltip(relation, source: source, target: target, options: options))
            ),
        ]
    }

    /// One `subgraph cluster_<c>` per community number ≥ 0, in increasing order, listing its
    /// nodes.
    private static func clusters(_ community: [Int]) -> String {
        var members: [Int: [Int]] = [:]
        for (i, c) in community.enumerated() where c >= 0 { members[c, default: []].append(i) }
        var out = ""
        for c in members.keys.sorted() {
            out += "  subgraph cluster_\(c) {\n"
            out +=
                "    graph "
                + attributeList([
                    ("label", quoted("Community \(c)")), ("style", quoted("rounded,dashed")),
                    ("color", quoted(Palette.community(c).hex)), ("penwidth", number(1.5)),
                ]) + ";\n"
            out += "    " + members[c]!.map { "n\($0);" }.joined(separator: " ") + "\n"
            out += "  }\n"
        }
        return out
    }

    // MARK: - Tooltips

    /// Kind and name; ISO code or affiliation; mentions and articles; importance and community.
    static func nodeTooltip(
        _ entity: Entity, importance: Double?, community: Int?, measureName: String = "PageRank"
    ) -> [String] {
        var lines = ["\(kindTitle(entity.kind)): \(entity.name)"]
        if let iso = entity.iso3 { lines.append("ISO 3166 code: \(iso)") }
        if let affiliation = entity.affiliation {
            let source: String
            switch entity.affiliationSource {
            case .text?: source = " (stated in the text)"
            case .table?: source = " (table of office holders)"
            case .guess?: source = " (guessed from the articles' main country)"
            case nil: source = ""
            }
            lines.append("Affiliation: \(affiliation)\(source)")
        }
        lines.append(
            "Mentions: \(entity.mentions) in \(entity.articles) "
                + (entity.articles == 1 ? "article" : "articles"))
        if let importance { lines.append("\(measureName): \(compactMeasure(importance))") }
        if let community, community >= 0 { lines.append("Community: \(community)") }
        return lines
    }

    /// Endpoints; weight, sentences and articles; tone counts; the first evidence sentence.
    static func edgeTooltip(
        _ relation: Relation, source: Entity, target: Entity, options: DOTOptions
    ) -> [String] {
        let tone = relation.tone
        var lines = [
            "\(source.name) – \(target.name)",
            "Weight: \(compactNumber(relation.weight)) (\(relation.sentences) "
                + (relation.sentences == 1 ? "sentence" : "sentences") + " in \(relation.articles) "
                + (relation.articles == 1 ? "article" : "articles") + ")",
        ]
        let counts =
            tone.cooperation + tone.conflict + tone.neutral == 0
            ? "no sentences"
            : "\(tone.cooperation) cooperation, \(tone.conflict) conflict, \(tone.neutral) neutral"
        lines.append("Tone: \(tone.label.rawValue) (\(counts))")
        if options.evidenceInTooltips, let evidence = relation.evidence.first {
            let text = DOTStyle.truncated(evidence.text, to: DOTStyle.maxEvidenceLength)
            lines.append("“\(text)” (\(evidence.article), sentence \(evidence.sentence))")
        }
        return lines
    }

    private static func kindTitle(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "Person"
        case .country: "Country"
        case .issue: "Issue"
        case .organization: "Organization"
        case .other: "Entity"
        }
    }
}
