import ArgumentParser
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph communities`: blocs and modularity.
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the communities (blocs) of a graph with Louvain and print their members.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv).")
        var graph: String

        @Option(help: "Random seed; the same seed gives the same communities.")
        var seed: UInt64 = 42

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            let g = try loadGraph(graph)
            var report: ActorReport?
            try ErrorReporting.run { () throws(PipelineError) in report = try ActorReport(graph: g, seed: seed) }
            let c = CommunityReport(graph: g, report: report!)
            print(format == .json ? c.json() : c.text(), terminator: "")
        }
    }
}
