/// A Graphviz layout engine: the algorithm that places nodes and routes edges.
///
/// The raw values are the engine names Graphviz uses (`-K` on the command line, the `layout`
/// graph attribute).
///
/// ## Choosing an engine
/// | Engine | Draws | Practical size (nodes) |
/// |---|---|---|
/// | ``dot`` | layered, hierarchical | ≤ 1,000 (``nodeLimit``); dense graphs ≤ 500 edges |
/// | ``neato`` | spring model (stress majorisation) | ≤ 3,000, slow above a few hundred |
/// | ``fdp`` | spring model (forces), honours clusters | ≤ 3,000 |
/// | ``sfdp`` | multiscale spring model | tens of thousands |
/// | ``circo`` | circular | ≤ 300 (13 s at 300 nodes, over 5 minutes at 1,000), ≤ 250 edges |
/// | ``twopi`` | radial | ≤ 3,000 (0.8 s at 1,000) |
///
/// Measured on a 2-core VM with a random graph of *n* nodes and 1.5*n* edges: at 1,000 nodes
/// sfdp takes about 0.25 s, neato 3.5 s and dot 21 s. ``automatic(nodeCount:)`` picks for you.
public enum LayoutEngine: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Hierarchical layout in ranks; best for small directed structures.
    case dot
    /// Spring-model layout; the best-looking choice for small undirected graphs.
    case neato
    /// Force-directed layout that keeps clusters together.
    case fdp
    /// Multiscale force-directed layout for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi

    /// The node count above which ``automatic(nodeCount:)`` switches from neato to sfdp: 60,
    /// the size of RelGraph's readable diagrams.
    public static let automaticNeatoLimit = 60

    /// The engine RelGraph uses when none is requested: ``neato`` for graphs of up to
    /// ``automaticNeatoLimit`` (60) nodes, whose stress layout reads best, and ``sfdp`` above,
    /// the only engine that stays fast. On the co-mention graph of 293 Wikinews articles (2-core
    /// VM, loaded) neato took 2.5 s for 60 nodes and 218 edges but 18 s for 110 nodes, sfdp
    /// 0.4–0.6 s for either; sfdp takes about 0.25 s at 1,000 nodes and 10–20 s at 20,000.
    ///
    /// ```swift
    /// LayoutEngine.automatic(nodeCount: 60)   // .neato
    /// LayoutEngine.automatic(nodeCount: 61)   // .sfdp
    /// ```
    public static func automatic(nodeCount: Int) -> LayoutEngine {
        nodeCount <= automaticNeatoLimit ? .neato : .sfdp
    }

    /// The largest node count ``Graphviz`` lays out with this engine unless asked to `force`
    /// it: 300 for ``circo``, 1,000 for ``dot``, 3,000 for ``neato``, ``fdp`` and ``twopi``, and
    /// no limit (`nil`) for ``sfdp``. Above these sizes a layout takes minutes (measured on random
    /// graphs with 1.5 edges per node; see Benchmarks/rendering.md).
    public var nodeLimit: Int? {
        switch self {
        case .circo: 300
        case .dot: 1_000
        case .neato, .fdp, .twopi: 3_000
        case .sfdp: nil
        }
    }

    /// The largest edge count ``Graphviz`` lays out with this engine on `nodes` nodes unless
    /// asked to `force` it: 250 for ``circo``, the larger of 500 and 5 per node for ``dot``
    /// (dense graphs only), no limit (`nil`) for the others. Both engines slow down steeply with
    /// edges, whatever the node count (2-core VM, `relgraph render … --all`): circo took 5 s for
    /// 200 edges among 60 nodes, 15 s for 300 among 100 and 60 s for 450 among 150; dot took
    /// 3 s for a 30-node clique (435 edges), 25 s for a 40-node clique (780) and more than 60 s
    /// for a 60-node clique (1,770), but 2.3 s for 1,000 edges among 200 nodes.
    public func edgeLimit(nodes: Int) -> Int? {
        switch self {
        case .circo: 250
        case .dot: max(500, 5 * nodes)
        case .neato, .fdp, .sfdp, .twopi: nil
        }
    }

    /// The node count above which ``Graphviz`` refuses overlap removal (any `overlap` value
    /// other than `true`) unless asked to `force` it: 5,000. Removal (prism, voronoi, scale)
    /// then takes minutes (prism on 20,000 nodes took 195 s on the team's 2-core machine).
    public static let overlapRemovalLimit = 5_000

    /// Whether this engine reads the `overlap` attribute (dot does not).
    public var removesOverlaps: Bool { self != .dot }

    /// The engine name, as Graphviz spells it.
    public var description: String { rawValue }
}
