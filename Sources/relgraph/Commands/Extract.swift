import ArgumentParser
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph extract`: per-article entities and relations.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print the entities and relations of each article.",
            discussion: """
                --format jsonl writes one JSON object per article, with names merged across the corpus:
                {"id", "title", "date", "entities": [{"name", "kind", "iso3"?, "affiliation"?, "aliases", "mentions"}],
                 "relations": [{"source", "target", "weight", "tone"}]}
                where source/target are entity names and tone is cooperation, conflict or neutral.

                --format edges-jsonl is the map stage of a distributed build: one complete record per
                article (entities, relations with tone counts and evidence), written as soon as the
                article is extracted, with nothing merged across articles. Run it on parts of a corpus
                (for example inside Spark's RDD.pipe, reading JSON Lines on standard input: '-'), then
                'relgraph merge' the records: the graph equals one 'relgraph build' over all of it.
                """)

        @Argument(help: "Article files or folders (.txt, .md, .jsonl, .json, .csv, .tsv, .html), or - for standard input.")
        var inputs: [String]

        @Option(help: "Output format: \(choices(Pipeline.ExtractFormat.self)).")
        var format: Pipeline.ExtractFormat = .text

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var articles: ArticleOptions

        func run() throws {
            let tally = try Pipeline.extract(
                inputs, format: format, to: output == "-" ? nil : output, options: articles.extractionOptions,
                lexicon: articles.lexicon, strict: articles.strict, fields: articles.fieldNames,
                input: articles.inputFormat)
            ArticleOptions.report(
                tally.problems.map { $0.description }, articles: tally.articles, skipped: tally.skipped)
        }
    }
}
