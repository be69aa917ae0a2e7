import RelGraphCore

/// Writes an ``EntityGraph`` as a Graphviz DOT file, styled for reading (see ``DOTStyle``).
///
/// ## Output
/// An undirected `graph "relgraph" { … }` with, in this order: the graph attributes; the node
/// and edge defaults; one statement per node in index order; one `subgraph cluster_<c>` per
/// community if ``DOTOptions/clusters`` is set; one statement per edge in
/// ``EntityGraph/relations`` order; and the legend (`subgraph cluster_legend`) if
/// ``DOTOptions/legend`` is set. Attributes always come in the same order, and numbers are
/// written with two decimals, independent of the locale, so the same input always gives the
/// same bytes.
///
/// Node ids are `n<index>` (`n0`, `n1`, …), the entity's position in ``EntityGraph/entities``;
/// names only appear inside quoted attribute values (see ``DOTEncoder`` escaping), so no name can
/// change the structure of the file. Legend nodes are called `legend_<…>`.
///
/// ```
/// graph "relgraph" {
///   graph [fontname="Helvetica", overlap="scale", outputorder="edgesfirst", pack="true"];
///   node [fontname="Helvetica", fontsize=14.00, style="filled", color="#4D4D4D", penwidth=0.80];
///   edge [fontname="Helvetica", fontsize=10.00, color="#999999", penwidth=1.00];
///   n0 [label="China", shape="box", style="rounded,filled", fillcolor="#E0E0E0", …];
///   n2 [label="United States", shape="box", style="rounded,filled", fillcolor="#E0E0E0", …];
///   n0 -- n2 [color="#D55E00", penwidth=3.58, tooltip="China – United States\n…"];
///   subgraph cluster_legend { … }
/// }
/// ```
/// Tests/RelGraphExportTests/Snapshots/ holds complete examples.
///
/// ## Layout hints
/// - Unless ``DOTOptions/layout`` is `"dot"` (which ignores it), the file asks for
///   `overlap="scale"`: Debian's Graphviz lacks the triangulation library behind
///   `overlap=false`/`prism`, and scaling is the fastest removal that works there.
/// - `pack="true"` lays out connected components (and the legend, whose items are chained by
///   invisible edges) separately and packs them side by side, so the legend never lands on top of
///   the graph in neato or sfdp layouts.
/// - `outputorder="edgesfirst"` draws edges under the nodes.
/// - Clusters keep their nodes together in dot and fdp layouts; neato only draws their boxes
///   around wherever the nodes land, and sfdp ignores them.
///
/// Other export formats (GraphML, GEXF) are meant to be sibling encoders that reuse
/// ``DOTStyle`` and ``Palette``.
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
        out += "  graph " + attributeList(graphAttributes(options)) + ";\n"
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
            out += legend(graph)
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

    private static func graphAttributes(_ options: DOTOptions) -> [Attribute] {
        var attributes: [Attribute] = []
        if let title = options.title {
            attributes += [
                ("label", quoted(title)), ("labelloc", quoted("t")), ("fontsize", number(18)),
            ]
        }
        attributes.append(("fontname", quoted(DOTStyle.fontName)))
        if let layout = options.layout {
            attributes.append(("layout", quoted(layout)))
        }
        if options.layout != "dot" {
            attributes.append(("overlap", quoted("scale")))
        }
        attributes.append(("outputorder", quoted("edgesfirst")))
        attributes.append(("pack", quoted("true")))
        return attributes
    }

    private static func nodeAttributes(
        _ entity: Entity, importance: Double?, maxImportance: Double, community: Int?,
        options: DOTOptions
    ) -> [Attribute] {
        let shape = DOTStyle.shape(for: entity.kind)
        let fill = Palette.community(community)
        var attributes: [Attribute] = [
            ("label", quoted(DOTStyle.label(for: entity, maxLength: options.maxLabelLength))),
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
                quotedTooltip(nodeTooltip(entity, importance: importance, community: community))
            ))
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

    /// The legend: an example node for each kind present and an example edge for each tone
    /// present, chained by invisible edges so that it forms one compact component (which
    /// `pack` then keeps apart from the graph in neato and sfdp layouts).
    private static func legend(_ graph: EntityGraph) -> String {
        let kinds = Set(graph.entities.map(\.kind))
        let tones = Set(graph.relations.map(\.tone.label))
        guard !kinds.isEmpty else { return "" }
        var out = "  subgraph cluster_legend {\n"
        out +=
            "    graph "
            + attributeList([
                ("label", quoted("Legend")), ("fontsize", number(12)), ("style", quoted("rounded")),
                ("color", quoted(Palette.tone(.neutral).hex)),
            ]) + ";\n"
        var items: [String] = []
        for kind in EntityKind.allCases where kinds.contains(kind) {
            let shape = DOTStyle.shape(for: kind)
            let id = "legend_\(kind.rawValue)"
            items.append(id)
            out +=
                "    \(id) "
                + attributeList([
                    ("label", quoted(kind.rawValue)), ("shape", quoted(shape.shape)),
                    ("style", quoted(shape.style)), ("fillcolor", quoted(Palette.unassigned.hex)),
                    ("fontsize", number(10)),
                ]) + ";\n"
        }
        for tone in Tone.allCases where tones.contains(tone) {
            let id = "legend_\(tone.rawValue)"
            let color = quoted(Palette.tone(tone).hex)
            items.append(id)
            out +=
                "    \(id) "
                + attributeList([
                    ("label", quoted(tone.rawValue)), ("shape", quoted("plaintext")),
                    ("style", quoted("")),
                    ("fontsize", number(10)),
                ]) + ";\n"
            out +=
                "    \(id)_end "
                + attributeList([
                    ("label", quoted("")), ("shape", quoted("point")), ("width", number(0.05)),
                    ("color", color),
                ]) + ";\n"
            out +=
                "    \(id) -- \(id)_end "
                + attributeList([("color", color), ("penwidth", number(3))]) + ";\n"
        }
        for (a, b) in zip(items, items.dropFirst()) {
            out += "    \(a) -- \(b) " + attributeList([("style", quoted("invis"))]) + ";\n"
        }
        out += "  }\n"
        return out
    }

    // MARK: - Tooltips

    /// Kind and name; ISO code or affiliation; mentions and articles; importance and community.
    static func nodeTooltip(_ entity: Entity, importance: Double?, community: Int?) -> [String] {
        var lines = ["\(kindTitle(entity.kind)): \(entity.name)"]
        if let iso = entity.iso3 { lines.append("ISO 3166 code: \(iso)") }
        if let affiliation = entity.affiliation { lines.append("Affiliation: \(affiliation)") }
        lines.append(
            "Mentions: \(entity.mentions) in \(entity.articles) "
                + (entity.articles == 1 ? "article" : "articles"))
        if let importance { lines.append("Importance: \(number(importance, digits: 4))") }
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
