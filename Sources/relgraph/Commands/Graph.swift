import ArgumentParser
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph graph`: a graph file from any slice of a corpus store.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Write the graph of a slice of a corpus store (by date, source or words).",
            discussion: """
                The graph is built exactly as 'relgraph build' builds the graph of the same articles, \
                without reading their text again. Every command that reads a graph also takes --store \
                with the same slicing options.
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .shortAndLong, help: "The graph file to write.")
        var output: String = "graph.relgraph.json"

        func validate() throws {
            if storeOptions.store == nil { throw ValidationError("Give --store FILE (made by 'relgraph build … --store')") }
        }

        func run() throws {
            guard let request = storeOptions.request else { return }
            let (graph, articles) = try Pipeline.graph(of: request)
            try Pipeline.write(graph, to: output)
            print(
                "Built the graph of \(articles) stored articles; wrote \(graph.entities.count) entities and "
                    + "\(graph.relations.count) relations to \(output)")
        }
    }
}
