import RelGraphAnalysis
import RelGraphCore
import Testing

@Suite("Errors")
struct AnalysisErrorTests {
    static let messages: [(AnalysisError, String)] = [
        (
            .emptyGraph(measure: "modularity"),
            "Measure 'modularity' is undefined on a graph without edges"
        ),
        (
            .didNotConverge(measure: "pagerank", iterations: 100, tolerance: 1e-15),
            "Measure 'pagerank' did not converge within '100' iterations to tolerance '1e-15'"
        ),
        (
            .invalidOption(name: "damping", value: "1.5", expected: "a number in [0, 1)"),
            "Invalid value '1.5' for option 'damping'; expected a number in [0, 1)"
        ),
    ]

    @Test("Exact messages", arguments: messages)
    func message(_ error: AnalysisError, _ expected: String) {
        #expect(error.description == expected)
        #expect("\(error)" == expected)
    }

    @Test("PageRank option validation")
    func pageRankOptions() {
        let g = TestGraphs.path3
        #expect(
            throws: AnalysisError.invalidOption(
                name: "damping", value: "1.0", expected: "a number in [0, 1)")
        ) {
            try g.pageRank(.init(damping: 1))
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "damping", value: "-0.1", expected: "a number in [0, 1)")
        ) {
            try g.pageRank(.init(damping: -0.1))
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "tolerance", value: "0.0", expected: "a finite number > 0")
        ) {
            try g.pageRank(.init(tolerance: 0))
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "maxIterations", value: "0", expected: "an integer ≥ 1")
        ) {
            try g.pageRank(.init(maxIterations: 0))
        }
        let weights = "finite weights ≥ 0, not all 0"
        #expect(
            throws: AnalysisError.invalidOption(
                name: "personalization", value: "-1.0", expected: weights)
        ) {
            try g.pageRank(.init(personalization: [0: -1]))
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "personalization", value: "0.0", expected: weights)
        ) {
            try g.pageRank(.init(personalization: [0: 0, 2: 0]))
        }
    }

    @Test("PageRank reports non-convergence")
    func pageRankConvergence() throws {
        // Conjugate gradients need about n/2 steps on a path of n nodes; 2 are not enough.
        let path = TestGraphs.make(12, unit: (0..<11).map { ($0, $0 + 1) })
        #expect(
            throws: AnalysisError.didNotConverge(
                measure: "pagerank", iterations: 2, tolerance: 1e-14)
        ) {
            try path.pageRank(.init(maxIterations: 2))
        }
        // With a loose tolerance a few iterations suffice.
        _ = try path.pageRank(.init(tolerance: 1e-2, maxIterations: 6))
    }

    @Test("Eigenvector: empty graph, bad options, non-convergence")
    func eigenvector() {
        #expect(throws: AnalysisError.emptyGraph(measure: "eigenvector")) {
            try TestGraphs.make(3, []).eigenvector()
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "tolerance", value: "-1.0", expected: "a finite number > 0")
        ) {
            try TestGraphs.path3.eigenvector(.init(tolerance: -1))
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "maxRestarts", value: "0", expected: "an integer ≥ 1")
        ) {
            try TestGraphs.path3.eigenvector(.init(maxRestarts: 0))
        }
        // One 30-step Lanczos cycle does not reach a residual of 1e-13 on 2,000 random nodes.
        var rng = SeededGenerator(seed: 3)
        let g = rng.graph(nodes: 2_000, edgeProbability: 0.003, maxWeight: 5)
        #expect(
            throws: AnalysisError.didNotConverge(
                measure: "eigenvector", iterations: 1, tolerance: 1e-13)
        ) {
            try g.eigenvector(.init(tolerance: 1e-13, maxRestarts: 1))
        }
        // A tolerance below rounding (64 ε √n, 1.1e-13 on 60 nodes) is raised to it: converges.
        let small = rng.graph(nodes: 60, edgeProbability: 0.1, maxWeight: 5)
        #expect(throws: Never.self) { try small.eigenvector(.init(tolerance: 1e-15)) }
    }

    @Test("Modularity: empty graph and bad resolution")
    func modularity() {
        #expect(throws: AnalysisError.emptyGraph(measure: "modularity")) {
            try TestGraphs.make(0, []).modularity(of: Partition(assignment: []))
        }
        #expect(
            throws: AnalysisError.invalidOption(
                name: "resolution", value: "-1.0", expected: "a finite number ≥ 0")
        ) {
            try TestGraphs.path3.modularity(of: .singletons(nodeCount: 3), resolution: -1)
        }
    }

    let finite = "a finite number ≥ 0"
    let count = "an integer ≥ 1"

    @Test("Community options throw instead of trapping, one wording per problem")
    func communityOptions() {
        let g = TestGraphs.path3
        let resolution = AnalysisError.invalidOption(name: "resolution", value: "-1.0", expected: finite)
        #expect(throws: resolution) { try g.leiden(.init(resolution: -1)) }
        #expect(throws: resolution) { try g.louvain(.init(resolution: -1)) }
        #expect(throws: resolution) { try g.modularity(of: .singletons(nodeCount: 3), resolution: -1) }
        #expect(throws: resolution) { try AnalysisError.validateResolution(-1) }
        #expect(
            throws: AnalysisError.invalidOption(name: "resolution", value: "nan", expected: finite)
        ) { try g.leiden(.init(resolution: .nan)) }
        #expect(
            throws: AnalysisError.invalidOption(name: "resolution", value: "inf", expected: finite)
        ) { try g.louvain(.init(resolution: .infinity)) }
        #expect(
            throws: AnalysisError.invalidOption(name: "randomness", value: "-0.5", expected: finite)
        ) { try g.leiden(.init(randomness: -0.5)) }
        #expect(throws: AnalysisError.invalidOption(name: "maxIterations", value: "0", expected: count)) {
            try g.leiden(.init(maxIterations: 0))
        }
        #expect(throws: AnalysisError.invalidOption(name: "restarts", value: "0", expected: count)) {
            try g.leiden(.init(restarts: 0))
        }
        #expect(throws: AnalysisError.invalidOption(name: "restarts", value: "0", expected: count)) {
            try g.louvain(.init(restarts: 0))
        }
        let tolerance = AnalysisError.invalidOption(name: "tolerance", value: "-1.0", expected: "a number ≥ 0")
        #expect(throws: tolerance) { try g.leiden(.init(tolerance: -1)) }
        #expect(throws: tolerance) { try g.louvain(.init(tolerance: -1)) }
        #expect(throws: AnalysisError.invalidOption(name: "maxSweeps", value: "0", expected: count)) {
            try g.labelPropagation(.init(maxSweeps: 0))
        }
    }

    @Test("Thread counts and source counts below 1 throw")
    func threadsAndSources() {
        let g = TestGraphs.path3
        let threads = AnalysisError.invalidOption(name: "threads", value: "0", expected: count)
        #expect(throws: threads) { try g.leiden(.init(threads: 0)) }
        #expect(throws: threads) { try g.betweenness(.init(threads: 0)) }
        #expect(throws: threads) { try g.betweenness(.init(threads: 0), sampling: .sources(count: 1, seed: 1)) }
        #expect(throws: threads) { try g.closeness(threads: 0) }
        #expect(throws: threads) { try g.harmonic(threads: 0) }
        #expect(throws: threads) { try g.distanceCentralities(sampling: .exact, threads: 0) }
        #expect(throws: threads) { try AnalysisError.validateThreads(0) }
        #expect(throws: Never.self) { try AnalysisError.validateThreads(nil) }
        let sources = AnalysisError.invalidOption(name: "sources", value: "0", expected: count)
        #expect(throws: sources) { try g.betweenness(.init(), sampling: .sources(count: 0, seed: 1)) }
        #expect(throws: sources) { try g.distanceCentralities(sampling: .sources(count: 0, seed: 1)) }
    }
}
