import ArgumentParser
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph actors`: the key-actor table.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "Rank the key actors of a graph.",
            discussion: """
                Measures (NetworkX conventions):
                \(ActorMeasures.help)

                Weights are tie strengths. Path-based measures (betweenness, closeness, harmonic) \
                read an edge of weight w as a path of length 1/w by default, so strong ties are \
                short; --weighting length uses w itself as the length, --weighting unweighted \
                counts hops. On graphs where n*(n+m) > 2e9 these three are estimated from a sample \
                of sources (the JSON output gives the number and the error bound); --exact forces \
                exact values, --sources N samples N sources. Closeness and harmonic are scaled to \
                [0, 1] by counting path lengths in units of the strongest tie (harmonic also divided \
                by n-1); --raw-distances gives NetworkX's unscaled values. Communities come from \
                --algorithm (Leiden by default), 0 the largest.

                A broker (--brokers, the Broker column) has betweenness >= 0.01 (it lies on at \
                least 1% of the shortest paths between other actors) and ties into two or more \
                communities: it connects blocs.

                JSON (stable field names): {nodeCount, edgeCount, modularity, algorithm, \
                resolution, seed, weighting, measures, betweenness: {sources, exact, errorBound}, \
                distance: {sources, exact}, nodes: [{rank, node, name, kind, country, \
                <each measure>, community, communityRank, kindRank, broker, affiliationSource}]}; \
                measures not computed are null, and so are modularity, algorithm, community, \
                communityRank and broker when communities were not computed (--measures without \
                community). CSV has the same columns.
                """)

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv: source, target, weight).")
        var graph: String?

        @OptionGroup var storeOptions: StoreOptions

        @Option(
            help: "Rank by: \(choices(MeasureName.self)) (default: pagerank, or the first of --measures without it).")
        var by: MeasureName?

        @Option(
            help: ArgumentHelp(
                "Comma-separated measures to compute (default: all, and communities): "
                    + "\(choices(MeasureName.self)), and community for the communities. Only these are computed "
                    + "(with --by, and communities for --community or --brokers).",
                valueName: "list"),
            transform: { try MeasureChoice.parseList($0) })
        var measures: [MeasureChoice]?

        @Option(help: "How many rows to print.")
        var top: Int = 20

        @Flag(help: "Print every node.")
        var all = false

        @Option(help: "Only nodes of this kind: \(choices(EntityKind.self)).")
        var kind: EntityKind?

        @Option(help: "Only nodes of this community.")
        var community: Int?

        @Flag(help: "Only brokers: betweenness >= 0.01 and ties into two or more communities.")
        var brokers = false

        @Option(help: "Path lengths: \(choices(PathWeighting.self)) (reciprocal = 1/weight, the default).")
        var weighting: PathWeighting = .reciprocal

        @Option(help: "Where PageRank's walk restarts: articles (in proportion to the articles naming each actor, the default) or uniform.")
        var restart: ActorOptions.Restart = .articles

        @Flag(help: "Closeness and harmonic centrality unscaled (NetworkX's values) instead of in [0, 1].")
        var rawDistances = false

        @Flag(help: "Compute betweenness, closeness and harmonic exactly on any graph size.")
        var exact = false

        @Option(help: "Estimate betweenness, closeness and harmonic from this many sampled sources.")
        var sources: Int?

        @Option(help: "Community algorithm: \(choices(CommunityAlgorithm.self)).")
        var algorithm: CommunityAlgorithm = .leiden

        @Option(help: "Modularity resolution for leiden and louvain (> 1: smaller communities).")
        var resolution: Double = 1

        @Option(help: "Random seed for communities and sampling; the same seed gives the same output.")
        var seed: UInt64 = 42

        @Option(help: "Worker threads (default: all cores). Output does not depend on it.")
        var threads: Int?

        @Option(
            help: ArgumentHelp(
                "Personalise PageRank on this actor (name, id or ISO code; repeatable): the graph as seen from it.",
                valueName: "name"))
        var seenFrom: [String] = []

        @OptionGroup var relationOptions: RelationOptions

        @Option(help: "Output format: \(choices(Pipeline.ActorFormat.self)).")
        var format: Pipeline.ActorFormat = .table

        func validate() throws {
            try storeOptions.requireOne(of: graph, named: "graph")
            guard top >= 1 else { throw ValidationError("Top '\(top)' must be at least 1") }
            if let threads, threads < 1 { throw ValidationError("Threads '\(threads)' must be at least 1") }
            if let sources, sources < 1 { throw ValidationError("Sources '\(sources)' must be at least 1") }
            if exact && sources != nil { throw ValidationError("--exact and --sources cannot be combined") }
        }

        func run() throws {
            let g = try loadLabeledGraph(graph, store: storeOptions, relations: relationOptions.kinds)
            let asked = measures?.compactMap(\.measure)
            var computed = Set(asked ?? MeasureName.allCases)
            if brokers { computed.insert(.betweenness) }
            let rankBy = by ?? (asked.map { $0.contains(.pagerank) ? .pagerank : $0.first } ?? .pagerank) ?? .pagerank
            let options = ActorOptions(
                rankBy: rankBy, measures: computed, weighting: weighting,
                algorithm: algorithm, resolution: resolution, seed: seed,
                sampling: exact ? .exact : sources.map { .sources(count: $0, seed: seed) }, threads: threads,
                seenFrom: try Pipeline.nodes(named: seenFrom, in: g, option: "seen-from"), rawDistances: rawDistances, restart: restart,
                communities: measures == nil || measures?.contains(.community) == true || community != nil || brokers)
            try Pipeline.actors(
                of: g, options: options,
                selection: .init(kind: kind, community: community, brokersOnly: brokers, limit: all ? nil : top),
                format: format, warn: ErrorReporting.warn
            ) { print($0, terminator: "") }
        }
    }
}

/// One item of `actors --measures`: a measure, or `community` for the communities.
enum MeasureChoice: Equatable {
    case measure(MeasureName)
    case community

    /// The measure, or `nil` for `community`.
    var measure: MeasureName? {
        if case .measure(let m) = self { return m }
        return nil
    }

    /// Parses a comma-separated list (`degree,pagerank,community`).
    /// - Throws: `ValidationError` (exit 64) naming the value that is not accepted and the
    ///   accepted ones.
    static func parseList(_ text: String) throws -> [MeasureChoice] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map {
            if ["community", "communities"].contains($0.lowercased()) { return .community }
            guard let m = MeasureName(argument: $0) else {
                throw ValidationError(
                    "Value '\($0)' for --measures is not valid; expected \(choices(MeasureName.self)), community")
            }
            return .measure(m)
        }
    }
}
