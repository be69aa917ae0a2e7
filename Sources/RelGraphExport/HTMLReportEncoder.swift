import Foundation
import RelGraphAnalysis
import RelGraphCore

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
public enum HTMLReportEncoder {
    /// Builds the report.
    /// - Parameters:
    ///   - title: The page title and heading.
    ///   - graph: The whole graph (the tables cover all of it).
    ///   - actors: Its key actors.
    ///   - diagram: The filtered subgraph that `svg` draws.
    ///   - svg: The diagram rendered as SVG.
    ///   - filterSummary: A line describing the filter, shown under the diagram (or `nil`).
    /// - Returns: The HTML text.
    /// - Complexity: O(*n* log *n* + *m* + *s*), where *s* is the size of the SVG.
    public static func html(
        title: String, graph: EntityGraph, actors: KeyActors, diagram: EntityGraph,
        svg: String, filterSummary: String? = nil
    ) -> String {
        let communities = CommunitySummary(graph: LabeledGraph(graph), actors: actors)
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
            \(communities.communities.count) communities (modularity \(NumberText.fixed(actors.modularity ?? 0, 3))).</p></header>

            """
        out += #"<section id="diagram"><h2>Diagram</h2>"#
        out +=
            "<p class=\"hint\">\(diagram.entities.count) entities and "
            + "\(diagram.relations.count) relations shown"
            + (filterSummary.map { " (" + escape($0) + ")" } ?? "")
            + ". Wheel to zoom, drag to pan, double-click to reset; click an edge for its "
            + "evidence, a node for its relations.</p>\n"
        out += #"<div class="split"><div id="viewport">"# + inlineSVG(svg) + "</div>\n"
        out += #"<aside id="evidence"><p class="hint">Click an edge or a node.</p></aside></div>"#
        out += "</section>\n"
        out += actorTable(actors)
        out += communityList(communities, names: actors.entities.map(\.name))
        out +=
            #"<script type="application/json" id="relations">"# + relationJSON(diagram)
            + "</script>\n"
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    private static func actorTable(_ actors: KeyActors) -> String {
        var out = #"<section id="actors"><h2>Key actors</h2><table id="actor-table"><thead><tr>"#
        for h in ["#", "Name", "Kind", "Country", "Degree", "Strength", "PageRank", "Betweenness", "Community"] {
            out += "<th>\(h)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for v in actors.ranking {
            let e = actors.entities[v]
            let community = actors.communityPartition.community[v]
            let swatch = Palette.community(community).hex
            out +=
                "<tr><td>\(actors.rank[v])</td><td>\(escape(e.name))</td><td>\(e.kind.rawValue)</td>"
                + "<td>\(escape(ActorTableEncoder.country(e)))</td><td>\(Int(actors.value(.degree, of: v)))</td>"
                + "<td>\(NumberText.fixed(actors.value(.strength, of: v), 1))</td>"
                + "<td>\(NumberText.fixed(actors.value(.pagerank, of: v), 4))</td>"
                + "<td>\(NumberText.fixed(actors.value(.betweenness, of: v), 4))</td>"
                + "<td><span class=\"swatch\" style=\"background:\(swatch)\"></span>\(community)</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private static func communityList(_ c: CommunitySummary, names: [String]) -> String {
        var out = #"<section id="communities"><h2>Communities</h2><ol start="0">"#
        for community in c.communities {
            let swatch = Palette.community(community.id).hex
            out +=
                "<li><span class=\"swatch\" style=\"background:\(swatch)\"></span>"
                + "<b>Community \(community.id)</b> (\(community.members.count) members; internal "
                + "weight \(NumberText.fixed(community.internalWeight, 1)), external "
                + "\(NumberText.fixed(community.externalWeight, 1))): "
                + community.members.map { escape(names[$0]) }.joined(separator: ", ") + "</li>\n"
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
                return "{"
                    + [
                        "\"article\":" + json(e.article), "\"sentence\":\(e.sentence)",
                        "\"text\":" + json(e.text), "\"title\":" + json(a?.title ?? ""),
                        "\"date\":" + json(a?.date ?? ""),
                    ].joined(separator: ",") + "}"
            }
            let t0 = r.tone
            edges.append(
                json("n\(s)--n\(t)") + ":{"
                    + [
                        "\"a\":" + json(graph.entities[s].name), "\"b\":" + json(graph.entities[t].name),
                        "\"weight\":" + json(NumberText.compact(r.weight)),
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
