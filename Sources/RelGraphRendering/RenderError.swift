/// Why Graphviz could not parse, lay out or render a graph.
///
/// Every case carries what went wrong as data; ``description`` holds all the wording, in the
/// project's message shape (capitalised, no trailing period, values quoted, what to do next).
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The DOT text is not valid; `message` is Graphviz's (for example
    /// `syntax error in line 3 near '}'`), or a note that the text holds no graph.
    case parseFailed(message: String)
    /// The layout engine reported an error.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// The renderer reported an error (usually a missing plugin).
    case renderFailed(format: OutputFormat, message: String)
    /// No usable Graphviz context could be created: plugins or their configuration are missing.
    case contextUnavailable(reason: String)
    /// The graph has more nodes than `engine` lays out in reasonable time
    /// (``LayoutEngine/nodeLimit``); `suggestion` is an engine that copes.
    case tooLarge(nodes: Int, engine: LayoutEngine, suggestion: LayoutEngine)
    /// The graph has more edges than `engine` lays out in reasonable time on its `nodes` nodes
    /// (``LayoutEngine/edgeLimit(nodes:)``); `suggestion` is an engine that copes.
    case tooManyEdges(edges: Int, nodes: Int, engine: LayoutEngine, suggestion: LayoutEngine)
    /// The graph asks for overlap removal (`overlap="\(mode)"`) on more nodes than removal
    /// handles in reasonable time (``LayoutEngine/overlapRemovalLimit``).
    case overlapRemovalTooLarge(nodes: Int, mode: String, limit: Int)
    /// The graph asks for curved edges (`splines="curved"`) on a graph whose `edges` would take
    /// Graphviz more than ``CurvedEdgeCost/limit`` search steps (exponential in dense graphs).
    case curvedEdgesTooCostly(edges: Int)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .parseFailed(let message):
            "Could not parse the DOT text: '\(message)'; check the graph syntax"
        case .layoutFailed(let engine, let message):
            "Layout engine '\(engine)' failed: '\(message)'; "
                + "try another layout engine such as 'sfdp'"
        case .renderFailed(let format, let message):
            "Rendering to '\(format)' failed: '\(message)'; try another format (svg, png or pdf) "
                + "or check that the Graphviz cairo plugin (libgvc6) is installed"
        case .contextUnavailable(let reason):
            "Graphviz is not usable: '\(reason)'; install libgraphviz-dev "
                + "(apt-get install libgraphviz-dev) "
                + "or point GVBINDIR at the Graphviz plugin folder"
        case .tooLarge(let nodes, let engine, let suggestion):
            "Graph has \(nodes) nodes, more than layout engine '\(engine)' handles "
                + "(limit \(engine.nodeLimit.map(String.init) ?? "none")); use layout "
                + "'\(suggestion)', show fewer nodes (--top 500, --backbone 0.05, --min-weight, "
                + "--largest-component) or pass --force"
        case .tooManyEdges(let edges, let nodes, let engine, let suggestion):
            "Graph has \(edges) edges among \(nodes) nodes, more than layout engine '\(engine)' handles "
                + "(limit \(engine.edgeLimit(nodes: nodes).map(String.init) ?? "none")); use layout "
                + "'\(suggestion)', show fewer nodes or relations (--top, --backbone 0.05, --min-weight) "
                + "or pass --force"
        case .overlapRemovalTooLarge(let nodes, let mode, let limit):
            "Graph has \(nodes) nodes, too many for overlap removal 'overlap=\(mode)' "
                + "(limit \(limit)); use layout 'sfdp' on a file without an overlap attribute, "
                + "show fewer nodes (--top, --backbone 0.05) or pass --force"
        case .curvedEdgesTooCostly(let edges):
            "Graph asks for curved edges 'splines=curved' on \(edges) edges so interlinked that "
                + "Graphviz would search more than 2e9 paths to draw them; use 'splines=line' or "
                + "'splines=true', show fewer nodes (--top, --backbone 0.05, --min-weight) or pass --force"
        }
    }
}
