import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph build`: articles → graph file.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Extract articles into a graph file (*.relgraph.json).")

        @Argument(help: "Article files or folders (.txt, .md, .jsonl, .json, .csv, .tsv, .html), or - for standard input.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The graph file to write.")
        var output: String = "graph.relgraph.json"

        @Option(
            help: ArgumentHelp(
                "Write one graph per period instead: \(choices(TimeSlice.self)); files are named "
                    + "OUTPUT with the period before .relgraph.json (graph.2020-03.relgraph.json).",
                valueName: "period"))
        var slice: TimeSlice?

        @Option(
            help: ArgumentHelp(
                "Add the articles to this corpus store (SQLite; created if missing) instead of writing a graph: "
                    + "only new or changed articles are extracted. Then 'relgraph graph --store FILE' (or any "
                    + "command's --store) reads any slice of it.",
                valueName: "file"))
        var store: String?

        @OptionGroup var articles: ArticleOptions

        func validate() throws {
            if store != nil, slice != nil {
                throw ValidationError(
                    "--slice applies to graph files; with --store, slice when reading: 'relgraph trends --store FILE --slice …'")
            }
        }

        func run() throws {
            if let slice { return try runSliced(slice) }
            if let store { return try runStore(store) }
            let start = Date()
            let display = articles.quiet ? nil : ProgressDisplay()
            let (graph, tally) = try Pipeline.build(
                inputs, options: articles.extractionOptions, lexicon: articles.lexicon, strict: articles.strict,
                fields: articles.fieldNames, format: articles.inputFormat, progress: display.map { d in { d.update($0) } })
            display?.finish()
            ArticleOptions.warn(tally.problems.map { $0.description })
            try Pipeline.write(graph, to: output)
            let seconds = Date().timeIntervalSince(start)
            let mb = Double(tally.bytes) / 1e6
            var line = "Read \(tally.articles) articles"
            if tally.skipped > 0 { line += " (skipped \(tally.skipped); see the warnings above)" }
            line += "; wrote \(graph.entities.count) entities and \(graph.relations.count) relations to \(output)"
            print(line)
            if !articles.quiet {
                ErrorReporting.note(
                    String(format: "%.1f MB in %.1f s (%.1f MB/s)", mb, seconds, seconds > 0 ? mb / seconds : 0))
            }
        }

        /// `--slice`: one graph file per period with articles.
        func runSliced(_ slice: TimeSlice) throws {
            let fold = try articles.periodGraphs(inputs, slice: slice)
            let base = output.hasSuffix(".relgraph.json") ? String(output.dropLast(".relgraph.json".count)) : output
            var written = 0
            for (period, graph) in fold.periods where !graph.articles.isEmpty {
                try Pipeline.write(graph, to: "\(base).\(period).relgraph.json")
                written += 1
            }
            let dated = fold.periods.reduce(0) { $0 + $1.graph.articles.count }
            var line = "Read \(dated) dated articles; wrote \(written) graphs, one per \(slice.rawValue), to \(base).*.relgraph.json"
            if fold.undated > 0 { line += " (\(fold.undated) undated articles left out)" }
            print(line)
        }

        /// `--store`: add what is new to the store.
        func runStore(_ store: String) throws {
            let start = Date()
            let display = articles.quiet ? nil : ProgressDisplay()
            let summary = try Pipeline.store(
                inputs, into: store, options: articles.extractionOptions, lexicon: articles.lexicon,
                strict: articles.strict, fields: articles.fieldNames, format: articles.inputFormat,
                progress: display.map { d in { d.update($0) } })
            display?.finish()
            ArticleOptions.warn(summary.problems)
            var line =
                "Read \(summary.read) articles: \(summary.added) added, \(summary.replaced) replaced, "
                + "\(summary.unchanged) unchanged"
            if summary.skipped > 0 { line += ", \(summary.skipped) skipped (see the warnings above)" }
            print(line + "; \(store) holds \(summary.total) articles")
            if !articles.quiet {
                let seconds = Date().timeIntervalSince(start)
                let mb = Double(summary.bytes) / 1e6
                ErrorReporting.note(
                    String(format: "%.1f MB in %.1f s (%.1f MB/s)", mb, seconds, seconds > 0 ? mb / seconds : 0))
            }
        }
    }
}
