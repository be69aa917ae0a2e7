import Foundation
import RelGraphCore
import RelGraphExport
import RelGraphRendering

/// A self-contained HTML report of a graph: the rendered diagram (zoom and pan), the key-actor
/// table, the communities with their members, and the evidence sentences of every drawn edge.
///
/// ## The file
/// One HTML5 document with inline CSS, inline JavaScript and the SVG inlined; it loads nothing
/// (a Content-Security-Policy forbids any network access), so it works offline and can be
/// mailed. In the diagram, the mouse wheel zooms, dragging pans, double-click resets, hovering
/// shows Graphviz tooltips, and clicking an edge lists its evidence sentences (with article
/// ids, titles and dates) beside the diagram; clicking a node lists its relations.
///
/// ## Escaping
/// Every text RelGraph inserts is HTML-escaped (`& < > " '`); the evidence data is JSON inside
/// `<script type="application/json">` with `<`, `>` and `&` written as `\u003C`, `\u003E`,
/// `\u0026`, so no entity name or sentence can close the script or inject markup. The SVG is
/// Graphviz's own output, which escapes text itself.
public enum HTMLReport {
    /// Builds the report.
    /// - Parameters:
    ///   - title: The page title and heading.
    ///   - graph: The whole graph (the tables cover all of it).
    ///   - report: Its key actors.
    ///   - diagram: The filtered subgraph that `svg` draws.
    ///   - svg: The diagram rendered as SVG from ``DiagramFilter/Diagram/dot(layout:measure:options:)``.
    ///   - filterSummary: A line describing the filter, shown under the diagram (or `nil`).
    /// - Returns: The HTML text.
    /// - Complexity: O(*n* log *n* + *m* + *s*), where *s* is the size of the SVG.
    public static func html(
        title: String, graph: EntityGraph, report: ActorReport, diagram: DiagramFilter.Diagram,
        svg: String, filterSummary: String? = nil
    ) -> String {
        let communities = CommunityReport(graph: graph, report: report)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,">
            <title>\(escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>\(escape(title))</h1>
            <p>\(graph.entities.count) entities, \(graph.relations.count) relations, \(graph.articles.count) articles; \
            \(communities.communities.count) communities (modularity \(Fixed.format(report.modularity, 3))).</p></header>

            """
        out += #"<section id="diagram"><h2>Diagram</h2>"#
        out += "<p class=\"hint\">\(diagram.graph.entities.count) entities and "
            + "\(diagram.graph.relations.count) relations shown"
            + (filterSummary.map { " (" + escape($0) + ")" } ?? "")
            + ". Wheel to zoom, drag to pan, double-click to reset; click an edge for its "
            + "evidence, a node for its relations.</p>\n"
        out += #"<div class="split"><div id="viewport">"# + inlineSVG(svg) + "</div>\n"
        out += #"<aside id="evidence"><p class="hint">Click an edge or a node.</p></aside></div>"#
        out += "</section>\n"
        out += actorTable(report)
        out += communityList(communities)
        out += #"<script type="application/json" id="relations">"# + relationJSON(diagram.graph)
            + "</script>\n"
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    private static func actorTable(_ report: ActorReport) -> String {
        var out = #"<section id="actors"><h2>Key actors</h2><table id="actor-table"><thead><tr>"#
        for h in ["#", "Name", "Kind", "Country", "Degree", "Strength", "PageRank", "Betweenness", "Community"] {
            out += "<th>\(h)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for r in report.rows {
            let swatch = Palette.community(r.community).hex
            out += "<tr><td>\(r.rank)</td><td>\(escape(r.name))</td><td>\(r.kind.rawValue)</td>"
                + "<td>\(escape(r.country ?? ""))</td><td>\(r.degree)</td>"
                + "<td>\(Fixed.format(r.strength, 1))</td><td>\(Fixed.format(r.pagerank, 4))</td>"
                + "<td>\(Fixed.format(r.betweenness, 4))</td>"
                + "<td><span class=\"swatch\" style=\"background:\(swatch)\"></span>\(r.community)</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private static func communityList(_ c: CommunityReport) -> String {
        var out = #"<section id="communities"><h2>Communities</h2><ol start="0">"#
        for community in c.communities {
            let swatch = Palette.community(community.id).hex
            out += "<li><span class=\"swatch\" style=\"background:\(swatch)\"></span>"
                + "<b>Community \(community.id)</b> (\(community.members.count) members; internal "
                + "weight \(Fixed.format(community.internalWeight, 1)), external "
                + "\(Fixed.format(community.externalWeight, 1))): "
                + community.members.map(escape).joined(separator: ", ") + "</li>\n"
        }
        return out + "</ol></section>\n"
    }

    /// `{"nodes": {"n0": "China", …}, "edges": {"n0--n2": {…}}}`, HTML-safe.
    static func relationJSON(_ graph: EntityGraph) -> String {
        let articles = Dictionary(uniqueKeysWithValues: graph.articles.map { ($0.id, $0) })
        var nodes: [String] = []
        for (i, e) in graph.entities.enumerated() {
            nodes.append(json("n\(i)") + ":" + json(e.name))
        }
        var edges: [String] = []
        for r in graph.relations {
            let (s, t) = (graph.index(of: r.source)!, graph.index(of: r.target)!)
            let evidence = r.evidence.map { e in
                let a = articles[e.article]
                return "{" + [
                    "\"article\":" + json(e.article), "\"sentence\":\(e.sentence)",
                    "\"text\":" + json(e.text), "\"title\":" + json(a?.title ?? ""),
                    "\"date\":" + json(a?.date ?? ""),
                ].joined(separator: ",") + "}"
            }
            let t0 = r.tone
            edges.append(
                json("n\(s)--n\(t)") + ":{" + [
                    "\"a\":" + json(graph.entities[s].name), "\"b\":" + json(graph.entities[t].name),
                    "\"weight\":" + json(DOTStyleText.number(r.weight)),
                    "\"tone\":" + json(t0.label.rawValue),
                    "\"counts\":" + json("\(t0.cooperation) cooperation, \(t0.conflict) conflict, \(t0.neutral) neutral"),
                    "\"articles\":\(r.articles)", "\"evidence\":[" + evidence.joined(separator: ",") + "]",
                ].joined(separator: ",") + "}")
        }
        return "{\"nodes\":{" + nodes.joined(separator: ",") + "},\n\"edges\":{"
            + edges.joined(separator: ",\n") + "}}"
    }

    /// The SVG without the XML prolog and doctype, sized by CSS.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    // MARK: - Escaping

    /// `text` with `& < > " '` replaced by entities.
    public static func escape(_ text: String) -> String { TextEscaping.html(text) }

    /// `text` as a JSON string that is also safe inside an HTML `<script>` element.
    static func json(_ text: String) -> String { TextEscaping.json(text, htmlSafe: true) }
}

/// Weights as people read them: integers without decimals, others with two.
enum DOTStyleText {
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e12 ? Fixed.format(x, 0) : Fixed.format(x, 2)
    }
}

extension HTMLReport {
    /// Analyses `graph`, filters it with `filter`, renders the diagram as SVG in-process and
    /// returns the report.
    /// - Throws: ``PipelineError/analysis(_:)``, ``PipelineError/rendering(_:)``, or
    ///   ``PipelineError/invalidArgument(message:)`` with a ``DiagramFilterError`` message.
    public static func make(
        graph: EntityGraph, title: String, filter: DiagramFilter = .init(),
        layout: LayoutEngine? = nil, options: DOTOptions = .init(), force: Bool = false
    ) throws(PipelineError) -> String {
        let report = try ActorReport(graph: graph)
        let diagram: DiagramFilter.Diagram
        do { diagram = try filter.diagram(of: graph, report: report) } catch {
            throw .invalidArgument(message: error.description)
        }
        let engine = diagram.layout(layout)
        let dot = diagram.dot(layout: engine, measure: filter.measure, options: options)
        let svg: String
        do {
            svg = String(
                decoding: try Graphviz.render(dot: dot, layout: engine, format: .svg, force: force),
                as: UTF8.self)
        } catch { throw .rendering(error) }
        return html(
            title: title, graph: graph, report: report, diagram: diagram, svg: svg,
            filterSummary: filter.isIdentity ? nil : filter.summary)
    }
}

extension DiagramFilter {
    /// The filter in command-line words ("top 60 by pagerank, min weight 2"), for captions.
    public var summary: String {
        var parts: [String] = []
        if let top { parts.append("top \(top) by \(measure.rawValue)") }
        if minWeight != 1 { parts.append("min weight \(DOTStyleText.number(minWeight))") }
        if let kinds { parts.append("kinds " + kinds.map(\.rawValue).sorted().joined(separator: ",")) }
        if !focus.isEmpty { parts.append("focus " + focus.joined(separator: ", ") + " depth \(depth)") }
        if largestComponent { parts.append("largest component") }
        if from != nil || to != nil { parts.append("dates \(from ?? "…") to \(to ?? "…")") }
        if let backbone { parts.append("backbone α=\(backbone)") }
        return parts.joined(separator: ", ")
    }
}
