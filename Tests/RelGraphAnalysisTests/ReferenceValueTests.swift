import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Compares with the exact reference values in `../shared/bench/graph/data/reference/`
/// (rational-arithmetic betweenness, closeness and harmonic with distance = 1/weight; PageRank
/// from a dense linear solve) and the proven modularity optima. Skipped when `../shared` is
/// absent, as in users' clones. Set `RELGRAPH_ANALYSIS_REPORT=1` to print the worst errors.
@Suite(
    "Exact reference values (../shared)",
    .enabled(if: TestPaths.sharedFile("bench/graph/data/reference/optimum.json") != nil)
)
struct ReferenceValueTests {
    static let graphs = [
        "karate", "karate_unweighted", "lesmis", "lesmis_unweighted", "florentine", "davis_women",
    ]
    static let report = ProcessInfo.processInfo.environment["RELGRAPH_ANALYSIS_REPORT"] == "1"

    static func load(_ name: String) throws -> (TestGraphs.Loaded, [String: Any]) {
        let tsv = try #require(TestPaths.sharedFile("bench/graph/data/\(name).tsv"))
        let json = try #require(TestPaths.sharedFile("bench/graph/data/reference/\(name).json"))
        let loaded = try TestGraphs.load(tsv)
        let doc = try TestGraphs.json(json)
        #expect(doc["n"] as? Int == loaded.graph.nodeCount)
        #expect(doc["m"] as? Int == loaded.graph.edgeCount)
        return (loaded, doc)
    }

    @Test(
        "Betweenness, closeness, harmonic (distance = 1/weight), PageRank and eigenvector",
        arguments: graphs)
    func centralities(_ name: String) throws {
        let (loaded, doc) = try Self.load(name)
        let g = loaded.graph
        let measures: [(String, [Double])] = [
            try ("betweenness", g.betweenness().values),
            try ("closeness", g.closeness().values),
            try ("harmonic", g.harmonic().values),
            ("pagerank", try g.pageRank().values),
            ("eigenvector", try g.eigenvector().values),
            try ("betweenness", g.betweenness(.init(threads: 1)).values),
            try ("betweenness", g.betweenness(.init(), sampling: .automatic()).scores.values),
            try ("closeness", g.distanceCentralities(sampling: .automatic()).closeness.values),
        ]
        for (key, actual) in measures {
            let worst = TestGraphs.expectClose(
                actual, try TestGraphs.scores(doc, key, loaded), relative: 1e-9, absolute: 1e-10,
                "\(name) \(key)", names: loaded.names)
            if Self.report { print("REPORT \(name) \(key) max relative error \(worst)") }
        }
    }

    /// The proven optimum (rounded to 6 d.p. in optimum.json) and its partition.
    static func optimum(_ name: String, _ loaded: TestGraphs.Loaded) throws -> (Double, Partition) {
        let url = try #require(TestPaths.sharedFile("bench/graph/data/reference/optimum.json"))
        let all = try TestGraphs.json(url)
        let entry = try #require(all[name] as? [String: Any])
        let optimum = try #require(entry["optimal_modularity"] as? Double)
        let membership = try #require(entry["membership"] as? [String: Int])
        return (optimum, Partition(assignment: try loaded.names.map { try #require(membership[$0]) }))
    }

    @Test(
        "Leiden reaches the proven optimum with connected communities, for several seeds",
        arguments: graphs)
    func leiden(_ name: String) throws {
        let (loaded, _) = try Self.load(name)
        let (optimum, best) = try Self.optimum(name, loaded)
        let g = loaded.graph
        for seed: UInt64 in [42, 0, 1] {
            let p = try g.leiden(.init(seed: seed))
            let q = try g.modularity(of: p)
            if Self.report { print("REPORT \(name) leiden seed \(seed) Q=\(q) optimum=\(optimum)") }
            #expect(q >= optimum - 5e-7, "\(name) seed \(seed): Q = \(q)")
            #expect(q <= optimum + 5e-7)
            #expect(p.count == best.count)
            #expect(LeidenTests.connected(g, p))
        }
        // Label propagation gives a valid partition with Q ≥ 0 and connected labels.
        let lp = try g.labelPropagation()
        #expect(LeidenTests.connected(g, lp))
        #expect(try g.modularity(of: lp) >= 0)
    }

    @Test(
        "Louvain comes close to the proven optimum; modularity matches at the optimum",
        arguments: graphs)
    func louvain(_ name: String) throws {
        let (loaded, _) = try Self.load(name)
        let url = try #require(TestPaths.sharedFile("bench/graph/data/reference/optimum.json"))
        let all = try TestGraphs.json(url)
        let entry = try #require(all[name] as? [String: Any])
        let optimum = try #require(entry["optimal_modularity"] as? Double)  // rounded to 6 d.p.
        let membership = try #require(entry["membership"] as? [String: Int])
        let best = Partition(assignment: try loaded.names.map { try #require(membership[$0]) })
        #expect(abs(try loaded.graph.modularity(of: best) - optimum) <= 5e-7)

        let single = try loaded.graph.modularity(of: loaded.graph.louvain())
        let restarts = try loaded.graph.modularity(of: loaded.graph.louvain(.init(restarts: 10)))
        if Self.report {
            print("REPORT \(name) louvain Q=\(single) restarts10 Q=\(restarts) optimum=\(optimum)")
        }
        #expect(single <= optimum + 5e-7)
        #expect(restarts >= single)
        #expect(single >= 0.97 * optimum)
    }
}
