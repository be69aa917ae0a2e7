import ArgumentParser
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph communities`: blocs and modularity.
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "communities",
            abstract: "Find the communities (blocs) of a graph and print their members.",
            discussion: """
                Algorithms: leiden (default; Traag, Waltman and van Eck 2019: maximises modularity \
                with resolution G and guarantees connected communities), louvain (Blondel et al. \
                2008), label-propagation (Raghavan et al. 2007; ignores --resolution). Weights are \
                tie strengths. Modularity is NetworkX's: sum over communities of \
                L_c/m - G (d_c/2m)^2. The same seed gives the same communities on any number of \
                threads. Members are listed by decreasing PageRank.

                JSON (stable field names): {modularity, algorithm, resolution, seed, count, \
                communities: [{id, size, members, internalWeight, externalWeight, \
                strongestLinks: [{community, weight}]}], nodes: [{node, name, community}]}.
                """)

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv).")
        var graph: String?

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Algorithm: \(choices(CommunityAlgorithm.self)).")
        var algorithm: CommunityAlgorithm = .leiden

        @Option(help: "Modularity resolution G (> 1: more, smaller communities).")
        var resolution: Double = 1

        @Option(help: "Random seed; the same seed gives the same communities.")
        var seed: UInt64 = 42

        @Option(
            help: """
                Leiden and Louvain: run from N seeds (the first is --seed) and keep the highest \
                modularity, on every thread (default: Leiden 16 runs up to 1,000 nodes, else 1; \
                Louvain 1).
                """)
        var restarts: Int?

        @Option(help: "Worker threads (default: all cores). Output does not depend on it.")
        var threads: Int?

        @OptionGroup var relationOptions: RelationOptions

        @Option(help: "Output format: \(choices(Pipeline.CommunityFormat.self)).")
        var format: Pipeline.CommunityFormat = .text

        func validate() throws {
            try storeOptions.requireOne(of: graph, named: "graph")
            if let threads, threads < 1 { throw ValidationError("Threads '\(threads)' must be at least 1") }
            if let restarts, restarts < 1 { throw ValidationError("Restarts '\(restarts)' must be at least 1") }
        }

        func run() throws {
            try Pipeline.communities(
                of: try loadLabeledGraph(graph, store: storeOptions, relations: relationOptions.kinds), algorithm: algorithm,
                resolution: resolution, seed: seed, restarts: restarts,
                threads: threads, format: format
            ) { print($0, terminator: "") }
        }
    }
}
