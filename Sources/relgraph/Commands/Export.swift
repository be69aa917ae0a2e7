import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph export`: DOT, GraphML, GEXF, node-link JSON or CSV.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a graph as styled Graphviz DOT or an interchange format (GraphML, GEXF, JSON, CSV).",
            discussion: """
                dot: styled by kind, community, size measure and tone.  graphml: yEd, Gephi,
                Cytoscape, NetworkX read_graphml.  gexf: Gephi (GEXF 1.3, article-date spells).
                json: node-link (NetworkX node_link_graph, D3).  csv: OUT.nodes.csv and
                OUT.edges.csv for neo4j-admin database import and Spark (needs --output).
                The diagram filters (--top, --focus, --backbone, ...) apply to every format. A DOT
                diagram of a graph of more than 60 entities shows the 60 most important (and,
                without other filters, relations of weight >= 2) unless --top or --all says
                otherwise; the interchange formats keep every entity unless filtered.
                """)

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv).")
        var graph: String?

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .shortAndLong, help: "The file to write (default: standard output; csv: base name of the two files).")
        var output: String?

        @Option(help: "Output format: \(choices(Pipeline.ExportFormat.self)).")
        var format: Pipeline.ExportFormat = .dot

        @OptionGroup var diagram: DiagramOptions

        @Flag(
            help: """
                Interchange formats: skip community detection (no community attribute; one \
                colour for every node). Faster on large graphs.
                """)
        var noCommunities = false

        func validate() throws {
            try storeOptions.requireOne(of: graph, named: "graph")
        }

        func run() throws {
            var notes: [String] = []
            try Pipeline.export(
                try loadGraph(graph, store: storeOptions, relations: diagram.relationOptions.kinds), format: format, filter: diagram.filter,
                all: diagram.all,
                layout: diagram.layout, dotOptions: diagram.dotOptions, output: output,
                communities: !noCommunities, notes: &notes)
            for note in notes { ErrorReporting.note(note) }
        }
    }
}

/// The diagram options shared by `export`, `render` and `report`: legibility filters, layout
/// and DOT styling.
struct DiagramOptions: ParsableArguments {
    @Option(help: "Keep the N most important entities (by --measure); diagrams default to 60 on large graphs.")
    var top: Int?

    @Flag(help: "Draw every entity: no readable default on large graphs.")
    var all = false

    @OptionGroup var relationOptions: RelationOptions

    @Option(help: "Rank and size entities by: \(choices(MeasureName.self)).")
    var measure: MeasureName = .pagerank

    @Option(help: "Drop relations lighter than this weight.")
    var minWeight: Double = 1

    @Option(
        help: ArgumentHelp(
            "Entity kinds to keep, comma-separated: \(choices(EntityKind.self)).", valueName: "list"),
        transform: { try parseList($0, option: "kinds") as [EntityKind] })
    var kinds: [EntityKind]?

    @Option(
        help:
            "Keep only the ego network of this entity (name, alias, ISO code or id; repeatable), drawn highlighted, e.g. --focus \"Antony Blinken\"."
    )
    var focus: [String] = []

    @Option(help: "Hops around --focus entities to keep.")
    var depth: Int = 1

    @Flag(help: "Keep only the largest connected component.")
    var largestComponent = false

    @Option(
        help: "Keep relations quoted from articles dated on or after this date (YYYY[-MM[-DD]]).",
        transform: { try DiagramOptions.date($0, option: "from") })
    var from: PartialDate?

    @Option(
        help: "Keep relations quoted from articles dated on or before this date (YYYY[-MM[-DD]]).",
        transform: { try DiagramOptions.date($0, option: "to") })
    var to: PartialDate?

    @Option(help: "Disparity-filter backbone: keep edges with p-value below this level, e.g. 0.05.")
    var backbone: Double?

    @Option(help: "Layout engine: \(choices(LayoutEngine.self)) (default: chosen by size).")
    var layout: LayoutEngine?

    @Option(help: "A caption drawn at the top of the diagram.")
    var title: String?

    @Flag(help: "Group each community into a cluster.")
    var clusters = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Put the country's flag emoji before country names.")
    var flags = false

    /// Parses a date bound; a date that does not exist is a usage error.
    static func date(_ text: String, option: String) throws -> PartialDate {
        guard let date = PartialDate(text) else {
            throw ValidationError(DiagramFilterError.invalidDate(option: option, value: text).description)
        }
        return date
    }

    var filter: DiagramFilter {
        DiagramFilter(
            top: top, measure: measure, minWeight: minWeight, kinds: kinds.map(Set.init), focus: focus,
            depth: depth, largestComponent: largestComponent, from: from, to: to, backbone: backbone)
    }

    var dotOptions: DOTOptions {
        DOTOptions(title: title, legend: !noLegend, clusters: clusters, flags: flags)
    }
}
