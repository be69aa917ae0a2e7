import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphExtraction

/// Folds extractions into one graph per period of their article's date.
///
/// Articles without a date that the slice can place (``RelGraphCore/TimeSlice/period(of:)``)
/// are counted in ``undated`` and left out. ``periods`` lists every period from the first to
/// the last dated article, the empty ones included (so that charts show the gaps).
public struct PeriodGraphs {
    /// The slice.
    public let slice: TimeSlice
    private var builders: [Period: EntityGraphBuilder] = [:]
    /// Articles left out for want of a usable date.
    public private(set) var undated = 0

    /// An empty fold by `slice`.
    public init(slice: TimeSlice) { self.slice = slice }

    /// Adds the extractions of one batch.
    public mutating func add(_ batch: [ArticleExtraction]) {
        for x in batch {
            guard let date = x.article.date, let p = slice.period(of: date) else {
                undated += 1
                continue
            }
            Extractor.add(x, to: &builders[p, default: EntityGraphBuilder()])
        }
    }

    /// The graph of every period from the first to the last, in order.
    /// - Complexity: O(*g* + *p*) for the graphs' sizes *g* and *p* periods.
    public var periods: [(period: Period, graph: EntityGraph)] {
        let keys = builders.keys.sorted()
        guard let first = keys.first, let last = keys.last else { return [] }
        return slice.periods(from: first, through: last).map { p in
            (p, (builders[p] ?? EntityGraphBuilder()).build())
        }
    }
}

extension Pipeline {
    /// An output of `relgraph trends`.
    public enum TrendsFormat: String, CaseIterable, Sendable {
        /// A table of ranks per period, then the strong ties that appeared or disappeared.
        case text
        /// Long CSV: `period,entity,name,kind,rank,pagerank` (``RelGraphExport/TrendsEncoder/csv(_:)``).
        case csv
        /// The strong ties that appeared or disappeared, as CSV.
        case changes
        /// An SVG line chart of the top actors (``RelGraphExport/TrendChartSVG``).
        case svg
        /// A dynamic GEXF graph whose nodes and edges have one spell per run of periods they
        /// exist in, for Gephi's timeline.
        case gexf
    }

    /// Reads and extracts the articles at `paths` (streaming, names merged across all of them)
    /// into one graph per period of `slice`.
    /// - Returns: the periods' graphs (``PeriodGraphs``) and what was read.
    /// - Throws: as ``ArticleInput/read(_:options:lexicon:strict:fields:format:)``.
    public static func periodGraphs(
        _ paths: [String], slice: TimeSlice, options: ExtractionOptions = .init(), lexicon: String? = nil,
        strict: Bool = false, fields: FieldNames = .init(), format: InputFormat? = nil,
        progress: ((ExtractionProgress) -> Void)? = nil
    ) throws(PipelineError) -> (periods: PeriodGraphs, tally: ExtractionTally) {
        var fold = PeriodGraphs(slice: slice)
        let tally = try ArticleInput.stream(
            paths, options: options, lexicon: lexicon, strict: strict, fields: fields, format: format,
            progress: progress
        ) { fold.add($0) }
        return (fold, tally)
    }

    /// How the rank and PageRank of the top actors move across `periods`, on the relations of
    /// `relations`.
    /// - Parameter focus: names of entities to show whatever their weight (resolved as
    ///   `--focus`, ``RelGraphCore/EntityLookup``).
    /// - Throws: ``PipelineError/name(option:_:)`` for a focus name that matches no entity,
    ///   ``PipelineError/analysis(_:)`` for options out of range,
    ///   ``PipelineError/emptyTrends(undated:)`` when no article has a usable date.
    public static func trends(
        of fold: PeriodGraphs, relations: Set<RelationKind> = RelationKind.rankingDefault,
        options: ActorTrends.Options = .init(), focus: [String] = []
    ) throws(PipelineError) -> (trends: ActorTrends, periods: [(period: Period, graph: EntityGraph)]) {
        let periods = fold.periods
        guard !periods.isEmpty else { throw .emptyTrends(undated: fold.undated) }
        let restricted = periods.map { (period: $0.period, graph: $0.graph.restricted(to: relations)) }
        var options = options
        if !focus.isEmpty {
            let entities = EntityGraph.unionEntities(restricted.map(\.graph))
            for name in focus {
                do throws(NameLookupError) {
                    options.focus.append(entities[try EntityLookup.resolve(name, in: entities)].id)
                } catch {
                    throw .name(option: "focus", error)
                }
            }
        }
        do { return (try ActorTrends(periods: restricted, options: options), restricted) } catch {
            throw .analysis(error)
        }
    }

    /// `trends` in `format`; `periods` is needed for ``TrendsFormat/gexf`` only.
    public static func render(
        _ trends: ActorTrends, as format: TrendsFormat, periods: [(period: Period, graph: EntityGraph)],
        chart: TrendChartSVG.Options = .init()
    ) -> String {
        switch format {
        case .text: return TrendsEncoder.text(trends)
        case .csv: return TrendsEncoder.csv(trends)
        case .changes: return TrendsEncoder.edgeChangesCSV(trends)
        case .svg: return TrendChartSVG.svg(trends, options: chart)
        case .gexf: return GEXFEncoder.encode(periods: periods)
        }
    }
}
