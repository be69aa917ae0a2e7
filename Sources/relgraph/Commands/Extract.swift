import ArgumentParser
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph extract`: per-article entities and relations.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the entities and relations of each article.",
            discussion: """
                --format jsonl writes one JSON object per article:
                {"id", "title", "date", "entities": [{"name", "kind", "iso3"?, "affiliation"?, "aliases", "mentions"}],
                 "relations": [{"source", "target", "weight", "tone"}]}
                where source/target are entity names and tone is cooperation, conflict or neutral.
                """)

        /// An output format of `extract`.
        enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, text }

        @Argument(help: "Article files or folders (.txt, .md, .jsonl, .json, .csv, .tsv, .html), or - for standard input.")
        var inputs: [String]

        @Option(help: "Output format: \(choices(Format.self)).")
        var format: Format = .text

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var articles: ArticleOptions

        func run() throws {
            let input = try articles.read(inputs)
            let text: String
            switch format {
            case .jsonl:
                text = input.jsonLines
            case .text:
                text = input.extractions.map { x in
                    var s = "\(x.article.id)\(x.article.title.map { " — \($0)" } ?? "")\n"
                    for e in x.entities {
                        let extra = [e.iso3, e.affiliation.map { "affiliation \($0)" }].compactMap { $0 }
                        s += "  \(e.kind.rawValue): \(e.name)\(extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))") ×\(e.mentions)\n"
                    }
                    s += "  \(x.relations.count) relations\n"
                    return s
                }.joined(separator: "\n")
            }
            try Pipeline.emit(text, to: output == "-" ? nil : output)
        }
    }
}
