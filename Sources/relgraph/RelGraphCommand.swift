import ArgumentParser
import RelGraphCore
import RelGraphPipeline

/// The `relgraph` command: news articles in, relationship graphs out.
@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Build, analyse and draw relationship graphs of the people, countries and issues in news articles.",
        discussion: """
            Typical use:
              relgraph run Examples/articles --out Graphs        the whole pipeline
              relgraph extract articles.jsonl --format jsonl      per-article entities
              relgraph actors graph.relgraph.json                 key actors
              relgraph build feed/ --store news.sqlite            add articles to a corpus store
              relgraph trends --store news.sqlite --slice month   key actors over time
            Wherever a graph is read, a *.relgraph.json file or a plain weighted edge list
            (.tsv/.csv: source, target, weight; header optional) is accepted.
            Exit codes: 0 success, 1 runtime failure, 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            Run.self, Build.self, Graph.self, Extract.self, Merge.self, Trends.self, Actors.self, Communities.self, Export.self,
            Render.self,
            Report.self,
        ]
    )

    /// The subcommands that extract articles (and so compile the bundled lexicon).
    static let extractingCommands: Set<String> = ["run", "build", "extract"]

    /// Parses the command line and runs the command; every error is reported here
    /// (``ErrorReporting``).
    static func main() {
        TemporaryFiles.removeOnInterrupt { ErrorReporting.interrupted(signal: $0) }
        // The commands that extract with the bundled lexicon start compiling it while the
        // arguments are parsed.
        let arguments = CommandLine.arguments.dropFirst()
        if let name = arguments.first, extractingCommands.contains(name),
            !arguments.contains(where: { $0.hasPrefix("--lexicon") })
        {
            Pipeline.prepareExtraction()
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PipelineError {
            ErrorReporting.exit(with: error)
        } catch {
            exit(withError: error)
        }
    }
}
