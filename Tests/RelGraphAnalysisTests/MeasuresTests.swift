import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Eigenvector centrality, core numbers and clustering: hand-worked cases and NetworkX fixtures.
@Suite("Eigenvector, k-core, clustering")
struct MeasuresTests {
    @Test("Star with four leaves: λ = 2, centre 1/√2, leaves 1/(2√2)")
    func eigenvectorStar() throws {
        let x = try TestGraphs.star(leaves: 4).eigenvector().values
        let centre = 1 / 2.0.squareRoot(), leaf = centre / 2
        TestGraphs.expectClose(
            x, [centre, leaf, leaf, leaf, leaf], relative: 1e-12, absolute: 0, "star")
    }

    /// A big star spans a two-dimensional invariant subspace at once: the Lanczos step must
    /// stop there (it did not, and 10,000 leaves never converged).
    @Test("Stars of 10,000 and 200,000 leaves: centre 1/√2, leaves 1/√(2n)", arguments: [10_000, 200_000])
    func eigenvectorBigStar(_ leaves: Int) throws {
        let x = try TestGraphs.star(leaves: leaves).eigenvector().values
        #expect(abs(x[0] - 1 / 2.0.squareRoot()) < 1e-10)
        let leaf = 1 / (2.0 * Double(leaves)).squareRoot()
        #expect(x.dropFirst().allSatisfy { abs($0 - leaf) < 1e-10 * leaf })
    }

    /// A path of *n* nodes has its two largest eigenvalues 2 cos(π/(n+1)) and 2 cos(2π/(n+1)),
    /// about 3π²/n² apart, and its Perron vector is sin(π k/(n+1)), k = 1…n (up to scale).
    /// At 300 nodes the restarted Lanczos method gets there (it used to stall at a relative
    /// residual of 9 · 10⁻¹³ when its basis stopped growing at 10⁻¹²); at 2,000 it makes almost
    /// no progress, and the run stops once the residual fails to halve in 25 restarts instead of
    /// spending all 200.
    @Test("Paths: 300 nodes converge to sin(πk/(n+1)); 2,000 stop early when the residual stagnates")
    func eigenvectorOnPaths() throws {
        let n = 300
        let x = try TestGraphs.make(n, unit: (0..<(n - 1)).map { ($0, $0 + 1) }).eigenvector().values
        let exact = (1...n).map { sin(Double.pi * Double($0) / Double(n + 1)) }
        let norm = exact.reduce(0) { $0 + $1 * $1 }.squareRoot()
        TestGraphs.expectClose(x, exact.map { $0 / norm }, relative: 1e-9, absolute: 1e-12, "path 300")
        let long = TestGraphs.make(2_000, unit: (0..<1_999).map { ($0, $0 + 1) })
        do {
            _ = try long.eigenvector()
            Issue.record("a 2,000-node path converged")
        } catch {
            guard case .didNotConverge(let measure, let iterations, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(measure == "eigenvector")
            #expect(iterations > 25 && iterations < 200)
        }
    }

    /// The key-actor table leaves out a measure that does not converge and says so, unless
    /// the nodes are ranked by it.
    @Test("KeyActors leaves out eigenvector on a long path; ranking by it throws")
    func keyActorsLeaveOutUnconverged() throws {
        var warnings: [String] = []
        let text = (0..<1_999).map { String(format: "n%05d\tn%05d\n", $0, $0 + 1) }.joined()
        let labeled = try EdgeList.parseLabeled(text, path: "path.tsv", warnings: &warnings)
        let actors = try KeyActors(
            graph: labeled, options: .init(measures: [.degree, .eigenvector], communities: false))
        #expect(actors.computed == [.pagerank, .degree])
        #expect(actors.notConverged.map(\.measure) == [.eigenvector])
        #expect(actors.values(of: .eigenvector) == nil)
        #expect(actors.value(.degree, of: 0) == 1 && actors.value(.degree, of: 1) == 2)
        #expect(actors.ranking.count == 2_000)
        #expect(throws: AnalysisError.self) {
            try KeyActors(graph: labeled, options: .init(rankBy: .eigenvector, measures: [], communities: false))
        }
    }

    /// Measures added to computed actors (as `run` does after drawing) give what computing
    /// them all at once gives, bit for bit, with the partition and the first measures reused.
    @Test("KeyActors.adding equals computing every measure at once")
    func keyActorsAdding() throws {
        var random = SeededGenerator(seed: 7)
        let g = random.graph(nodes: 60, edgeProbability: 0.08, maxWeight: 30)
        var text = ""
        for v in 0..<g.nodeCount {
            for k in g.neighborRange(v) where Int(g.targets[k]) > v {
                text += "n\(v)\tn\(g.targets[k])\t\(g.weights[k])\n"
            }
        }
        var warnings: [String] = []
        let labeled = try EdgeList.parseLabeled(text, path: "random.tsv", warnings: &warnings)
        let all = try KeyActors(graph: labeled)
        let first = try KeyActors(graph: labeled, options: .init(measures: [.degree]))
        #expect(first.values(of: .betweenness) == nil)
        let added = try first.adding(Set(MeasureName.allCases), of: labeled)
        #expect(added.computed == all.computed)
        #expect(added.computed.contains(.betweenness) && added.computed.contains(.brokerage))
        for m in all.computed {
            #expect(added.values(of: m)?.map(\.bitPattern) == all.values(of: m)?.map(\.bitPattern), "\(m)")
        }
        #expect(added.ranking == all.ranking && added.rank == all.rank)
        #expect(added.communityRank == all.communityRank && added.brokers == all.brokers)
        #expect(added.partition?.community == all.partition?.community && added.modularity == all.modularity)
        #expect(added.betweennessSources == all.betweennessSources)
        #expect(added.distanceSources == all.distanceSources)
        #expect(added.options.measures == all.options.measures)
    }

