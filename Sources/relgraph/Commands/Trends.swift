import ArgumentParser
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph trends`: how the key actors and strong ties change across periods.
    struct Trends: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trends",
            abstract: "Show how the top actors' rank and PageRank move across weeks, months, quarters or years.",
            discussion: """
                The articles are split by the period of their date (--slice); each period's co-mention \
                graph is ranked by PageRank, as 'actors' ranks one graph. The lines shown are the --top \
                actors by PageRank summed over periods, each period weighted by its number of nodes \
                (--focus adds names). Strong ties (weight >= the period's 90th percentile and >= 2) that \
                appear or disappear between consecutive periods are listed after the table \
                (--format changes gives them as CSV). Articles without a date are left out and counted.

                Formats: text (ranks per period), csv (period,entity,name,kind,rank,pagerank), changes \
                (CSV of appeared/disappeared ties), svg (a line chart; --axis rank draws ranks with #1 \
                on top), gexf (one dynamic graph with a spell per period, for Gephi's timeline).
                """)

        @Argument(help: "Article files or folders (.txt, .md, .jsonl, .json, .csv, .tsv, .html), or - for standard input; or use --store.")
        var inputs: [String] = []

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Period length: \(choices(TimeSlice.self)).")
        var slice: TimeSlice = .month

        @Option(help: "How many actors to follow.")
        var top: Int = 10

        @Option(
            help: ArgumentHelp(
                "Only actors of these kinds, comma-separated: \(choices(EntityKind.self)).", valueName: "list"),
            transform: { try parseList($0, option: "kinds") as [EntityKind] })
        var kinds: [EntityKind]?

        @Option(help: ArgumentHelp("Also follow this actor (repeatable).", valueName: "name"))
        var focus: [String] = []

        @Option(help: "Output format: \(choices(Pipeline.TrendsFormat.self)).")
        var format: Pipeline.TrendsFormat = .text

        @Option(help: "The chart's vertical axis: \(choices(TrendChartAxis.self)).")
        var axis: TrendChartAxis = .pagerank

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var relationOptions: RelationOptions
        @OptionGroup var articles: ArticleOptions

        func validate() throws {
            if inputs.isEmpty != (storeOptions.store != nil) {
                throw ValidationError("Give article files or --store FILE (one of the two)")
            }
            if top < 1 { throw ValidationError("--top '\(top)' must be at least 1") }
        }

        /// The period graphs of the inputs or of the store slice.
        func periods() throws -> PeriodGraphs {
            if let request = storeOptions.request { return try Pipeline.periodGraphs(of: request, slice: slice) }
            let fold = try articles.periodGraphs(inputs, slice: slice)
            return fold
        }

        func run() throws {
            let fold = try periods()
            if fold.undated > 0 {
                ErrorReporting.note("\(fold.undated) article\(fold.undated == 1 ? "" : "s") without a usable date left out")
            }
            var options = TrendOptions(limit: top)
            options.kinds = kinds.map(Set.init)
            let (trends, periods) = try Pipeline.trends(
                of: fold, relations: relationOptions.kinds, options: options, focus: focus)
            var chart = TrendChartOptions()
            chart.axis = axis
            try Pipeline.emit(
                Pipeline.render(trends, as: format, periods: periods, chart: chart), to: output == "-" ? nil : output)
        }
    }
}
