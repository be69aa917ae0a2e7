import ArgumentParser
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph merge`: the reduce stage: per-article records and graph files → one graph.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge per-article records (extract --format edges-jsonl) and graph files into one graph.",
            discussion: """
                Records (.jsonl, .ndjson, or - for standard input) merge exactly as one 'relgraph build' over
                the articles they came from, however the corpus was split; a record repeated word for word
                (a retried task) counts once. Graph files (*.relgraph.json) are added as a union: weights,
                counts and tone add up, evidence keeps the first references, affiliations are voted by
                article counts; an article present in several graph files is reported.
                """)

        @Argument(help: "Record files (.jsonl, .ndjson, -) and graph files (*.relgraph.json).")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The graph file to write.")
        var output: String = "graph.relgraph.json"

        @Option(help: "Worker threads for decoding and merging (default: all cores). Output does not depend on it.")
        var threads: Int?

        func validate() throws {
            if let threads, threads < 1 { throw ValidationError("Threads '\(threads)' must be at least 1") }
        }

        func run() throws {
            let (graph, summary) = try Pipeline.merge(inputs, threads: threads ?? Pipeline.defaultThreads)
            ArticleOptions.warn(summary.problems)
            try Pipeline.write(graph, to: output)
            print(
                "Merged \(summary.records) article records and \(summary.graphs) graph files; wrote "
                    + "\(graph.entities.count) entities and \(graph.relations.count) relations to \(output)")
        }
    }
}
