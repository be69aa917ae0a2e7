internal import CGraphviz
import Foundation

/// Parses, lays out and renders DOT text with the Graphviz C libraries, in process.
///
/// ## Thread safety
/// libcgraph is not thread-safe, so every call takes one process-wide lock: calls from many
/// threads or tasks are safe but run one at a time, and a call blocks its thread while another
/// is in progress. Lay out large graphs from a background task.
///
/// ## Plugins
/// Each call creates a Graphviz context (0.2–0.5 ms) and frees it afterwards. The context comes
/// from Graphviz's plugin configuration (`config6a`, written when libgvc6 is installed); when that
/// lists no layout engines, the plugin libraries are loaded directly instead. If neither works,
/// calls throw ``RenderError/contextUnavailable(reason:)``.
///
/// ## Errors
/// Graphviz messages never reach stderr: errors are captured into the thrown ``RenderError``;
/// warnings (such as an unknown shape name, which falls back to a box) are dropped.
public enum Graphviz {
    /// Lays out `dot` with `layout` and renders it in `format`.
    ///
    /// ```swift
    /// let svg = try Graphviz.render(dot: "graph { a -- b }", layout: .neato, format: .svg)
    /// ```
    /// - Parameters:
    ///   - dot: DOT text; only its first graph is used.
    ///   - layout: The layout engine. It takes precedence over a `layout` attribute in the text.
    ///   - format: The output format. A PNG is at most ``maxPNGPixels`` on its long side (a
    ///     larger drawing is scaled down) unless the DOT sets `size` itself.
    ///   - force: Lay out even graphs above ``LayoutEngine/nodeLimit`` or
    ///     ``LayoutEngine/edgeLimit(nodes:)``, that ask for overlap
    ///     removal above ``LayoutEngine/overlapRemovalLimit`` nodes, or for curved edges that
    ///     cost more than ``CurvedEdgeCost/limit`` steps (any of them can take minutes or more).
    /// - Returns: The file contents (UTF-8 text for SVG, binary for PNG and PDF).
    /// - Throws: ``RenderError/parseFailed(message:)``,
    ///   ``RenderError/tooLarge(nodes:engine:suggestion:)``,
    ///   ``RenderError/tooManyEdges(edges:nodes:engine:suggestion:)``,
    ///   ``RenderError/overlapRemovalTooLarge(nodes:mode:limit:)``,
    ///   ``RenderError/curvedEdgesTooCostly(edges:)``,
    ///   ``RenderError/layoutFailed(engine:message:)``,
    ///   ``RenderError/renderFailed(format:message:)``
    ///   or ``RenderError/contextUnavailable(reason:)``.
    /// - Complexity: Dominated by the layout: roughly O(*n*²) per iteration for neato and
    ///   O(*n* log *n*) for sfdp, where *n* is the number of nodes.
    public static func render(
        dot: String, layout: LayoutEngine, format: OutputFormat, force: Bool = false
    ) throws(RenderError) -> Data {
        try render(dot: dot, layout: layout, format: format, force: force, recipe: nil)
    }

    /// Checks that `dot` parses, without laying it out.
    /// - Throws: ``RenderError/parseFailed(message:)`` or
    ///   ``RenderError/contextUnavailable(reason:)``.
    public static func validate(dot: String) throws(RenderError) {
        try withContext { _ throws(RenderError) in
            let graph = try read(dot)
            agclose(graph)
        }
    }

    /// Parses `dot` and returns its structure and attributes, as Graphviz understood them.
    /// - Throws: ``RenderError/parseFailed(message:)`` or
    ///   ``RenderError/contextUnavailable(reason:)``.
    public static func parse(dot: String) throws(RenderError) -> ParsedGraph {
        try withContext { _ throws(RenderError) in
            let graph = try read(dot)
            defer { agclose(graph) }
            return ParsedGraph(graph)
        }
    }

    /// The Graphviz version the library reports (`gvcVersion`), such as `"2.43.0"`; Debian 12's
    /// 2.42.2 packages report 2.43.0. `"unknown"` when no context can be created.
    public static var version: String {
        let cached = graphvizLock.withLock { $0.version }
        if let cached { return cached }
        let version =
            (try? withContext { gvc in gvcVersion(gvc).map { String(cString: $0) } }) ?? nil
        guard let version else { return "unknown" }
        graphvizLock.withLock { $0.version = version }
        return version
    }

