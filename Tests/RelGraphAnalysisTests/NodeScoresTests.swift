import RelGraphAnalysis
import Testing

@Suite("NodeScores and PathWeighting")
struct NodeScoresTests {
    @Test("Ranking: descending score, ties by ascending index (documented example)")
    func ranking() {
        let s = NodeScores(values: [0.5, 2, 0.5, 1])
        #expect(s.ranking() == [1, 3, 0, 2])
        #expect(s.count == 4)
        #expect(s[1] == 2)
        #expect(NodeScores(values: []).ranking().isEmpty)
    }

    @Test("Weightings have stable raw values")
    func weightings() {
        #expect(PathWeighting.allCases.map(\.rawValue) == ["reciprocal", "length", "unweighted"])
        #expect(PathWeighting(rawValue: "length") == .length)
        #expect(BetweennessOptions().weighting == .reciprocal)
        #expect(BetweennessOptions().normalized)
        #expect(PageRankOptions().damping == 0.85)
        #expect(
            LouvainOptions()
                == LouvainOptions(resolution: 1, seed: 42, restarts: 1, tolerance: 1e-10))
    }
}
