import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// The disparity filter against NetworKit's MultiscaleScore and hand-worked cases.
@Suite struct DisparityFilterTests {
    struct Fixture: Decodable {
        struct Edge: Decodable {
            var source: String
            var target: String
            var weight: Double
            var networkit_p: Double
            var closed_form_p: Double
        }
        var graph: String
        var nodes: Int
        var edges: [Edge]
    }

    static func load(_ name: String) throws -> (Fixture, WeightedGraph, [String: Int]) {
        let data = try Data(contentsOf: TestPaths.fixture("backbone/\(name).json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: data)
        let names = Set(fixture.edges.flatMap { [$0.source, $0.target] }).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let graph = WeightedGraph(
            nodeCount: names.count,
            edges: fixture.edges.map {
                (Int32(index[$0.source]!), Int32(index[$0.target]!), $0.weight)
            })
        return (fixture, graph, index)
    }

    @Test(arguments: ["karate", "lesmis"])
    func pValuesEqualNetworKit(_ name: String) throws {
        let (fixture, graph, index) = try Self.load(name)
        #expect(graph.nodeCount == fixture.nodes)
        let filter = graph.disparityFilter()
        #expect(filter.edges.count == fixture.edges.count)
        for e in fixture.edges {
            let p = try #require(filter.pValue(index[e.source]!, index[e.target]!))
            #expect(abs(p - e.networkit_p) <= 1e-12, "\(e.source)–\(e.target)")
            #expect(abs(p - e.closed_form_p) <= 1e-15, "\(e.source)–\(e.target)")
        }
    }

    /// backbone_check.py: at α = 0.05 Les Misérables keeps 9 edges and karate none.
    @Test(arguments: [("karate", 0), ("lesmis", 9)])
    func backboneSizesMatchNetworKit(_ name: String, _ kept: Int) throws {
        let (fixture, graph, _) = try Self.load(name)
        let backbone = try graph.disparityFilter().backbone(alpha: 0.05)
        #expect(backbone.count == kept)
        #expect(backbone.count == fixture.edges.filter { $0.networkit_p < 0.05 }.count)
    }

    /// ```
    ///        a
    ///        | 8
    ///   b -1- c -1- d        s(c) = 10, k(c) = 3
    /// ```
    /// p(c, a) = (1 − 0.8)² = 0.04; p(c, b) = p(c, d) = 0.9² = 0.81 (leaves have k = 1, α = 1).
    @Test func starByHand() throws {
        let g = WeightedGraph(nodeCount: 4, edges: [(2, 0, 8), (2, 1, 1), (2, 3, 1)])
        let filter = g.disparityFilter()
        #expect(abs(filter.pValue(0, 2)! - 0.04) < 1e-15)
        #expect(abs(filter.pValue(2, 1)! - 0.81) < 1e-15)
        #expect(abs(filter.pValue(3, 2)! - 0.81) < 1e-15)
        #expect(filter.pValue(0, 1) == nil)
        let backbone = try filter.backbone(alpha: 0.05)
        #expect(backbone.map { [$0.source, $0.target] } == [[0, 2]])
        #expect(try filter.backbone(alpha: 1).count == 3)
    }

    @Test func isolatedEdgeIsNeverSignificant() throws {
        let g = WeightedGraph(nodeCount: 2, edges: [(0, 1, 5)])
        #expect(g.disparityFilter().pValue(0, 1) == 1)
        #expect(try g.disparityFilter().backbone(alpha: 1).isEmpty)
    }

    @Test func uniformWeightsGiveTheUnweightedValue() {
        // K4 with any constant weight: every α = (1 − 1/3)² = 4/9.
        for w in [1.0, 7.5] {
            let edges: [(Int32, Int32, Double)] = [
                (0, 1, w), (0, 2, w), (0, 3, w), (1, 2, w), (1, 3, w), (2, 3, w),
            ]
            let filter = WeightedGraph(nodeCount: 4, edges: edges).disparityFilter()
            #expect(filter.edges.allSatisfy { abs($0.pValue - 4.0 / 9.0) < 1e-15 })
        }
    }

    @Test func emptyGraphHasNoEdges() throws {
        let filter = WeightedGraph(nodeCount: 3, edges: []).disparityFilter()
        #expect(filter.edges.isEmpty)
        #expect(try filter.backbone(alpha: 0.05).isEmpty)
    }

    @Test(arguments: [0.0, -0.1, 1.5, Double.nan, .infinity])
    func alphaOutsideTheUnitIntervalThrows(_ alpha: Double) {
        let g = WeightedGraph(nodeCount: 2, edges: [(0, 1, 1)])
        #expect(
            throws: AnalysisError.invalidOption(
                name: "alpha", value: "\(alpha)", expected: "a significance level in (0, 1]")
        ) {
            try g.disparityFilter().backbone(alpha: alpha)
        }
    }
}
