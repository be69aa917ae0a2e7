import ArgumentParser
import Foundation
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph run`: the whole pipeline into an output folder.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run the whole pipeline: extract, analyse, export DOT and render.",
            discussion: """
                Writes NAME.relgraph.json, NAME.actors.csv, NAME.communities.json, NAME.dot, one
                rendering per format and (--report) NAME.html into the output folder, each
                atomically. Diagrams of more than 60 entities show the 60 most important and the
                relations of weight >= 2 (two articles) unless --top/--min-weight/--backbone say
                otherwise; the graph file and tables keep everything.
                With no input, reads the bundled examples in Examples/articles (run from the
                repository root).
                """)

        @Argument(help: "Article files or folders (.txt, .md, .jsonl, .json). Default: Examples/articles.")
        var inputs: [String] = []

        @Option(name: .shortAndLong, help: "Output folder.")
        var out: String = "Graphs"

        @Option(help: "Base name of the output files (default: 'examples', or the first input's name).")
        var name: String?

        @Option(
            help: ArgumentHelp("Rendered formats, comma-separated: \(choices(OutputFormat.self)).", valueName: "list"),
            transform: { try parseList($0, option: "formats") as [OutputFormat] })
        var formats: [OutputFormat] = [.svg]

        @Option(help: "Layout engine: \(choices(LayoutEngine.self)) (default: chosen by size).")
        var layout: LayoutEngine?

        @Flag(help: "Write no sentences or titles from the articles (only names, counts and dates).")
        var noEvidence = false

        @Flag(help: "Also write NAME.html: the diagram with zoom and pan, key actors, communities and evidence.")
        var report = false

        @Option(help: "Draw only the N most important entities (default: 60 for graphs above 60 entities).")
        var top: Int?

        @Option(help: "Draw only relations at least this heavy (default: 2 for graphs above 60 entities, else 1).")
        var minWeight: Double?

        @Option(help: "Draw only the disparity-filter backbone at this significance level, e.g. 0.05.")
        var backbone: Double?

        @OptionGroup var relationOptions: RelationOptions

        @OptionGroup var articles: ArticleOptions

        func run() throws {
            var inputs = inputs
            var name = name
            if inputs.isEmpty {
                guard FileManager.default.fileExists(atPath: "Examples/articles") else {
                    throw ValidationError(
                        "No input given and 'Examples/articles' not found; run from the repository root or name the articles")
                }
                inputs = ["Examples/articles"]
                name = name ?? "examples"
            }
            let base = name ?? URL(fileURLWithPath: inputs[0]).deletingPathExtension().lastPathComponent
            var filter: DiagramFilter?
            if top != nil || minWeight != nil || backbone != nil {
                filter = DiagramFilter(top: top, minWeight: minWeight ?? 1, backbone: backbone)
            }
            let s = try Pipeline.run(
                inputs: inputs, outputFolder: out, name: base, formats: formats, layout: layout,
                filter: filter, evidence: !noEvidence, options: articles.extractionOptions, lexicon: articles.lexicon,
                strict: articles.strict, fields: articles.fieldNames, format: articles.inputFormat, report: report,
                relations: relationOptions.kinds)
            for p in s.problems { ErrorReporting.warn(p) }
            let kinds = Dictionary(grouping: s.graph.entities, by: \.kind).mapValues(\.count)
            print(
                "Read \(s.articles) articles\(s.skipped > 0 ? " (\(s.skipped) skipped)" : "");"
                    + " graph: \(s.graph.entities.count) entities (\(kinds[.person] ?? 0) people, \(kinds[.country] ?? 0) countries, \(kinds[.issue] ?? 0) issues),"
                    + " \(s.graph.relations.count) relations, \(s.actors.communityPartition.count) communities")
            print("\nKey actors:")
            print(Pipeline.actorTable(s.actors, limit: 10), terminator: "")
            print("\nWrote:")
            for f in s.files { print("  \(f)") }
        }
    }
}
