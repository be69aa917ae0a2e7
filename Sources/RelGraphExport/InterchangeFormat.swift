import RelGraphCore

/// A file format `relgraph export --format` writes.
public enum InterchangeFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Graphviz DOT, styled (``DOTEncoder``).
    case dot
    /// GraphML for yEd, Gephi, Cytoscape and NetworkX (``GraphMLEncoder``).
    case graphml
    /// GEXF 1.3 for Gephi, with article-date spells (``GEXFEncoder``).
    case gexf
    /// Node-link JSON for NetworkX, D3 and web libraries (``NodeLinkEncoder``).
    case json
    /// Two CSV files, nodes and edges, for neo4j-admin import and Spark (``CSVEncoder``).
    case csv

    /// The usual file name extension, without a dot (`csv` names the node file's last part).
    public var pathExtension: String { rawValue }

    /// The format name, as the command line spells it.
    public var description: String { rawValue }
}