    @Test("K5 is uniform; weights scale out; isolated nodes get 0")
    func eigenvectorUniform() throws {
        let k5 = try TestGraphs.complete(5).eigenvector().values
        TestGraphs.expectClose(
            k5, [Double](repeating: 1 / 5.0.squareRoot(), count: 5), relative: 1e-12, absolute: 0,
            "K5")
        // Path 0 – 1 – 2 plus isolated node 3: x = (1/2, 1/√2, 1/2, 0).
        let g = TestGraphs.make(4, [(0, 1, 3), (1, 2, 3)])
        TestGraphs.expectClose(
            try g.eigenvector().values, [0.5, 1 / 2.0.squareRoot(), 0.5, 0], relative: 1e-12,
            absolute: 1e-15, "path + isolated")
    }

    @Test("Core numbers: bridge graph, star, K5 with a tail")
    func coreNumbers() {
        #expect(TestGraphs.bridge.coreNumbers().values == [2, 2, 2, 2, 2, 2])
        #expect(TestGraphs.star(leaves: 4).coreNumbers().values == [1, 1, 1, 1, 1])
        // K5 on 0...4, then the tail 4 – 5 – 6 and an isolated node 7.
        var edges = (0..<5).flatMap { u in ((u + 1)..<5).map { (u, $0) } }
        edges += [(4, 5), (5, 6)]
        let g = TestGraphs.make(8, unit: edges)
        #expect(g.coreNumbers().values == [4, 4, 4, 4, 4, 1, 1, 0])
        #expect(TestGraphs.make(0, []).coreNumbers().values == [])
    }

    @Test("Clustering: bridge graph by hand, weighted variant")
    func clustering() {
        // Triangle corners: their two neighbours are adjacent (1/1); bridge ends: 1 of 3 pairs.
        let third = 1.0 / 3
        #expect(TestGraphs.bridge.clustering().values == [1, 1, third, third, 1, 1])
        #expect(TestGraphs.star(leaves: 3).clustering().values == [0, 0, 0, 0])
        // Triangle with weights 1, 2, 4 (max 4): every corner gets (1·2·4 / 64)^(1/3) = 1/2.
        let t = TestGraphs.make(3, [(0, 1, 1), (1, 2, 2), (0, 2, 4)])
        TestGraphs.expectClose(
            t.clustering(weighted: true).values, [0.5, 0.5, 0.5], relative: 1e-15, absolute: 0,
            "weighted triangle")
        #expect(t.clustering().values == [1, 1, 1])
    }

    static let fixtureNames = ["karate", "kite", "florentine"]

    @Test(
        "NetworkX fixtures: eigenvector, core number, clustering, plain closeness, rooted PageRank",
        arguments: fixtureNames)
    func fixtures(_ name: String) throws {
        let loaded = try TestGraphs.load(TestPaths.fixture("analysis/\(name).tsv"))
        let doc = try TestGraphs.json(TestPaths.fixture("analysis/\(name).expected.json"))
        let g = loaded.graph
        func expected(_ key: String) throws -> [Double] { try TestGraphs.scores(doc, key, loaded) }
        TestGraphs.expectClose(
            try g.eigenvector().values, try expected("eigenvector"), relative: 1e-9,
            absolute: 1e-12, "\(name) eigenvector", names: loaded.names)
        TestGraphs.expectClose(
            try g.eigenvector(.init(weighted: false)).values, try expected("eigenvector_unweighted"),
            relative: 1e-9, absolute: 1e-12, "\(name) eigenvector unweighted", names: loaded.names)
        #expect(g.coreNumbers().values == (try expected("core_number")))
        TestGraphs.expectClose(
            g.clustering().values, try expected("clustering"), relative: 1e-12, absolute: 1e-15,
            "\(name) clustering", names: loaded.names)
        TestGraphs.expectClose(
            g.clustering(weighted: true).values, try expected("clustering_weighted"),
            relative: 1e-12, absolute: 1e-15, "\(name) weighted clustering", names: loaded.names)
        TestGraphs.expectClose(
            try g.closeness(weighting: .unweighted, wfImproved: false).values,
            try expected("closeness_unweighted_plain"), relative: 1e-12, absolute: 0,
            "\(name) closeness wf_improved=False", names: loaded.names)
        // Rooted PageRank: the graph as seen from the first node NetworkX lists.
        let personalization = try #require(doc["pagerank_personalization"] as? [String: Double])
        let root = try #require(personalization.first { $0.value == 1 }?.key)
        let rooted = try g.pageRank(.init(personalization: [try #require(loaded.index[root]): 1]))
        TestGraphs.expectClose(
            rooted.values, try expected("pagerank_rooted"), relative: 1e-9, absolute: 1e-12,
            "\(name) rooted pagerank", names: loaded.names)
    }

    @Test("Harmonic normalised divides by n − 1")
    func harmonicNormalized() throws {
        #expect(try TestGraphs.path3.harmonic(weighting: .unweighted, normalized: true).values == [0.75, 1, 0.75])
    }
}
