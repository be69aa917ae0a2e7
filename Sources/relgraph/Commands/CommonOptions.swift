import ArgumentParser
import RelGraphCore
import RelGraphExtraction
import RelGraphPipeline

/// Options shared by every command that reads articles.
struct ArticleOptions: ParsableArguments {
    @Option(help: "A user lexicon (JSON) that adds or overrides people, countries, issues and stop-names.")
    var lexicon: String?

    @Flag(help: "Stop at the first malformed record instead of skipping it.")
    var strict = false

    @Option(help: ArgumentHelp(
        "Co-mention window: 'sentence', 'article', or a number N of following sentences.",
        valueName: "window"))
    var window: String = "sentence"

    @Option(help: "Worker threads for extraction (default: all cores). Output does not depend on it.")
    var threads: Int?

    func extractionOptions() throws -> ExtractionOptions {
        var o = ExtractionOptions()
        switch window {
        case "sentence": o.window = .sentence
        case "article": o.window = .article
        default:
            guard let n = Int(window), n >= 1 else {
                throw ValidationError("Window '\(window)' is not valid; expected 'sentence', 'article' or a number >= 1")
            }
            o.window = .sentences(n)
        }
        if let threads {
            guard threads >= 1 else { throw ValidationError("Threads '\(threads)' must be at least 1") }
            o.threads = threads
        }
        return o
    }

    /// Reads and extracts, printing each problem as a warning and a one-line summary.
    func read(_ inputs: [String]) throws -> ArticleInput {
        let options = try extractionOptions()
        var result: ArticleInput?
        try ErrorReporting.run { () throws(PipelineError) in
            result = try ArticleInput.read(inputs, options: options, lexicon: lexicon, strict: strict)
        }
        for p in result!.problems { ErrorReporting.warn(p) }
        if result!.skipped > 0 { ErrorReporting.note("Skipped \(result!.skipped) malformed record(s)") }
        return result!
    }
}

/// Loads a graph argument (`*.relgraph.json` or an edge list), printing skipped lines.
func loadGraph(_ path: String) throws -> EntityGraph {
    var warnings: [String] = []
    var graph: EntityGraph?
    try ErrorReporting.run { () throws(PipelineError) in
        graph = try GraphInput.load(path, warnings: &warnings)
    }
    for w in warnings { ErrorReporting.warn(w) }
    return graph!
}
