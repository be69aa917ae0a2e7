import ArgumentParser
import RelGraphExport
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph export`: DOT.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a graph as Graphviz DOT, styled by kind, community, PageRank and tone.")

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv).")
        var graph: String

        @Option(name: .shortAndLong, help: "The DOT file to write (default: standard output).")
        var output: String?

        @Option(help: "A caption drawn at the top of the diagram.")
        var title: String?

        @Flag(help: "Group each community into a cluster.")
        var clusters = false

        @Flag(help: "Leave out the legend.")
        var noLegend = false

        func run() throws {
            let g = try loadGraph(graph)
            var report: ActorReport?
            try ErrorReporting.run { () throws(PipelineError) in report = try ActorReport(graph: g) }
            let dot = DOTEncoder.encode(
                g, importance: report!.pagerank, community: report!.partition.community,
                options: DOTOptions(title: title, legend: !noLegend, clusters: clusters))
            try ErrorReporting.run { () throws(PipelineError) in try ErrorReporting.emit(dot, to: output) }
        }
    }
}