    /// Lays out and renders a two-node graph labelled in `fontName`, so that the process's
    /// one-time set-up (plugins, fontconfig's configuration and font lists, pango's font
    /// sets) is done before the first real diagram; errors are ignored. A run calls it on
    /// another thread while it reads its lexicon, which takes one core: the set-up costs about
    /// 0.15 G instructions the first time a label is measured, and almost nothing after.
    /// - Complexity: O(1) besides that set-up.
    public static func prepare(fontName: String) {
        let name = fontName.replacingOccurrences(of: "\"", with: "")
        _ = try? render(
            dot: "graph { node [fontname=\"\(name)\"]; a -- b }", layout: .neato, format: .svg)
    }

    /// The longest side, in pixels, of a PNG whose DOT does not set `size`: 4000.
    public static let maxPNGPixels = 4_000

    /// ``render(dot:layout:format:force:)`` with a choice of context recipe, for tests.
    static func render(
        dot: String, layout: LayoutEngine, format: OutputFormat, force: Bool, recipe: ContextRecipe?
    ) throws(RenderError) -> Data {
        try withContext(recipe: recipe) { gvc throws(RenderError) in
            let graph = try read(dot)
            defer { agclose(graph) }
            let nodes = Int(agnnodes(graph))
            if !force, let limit = layout.nodeLimit, nodes > limit {
                throw .tooLarge(nodes: nodes, engine: layout, suggestion: .sfdp)
            }
            let edges = Int(agnedges(graph))
            if !force, let limit = layout.edgeLimit(nodes: nodes), edges > limit {
                throw .tooManyEdges(
                    edges: edges, nodes: nodes, engine: layout, suggestion: .automatic(nodeCount: nodes))
            }
            if !force, layout.removesOverlaps, nodes > LayoutEngine.overlapRemovalLimit,
                let mode = attribute("overlap", of: graph),
                !["", "true", "yes", "1"].contains(mode.lowercased())
            {
                throw .overlapRemovalTooLarge(
                    nodes: nodes, mode: mode, limit: LayoutEngine.overlapRemovalLimit)
            }
            if !force, let edges = CurvedEdgeCost.tooCostly(graph) {
                throw .curvedEdgesTooCostly(edges: edges)
            }
            // gvLayout prefers a `layout` attribute in the graph over its argument; the argument
            // is what the caller asked for, so it wins.
            withCString("layout") { key in
                let object = UnsafeMutableRawPointer(graph)
                guard agget(object, key) != nil else { return }
                withCString(layout.rawValue) { value in
                    withCString("") { empty in _ = agsafeset(object, key, value, empty) }
                }
            }
            // A PNG is sized for a screen: at most `maxPNGPixels` on its long side unless the DOT
            // sets `size` itself (Graphviz scales a larger drawing down to `size`, never up).
            if format == .png, (attribute("size", of: graph) ?? "").isEmpty {
                let inches = String(format: "%.3f", Double(Self.maxPNGPixels) / 96)
                withCString("size") { key in
                    withCString("\(inches),\(inches)") { value in
                        withCString("") { empty in _ = agsafeset(UnsafeMutableRawPointer(graph), key, value, empty) }
                    }
                }
            }
            agreseterrors()
            let laidOut = gvLayout(gvc, graph, layout.rawValue)
            // Free the layout before agclose, even after a failure: agclose does not free it (200
            // layouts of a 300-node graph without this grew the process from 39 to 522 MB).
            defer { gvFreeLayout(gvc, graph) }
            guard laidOut == 0 else {
                throw .layoutFailed(
                    engine: layout, message: takeErrorMessage() ?? "Graphviz gave no details")
            }
            agreseterrors()
            var buffer: UnsafeMutablePointer<CChar>?
            var length = 0
            let rendered = cgv_render_data(gvc, graph, format.device, &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard rendered == 0, let buffer else {
                throw .renderFailed(
                    format: format, message: takeErrorMessage() ?? "Graphviz gave no details")
            }
            return Data(bytes: buffer, count: length)
        }
    }

    /// The value of graph attribute `name` on the root graph, or `nil` if it is not declared.
    static func attribute(_ name: String, of graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        withCString(name) { key in
            agget(UnsafeMutableRawPointer(graph), key).map { String(cString: $0) }
        }
    }

}
