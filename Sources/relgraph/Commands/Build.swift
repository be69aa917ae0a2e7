import ArgumentParser
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph build`: articles → graph file.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract articles into a graph file (*.relgraph.json).")

        @Argument(help: "Article files or folders (.txt, .md, .jsonl, .json, .csv, .tsv, .html), or - for standard input.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The graph file to write.")
        var output: String = "graph.relgraph.json"

        @OptionGroup var articles: ArticleOptions

        func run() throws {
            let input = try articles.read(inputs)
            let graph = input.graph
            try Pipeline.write(graph, to: output)
            print(
                "Read \(input.extractions.count) articles; wrote \(graph.entities.count) entities and \(graph.relations.count) relations to \(output)"
            )
        }
    }
}
