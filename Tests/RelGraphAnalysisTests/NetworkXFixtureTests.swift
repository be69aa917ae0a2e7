import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Compares with the NetworkX values committed in `Tests/Fixtures/analysis/` (made by
/// `make_expected.py` with networkx 3.6.1; each JSON file records the exact calls). These run
/// without `../shared`.
@Suite("NetworkX fixtures")
struct NetworkXFixtureTests {
    static let graphs = ["karate", "kite", "florentine"]

    struct Fixture {
        var loaded: TestGraphs.Loaded
        var doc: [String: Any]
        var graph: WeightedGraph { loaded.graph }

        init(_ name: String) throws {
            loaded = try TestGraphs.load(TestPaths.fixture("analysis/\(name).tsv"))
            doc = try TestGraphs.json(TestPaths.fixture("analysis/\(name).expected.json"))
            #expect(doc["networkx"] as? String == "3.6.1")
            #expect(doc["n"] as? Int == loaded.graph.nodeCount)
            #expect(doc["m"] as? Int == loaded.graph.edgeCount)
        }

        func expected(_ key: String) throws -> [Double] {
            try TestGraphs.scores(doc, key, loaded)
        }
    }

    @Test("Degree centrality and strength", arguments: graphs)
    func degree(_ name: String) throws {
        let f = try Fixture(name)
        TestGraphs.expectClose(
            f.graph.degreeCentrality().values, try f.expected("degree_centrality"), relative: 1e-15,
            absolute: 0, "degree", names: f.loaded.names)
        #expect(f.graph.strengths().values == (try f.expected("strength")))
    }

    @Test("Weighted PageRank", arguments: graphs)
    func pageRank(_ name: String) throws {
        let f = try Fixture(name)
        TestGraphs.expectClose(
            try f.graph.pageRank().values, try f.expected("pagerank"), relative: 1e-9,
            absolute: 1e-10,
            "pagerank", names: f.loaded.names)
    }

    @Test("Personalized PageRank", arguments: graphs)
    func personalizedPageRank(_ name: String) throws {
        let f = try Fixture(name)
        let byName = try #require(f.doc["pagerank_personalization"] as? [String: Double])
        var personalization: [Int: Double] = [:]
        for (node, value) in byName { personalization[try #require(f.loaded.index[node])] = value }
        TestGraphs.expectClose(
            try f.graph.pageRank(.init(personalization: personalization)).values,
            try f.expected("pagerank_personalized"), relative: 1e-9, absolute: 1e-10,
            "personalized", names: f.loaded.names)
    }

    @Test("Unweighted betweenness, closeness and harmonic", arguments: graphs)
    func unweightedPathMeasures(_ name: String) throws {
        let f = try Fixture(name)
        let g = f.graph
        TestGraphs.expectClose(
            try g.betweenness(.init(weighting: .unweighted)).values,
            try f.expected("betweenness_unweighted"),
            relative: 1e-12, absolute: 1e-14, "betweenness", names: f.loaded.names)
        TestGraphs.expectClose(
            try g.closeness(weighting: .unweighted).values, try f.expected("closeness_unweighted"),
            relative: 1e-12, absolute: 1e-14, "closeness", names: f.loaded.names)
        TestGraphs.expectClose(
            try g.harmonic(weighting: .unweighted).values, try f.expected("harmonic_unweighted"),
            relative: 1e-12, absolute: 1e-14, "harmonic", names: f.loaded.names)
    }

    @Test(
        "Modularity of NetworkX's greedy partition; Louvain does at least as well",
        arguments: graphs)
    func modularity(_ name: String) throws {
        let f = try Fixture(name)
        let membership = try #require(f.doc["greedy_modularity_communities"] as? [String: Int])
        let assignment = try f.loaded.names.map { try #require(membership[$0]) }
        let greedy = Partition(assignment: assignment)
        let expected = try #require(f.doc["greedy_modularity"] as? Double)
        let q = try f.graph.modularity(of: greedy)
        #expect(abs(q - expected) < 1e-12)
        let louvain = try f.graph.modularity(of: f.graph.louvain(.init(restarts: 5)))
        #expect(louvain >= expected - 1e-12)
    }
}
