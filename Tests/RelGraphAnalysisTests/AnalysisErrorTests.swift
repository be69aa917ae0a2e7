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
        let g = TestGraphs.star(leaves: 5)
        #expect(
            throws: AnalysisError.didNotConverge(
                measure: "pagerank", iterations: 3, tolerance: 1e-15)
        ) {
            try g.pageRank(.init(maxIterations: 3))
        }
        // With a loose tolerance a few iterations suffice.
        _ = try g.pageRank(.init(tolerance: 1e-2, maxIterations: 50))
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
}
