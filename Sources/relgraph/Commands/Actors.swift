import ArgumentParser
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph actors`: the key-actor table.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the key actors of a graph.",
            discussion: """
                Columns: rank, name, kind, country, degree, strength, pagerank, betweenness, community.
                PageRank is weighted (damping 0.85); betweenness is normalised as NetworkX does and
                reads an edge of weight w as a path of length 1/w (strong ties are short).
                Communities are Louvain communities, 0 the largest.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv: source, target, weight).")
        var graph: String

        @Option(help: "Rank by: pagerank, betweenness, degree, strength.")
        var by: ActorReport.Measure = .pagerank

        @Option(help: "How many rows to print.")
        var top: Int = 20

        @Flag(help: "Print every node.")
        var all = false

        @Option(help: "Output format: table, csv, json.")
        var format: Format = .table

        func validate() throws {
            guard top >= 1 else { throw ValidationError("Top '\(top)' must be at least 1") }
        }

        func run() throws {
            let g = try loadGraph(graph)
            var report: ActorReport?
            try ErrorReporting.run { () throws(PipelineError) in report = try ActorReport(graph: g, rankBy: by) }
            let limit = all ? nil : top
            switch format {
            case .table: print(report!.table(limit: limit), terminator: "")
            case .csv: print(report!.csv(limit: limit), terminator: "")
            case .json: print(report!.json(limit: limit), terminator: "")
            }
        }
    }
}

extension ActorReport.Measure: ExpressibleByArgument {}
