import ArgumentParser
import RelGraphAnalysis
import RelGraphCore
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph actors`: the key-actor table.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the key actors of a graph.",
            discussion: """
                Measures (NetworkX conventions): degree, strength (sum of tie strengths), pagerank \
                (weighted, damping 0.85, sums to 1), betweenness (normalised by 2/((n-1)(n-2))), \
                closeness (Wasserman-Faust), harmonic (sum of 1/d), eigenvector (weighted, unit \
                length), coreness (k-core number, weights ignored), clustering (local, unweighted).

                Weights are tie strengths. Path-based measures (betweenness, closeness, harmonic) \
                read an edge of weight w as a path of length 1/w by default, so strong ties are \
                short; --weighting length uses w itself as the length, --weighting unweighted \
                counts hops. On graphs where n*(n+m) > 2e9 these three are estimated from a sample \
                of sources (the JSON output gives the number and the error bound); --exact forces \
                exact values, --sources N samples N sources.

                A broker lies on far more shortest paths than its number of ties suggests: \
                betweenness in the top quarter and betweenness percentile minus degree percentile \
                >= 0.25. Communities come from --algorithm (Leiden by default), 0 the largest.

                JSON (stable field names): {nodeCount, edgeCount, modularity, algorithm, \
                resolution, seed, weighting, measures, betweenness: {sources, exact, errorBound}, \
                distance: {sources, exact}, nodes: [{rank, node, name, kind, country, degree, \
                strength, pagerank, betweenness, closeness, harmonic, eigenvector, coreness, \
                clustering, community, communityRank, kindRank, brokerage, broker}]}; measures not \
                computed are null. CSV has the same columns.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv: source, target, weight).")
        var graph: String

        @Option(help: "Rank by: \(ActorReport.Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
        var by: ActorReport.Measure = .pagerank

        @Option(help: ArgumentHelp(
            "Comma-separated measures to compute (default: all). Degree, strength and pagerank are always included.",
            valueName: "list"))
        var measures: String?

        @Option(help: "How many rows to print.")
        var top: Int = 20

        @Flag(help: "Print every node.")
        var all = false

        @Option(help: "Only nodes of this kind (person, country, issue, organization, other).")
        var kind: String?

        @Option(help: "Only nodes of this community.")
        var community: Int?

        @Flag(help: "Only nodes flagged as brokers.")
        var brokers = false

        @Option(help: "Path lengths: reciprocal (1/weight, default), length (weight), unweighted (hops).")
        var weighting: PathWeighting = .reciprocal

        @Flag(help: "Compute betweenness, closeness and harmonic exactly on any graph size.")
        var exact = false

        @Option(help: "Estimate betweenness, closeness and harmonic from this many sampled sources.")
        var sources: Int?

        @Option(help: "Community algorithm: leiden, louvain, label-propagation.")
        var algorithm: ActorReport.CommunityAlgorithm = .leiden

        @Option(help: "Modularity resolution for leiden and louvain (> 1: smaller communities).")
        var resolution: Double = 1

        @Option(help: "Random seed for communities and sampling; the same seed gives the same output.")
        var seed: UInt64 = 42

        @Option(help: "Worker threads (default: all cores). Output does not depend on it.")
        var threads: Int?

        @Option(help: ArgumentHelp(
            "Personalise PageRank on this actor (name, id or ISO code; repeatable): the graph as seen from it.",
            valueName: "name"))
        var seenFrom: [String] = []

        @Option(help: "Output format: table, csv, json.")
        var format: Format = .table

        func validate() throws {
            guard top >= 1 else { throw ValidationError("Top '\(top)' must be at least 1") }
            if let threads, threads < 1 { throw ValidationError("Threads '\(threads)' must be at least 1") }
            if let sources, sources < 1 { throw ValidationError("Sources '\(sources)' must be at least 1") }
            if exact && sources != nil { throw ValidationError("--exact and --sources cannot be combined") }
            guard resolution.isFinite, resolution >= 0 else {
                throw ValidationError("Resolution '\(resolution)' is not valid; expected a number >= 0")
            }
            _ = try parsedMeasures()
            _ = try parsedKind()
        }

        func parsedMeasures() throws -> Set<ActorReport.Measure> {
            guard let measures else { return Set(ActorReport.Measure.allCases) }
            var set: Set<ActorReport.Measure> = []
            for name in measures.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard let m = ActorReport.Measure(rawValue: name.lowercased()) else {
                    throw ValidationError(
                        "Measure '\(name)' is not known; expected \(ActorReport.Measure.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                set.insert(m)
            }
            return set
        }

        func parsedKind() throws -> EntityKind? {
            guard let kind else { return nil }
            let kinds = try parseKinds(kind)
            guard kinds.count == 1 else { throw ValidationError("Kind '\(kind)' names \(kinds.count) kinds; give one") }
            return kinds.first
        }

        func run() throws {
            let g = try loadLabeledGraph(graph)
            var roots: [Int] = []
            for name in seenFrom {
                let found = g.entities(named: name)
                guard !found.isEmpty else {
                    throw ValidationError("Actor '\(name)' for --seen-from is not in the graph")
                }
                roots += found
            }
            let sampling: SourceSampling? =
                exact ? .exact : sources.map { .sources(count: $0, seed: seed) }
            let options = ActorReport.Options(
                rankBy: by, measures: try parsedMeasures(), weighting: weighting, algorithm: algorithm,
                resolution: resolution, seed: seed, sampling: sampling, threads: threads,
                seenFrom: roots)
            var report: ActorReport?
            try ErrorReporting.run { () throws(PipelineError) in report = try ActorReport(graph: g, options: options) }
            let shown = report!.selecting(kind: try parsedKind(), community: community, brokersOnly: brokers)
            let limit = all ? nil : top
            switch format {
            case .table: print(shown.table(limit: limit), terminator: "")
            case .csv: print(shown.csv(limit: limit), terminator: "")
            case .json: shown.writeJSON(limit: limit) { print($0, terminator: "") }
            }
        }
    }
}

/// Loads a graph argument for analysis only (entities and adjacency; edge lists skip the full
/// graph model), printing skipped lines.
func loadLabeledGraph(_ path: String) throws -> LabeledGraph {
    var warnings: [String] = []
    var graph: LabeledGraph?
    try ErrorReporting.run { () throws(PipelineError) in
        graph = try GraphInput.loadLabeled(path, warnings: &warnings)
    }
    for w in warnings { ErrorReporting.warn(w) }
    return graph!
}

extension ActorReport.Measure: ExpressibleByArgument {}
extension ActorReport.CommunityAlgorithm: ExpressibleByArgument {}
extension PathWeighting: ExpressibleByArgument {}
