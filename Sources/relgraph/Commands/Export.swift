import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphExport
import RelGraphPipeline
import RelGraphRendering

extension RelGraphCommand {
    /// `relgraph export`: DOT, GraphML, GEXF, node-link JSON or CSV.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a graph as styled Graphviz DOT or an interchange format (GraphML, GEXF, JSON, CSV).",
            discussion: """
                dot: styled by kind, community, size measure and tone.  graphml: yEd, Gephi,
                Cytoscape, NetworkX read_graphml.  gexf: Gephi (GEXF 1.3, article-date spells).
                json: node-link (NetworkX node_link_graph, D3).  csv: OUT.nodes.csv and
                OUT.edges.csv for neo4j-admin database import and Spark (needs --output).
                The diagram filters (--top, --focus, --backbone, ...) apply to every format.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case dot, graphml, gexf, json, csv }

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv).")
        var graph: String

        @Option(name: .shortAndLong, help: "The file to write (default: standard output; csv: base name of the two files).")
        var output: String?

        @Option(help: "Output format: dot, graphml, gexf, json, csv.")
        var format: Format = .dot

        @OptionGroup var diagram: DiagramOptions

        func run() throws {
            let g = try loadGraph(graph)
            let (shown, filter) = try diagram.apply(to: g)
            let measures = shown.nodeMeasures(sizeBy: filter.measure)
            switch format {
            case .dot:
                let dot = shown.dot(
                    layout: shown.layout(diagram.layout), measure: filter.measure,
                    options: diagram.dotOptions())
                try ErrorReporting.run { () throws(PipelineError) in try ErrorReporting.emit(dot, to: output) }
            case .graphml, .gexf, .json:
                let text =
                    format == .graphml ? GraphMLEncoder.encode(shown.graph, measures: measures)
                    : format == .gexf ? GEXFEncoder.encode(shown.graph, measures: measures)
                    : NodeLinkEncoder.encode(shown.graph, measures: measures)
                try ErrorReporting.run { () throws(PipelineError) in try ErrorReporting.emit(text, to: output) }
            case .csv:
                guard let output, output != "-" else {
                    throw ValidationError("Format 'csv' writes two files; name them with --output BASE (writes BASE.nodes.csv and BASE.edges.csv)")
                }
                var base = output
                if base.lowercased().hasSuffix(".csv") { base.removeLast(4) }
                let tables = CSVEncoder.encode(shown.graph, measures: measures)
                try ErrorReporting.run { () throws(PipelineError) in
                    try ErrorReporting.emit(tables.nodes, to: base + ".nodes.csv")
                    try ErrorReporting.emit(tables.edges, to: base + ".edges.csv")
                }
            }
        }
    }
}

/// The diagram options shared by `export`, `render` and `report`: legibility filters, layout
/// and DOT styling.
struct DiagramOptions: ParsableArguments {
    @Option(help: "Keep the N most important entities (by --measure).")
    var top: Int?

    @Option(help: "Rank and size entities by: pagerank, betweenness, degree, strength.")
    var measure: ActorReport.Measure = .pagerank

    @Option(help: "Drop relations lighter than this weight.")
    var minWeight: Double = 1

    @Option(help: "Entity kinds to keep, comma-separated: person, country, issue, organization, other.")
    var kinds: String?

    @Option(help: "Keep only the ego network of this entity (repeatable), e.g. --focus \"Antony Blinken\".")
    var focus: [String] = []

    @Option(help: "Hops around --focus entities to keep.")
    var depth: Int = 1

    @Flag(help: "Keep only the largest connected component.")
    var largestComponent = false

    @Option(help: "Keep relations quoted from articles dated on or after this date (YYYY[-MM[-DD]]).")
    var from: String?

    @Option(help: "Keep relations quoted from articles dated on or before this date (YYYY[-MM[-DD]]).")
    var to: String?

    @Option(help: "Disparity-filter backbone: keep edges with p-value below this level, e.g. 0.05.")
    var backbone: Double?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: chosen by size).")
    var layout: LayoutEngine?

    @Option(help: "A caption drawn at the top of the diagram.")
    var title: String?

    @Flag(help: "Group each community into a cluster.")
    var clusters = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Put the country's flag emoji before country names.")
    var flags = false

    func filter() throws -> DiagramFilter {
        let kindSet = try kinds.map(parseKinds)
        return DiagramFilter(
            top: top, measure: measure, minWeight: minWeight, kinds: kindSet, focus: focus,
            depth: depth, largestComponent: largestComponent, from: from, to: to, backbone: backbone)
    }

    func dotOptions(title fallback: String? = nil) -> DOTOptions {
        DOTOptions(title: title ?? fallback, legend: !noLegend, clusters: clusters, flags: flags)
    }

    /// Analyses `graph` and applies the filter, reporting errors the CLI way.
    func apply(to graph: EntityGraph) throws -> (DiagramFilter.Diagram, DiagramFilter) {
        let filter = try filter()
        var result: DiagramFilter.Diagram?
        try ErrorReporting.run { () throws(PipelineError) in
            let report = try ActorReport(
                graph: graph, options: .init(rankBy: filter.measure, measures: [filter.measure]))
            do throws(DiagramFilterError) { result = try filter.diagram(of: graph, report: report) } catch {
                throw .invalidArgument(message: error.description)
            }
        }
        return (result!, filter)
    }
}

