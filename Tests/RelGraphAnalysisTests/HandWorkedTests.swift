import RelGraphAnalysis
import RelGraphCore
import Testing

/// Small graphs whose scores are worked out by hand in the comments.
@Suite("Hand-worked centralities")
struct HandWorkedTests {
    @Test("Path 0 – 1 – 2")
    func path3() throws {
        let g = TestGraphs.path3
        // Node 1 is on the only path between 0 and 2: one pair of (3−1)(3−2)/2 = 1.
        #expect(try g.betweenness().values == [0, 1, 0])
        #expect(try g.betweenness(.init(normalized: false)).values == [0, 1, 0])
        // Node 0: distances 1 and 2, so (2/3) · (2/2); node 1: (2/2) · (2/2).
        let end = 2.0 / 3
        let closeness: [Double] = [end, 1, end]
        #expect(try g.closeness(weighting: .unweighted).values == closeness)
        #expect(try g.harmonic(weighting: .unweighted).values == [1.5, 2, 1.5])
        #expect(g.degreeCentrality().values == [0.5, 1, 0.5])
        #expect(g.strengths().values == [1, 2, 1])
        // PageRank of a path: x1 = 0.05 + 0.85 (x0 + x2), x0 = x2 = 0.05 + 0.85 x1 / 2,
        // so x1 = 0.135 / 0.2775 = 0.486486... and x0 = x2 = (1 − x1) / 2.
        let pr = try g.pageRank()
        let x1 = 0.135 / 0.2775
        TestGraphs.expectClose(
            pr.values, [(1 - x1) / 2, x1, (1 - x1) / 2], relative: 1e-13, absolute: 0, "pagerank")
    }

    @Test("Star with four leaves")
    func star() throws {
        let g = TestGraphs.star(leaves: 4)
        // The centre joins all C(4, 2) = 6 leaf pairs, which are all pairs not involving it.
        #expect(try g.betweenness().values == [1, 0, 0, 0, 0])
        #expect(try g.betweenness(.init(normalized: false)).values == [6, 0, 0, 0, 0])
        // A leaf: one neighbour at 1 and three leaves at 2, so 4/7; harmonic 1 + 3/2.
        let leaf = 4.0 / 7
        let closeness: [Double] = [1, leaf, leaf, leaf, leaf]
        #expect(try g.closeness(weighting: .unweighted).values == closeness)
        #expect(try g.harmonic(weighting: .unweighted).values == [4, 2.5, 2.5, 2.5, 2.5])
        #expect(g.degreeCentrality().values == [1, 0.25, 0.25, 0.25, 0.25])
    }

    @Test("Documented degree example: star with three leaves")
    func starDocExample() {
        let third = 1.0 / 3
        let expected: [Double] = [1, third, third, third]
        #expect(TestGraphs.star(leaves: 3).degreeCentrality().values == expected)
    }

    @Test("Complete graph K5")
    func k5() throws {
        let g = TestGraphs.complete(5)
        #expect(try g.betweenness().values == [Double](repeating: 0, count: 5))
        #expect(try g.closeness().values == [Double](repeating: 1, count: 5))
        #expect(try g.harmonic().values == [Double](repeating: 4, count: 5))
        #expect(g.degreeCentrality().values == [Double](repeating: 1, count: 5))
        TestGraphs.expectClose(
            try g.pageRank().values, [Double](repeating: 0.2, count: 5), relative: 1e-14,
            absolute: 0, "pagerank")
        // One community holding everything has Q = 1 − 1 = 0; Louvain cannot beat that.
        #expect(try g.modularity(of: Partition(assignment: [0, 0, 0, 0, 0])) == 0)
    }

    @Test("Two triangles joined by a bridge")
    func bridge() throws {
        //   0               4
        //   | \           / |
        //   |   2 ----- 3   |
        //   | /           \ |
        //   1               5
        let g = TestGraphs.bridge
        // Node 2 is on every path from {0, 1} to {3, 4, 5}: 2 · 3 = 6 pairs; likewise node 3
        // for {0, 1, 2} × {4, 5}. There are 5 · 4 / 2 = 10 pairs, so 6/10 normalised.
        #expect(try g.betweenness(.init(normalized: false)).values == [0, 0, 6, 6, 0, 0])
        #expect(try g.betweenness().values == [0, 0, 0.6, 0.6, 0, 0])
        // Node 0: distances 1, 1, 2, 3, 3 (sum 10); node 2: 1, 1, 1, 2, 2 (sum 7).
        let middle = 5.0 / 7
        let closeness: [Double] = [0.5, 0.5, middle, middle, 0.5, 0.5]
        #expect(try g.closeness(weighting: .unweighted).values == closeness)
        let h0 = 1 + 1 + 0.5 + 1.0 / 3 + 1.0 / 3
        TestGraphs.expectClose(
            try g.harmonic(weighting: .unweighted).values, [h0, h0, 4, 4, h0, h0], relative: 1e-15,
            absolute: 0, "harmonic")
        // Split at the bridge: each side has L = 3 and d = 7 of m = 7, so
        // Q = 2 (3/7 − (7/14)²) = 5/14, the value in the modularity documentation.
        let split = Partition(assignment: [0, 0, 0, 1, 1, 1])
        #expect(abs(try g.modularity(of: split) - 5.0 / 14) < 1e-15)
        #expect(try g.louvain() == split)
    }

    @Test("Bridge weight changes closeness but not betweenness")
    func weightedBridge() throws {
        // As above with the bridge 2 – 3 of strength 2, so its length is 1/2 by default.
        let g = TestGraphs.make(
            6, [(0, 1, 1), (0, 2, 1), (1, 2, 1), (2, 3, 2), (3, 4, 1), (3, 5, 1), (4, 5, 1)])
        #expect(try g.betweenness().values == [0, 0, 0.6, 0.6, 0, 0])
        // Node 2 (reciprocal): 1, 1, 1/2, 3/2, 3/2, sum 5.5 → 5/5.5. Node 0: 1, 1, 3/2, 5/2, 5/2.
        let outer = 5 / 8.5, inner = 5 / 5.5
        let expected: [Double] = [outer, outer, inner, inner, outer, outer]
        #expect(try g.closeness().values == expected)
        // As a length (weight 2 = longer): node 2 distances 1, 1, 2, 3, 3.
        #expect(try g.closeness(weighting: .length)[2] == 5.0 / 10)
    }

    @Test("Floating-point tie 1 + 1/6 + 1/6 vs 1 + 1/3 counts both shortest paths")
    func floatingPointTie() throws {
        // Tie strengths on the edges; lengths are their reciprocals.
        //   0 --(1)-- 1 --(6)-- 2
        //   |                   |
        //  (1)                 (6)
        //   |                   |
        //   4 -------(3)------- 3
        // From 0 to 3: 1 + 1/6 + 1/6 via 1, 2 and 1 + 1/3 via 4, equal in exact arithmetic
        // although (1 + 1/6) + 1/6 = 1.3333333333333335 ≠ 1.3333333333333333 in doubles.
        // Pair counts: node 1 gets (0,2) and half of (0,3); node 2 gets (1,3), (1,4) and half
        // of (0,3); node 3 gets (1,4) and (2,4); node 4 gets half of (0,3).
        // NetworkX, comparing exactly, gives [0, 1.25, 2.25, 2, 0.75].
        let g = TestGraphs.make(5, [(0, 1, 1), (1, 2, 6), (2, 3, 6), (0, 4, 1), (4, 3, 3)])
        let sixth = 1.0 / 6, third = 1.0 / 3
        #expect((1 + sixth) + sixth != 1 + third)
        #expect(try g.betweenness(.init(normalized: false)).values == [0, 1.5, 2.5, 2, 0.5])
        // Normalised: · 2 / (4 · 3).
        TestGraphs.expectClose(
            try g.betweenness().values, [0, 0.25, 2.5 / 6, 2.0 / 6, 0.5 / 6] as [Double],
            relative: 1e-15,
            absolute: 0, "normalised")
    }

    @Test("Krackhardt kite: node 7 = 0.3889, node 3 = 0.1019")
    func kite() throws {
        //        1 ------ 4
        //      / | \    / |
        //     0 -+- 3 --- 6 -- 7 -- 8 -- 9
        //      \ | / \  / |  /
        //        2 ----- 5 -
        // (edges as nx.krackhardt_kite_graph(); the drawing is only indicative)
        let g = TestGraphs.make(
            10,
            unit: [
                (0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4),
                (3, 5), (3, 6), (4, 6), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9),
            ])
        let b = try g.betweenness()
        #expect((b[7] * 10_000).rounded() / 10_000 == 0.3889)
        #expect((b[3] * 10_000).rounded() / 10_000 == 0.1019)
        // Exactly: node 7 carries 14 of 36 pairs, node 3 carries 3 2/3.
        #expect(abs(b[7] - 14.0 / 36) < 1e-15)
        #expect(abs(b[3] - (11.0 / 3) / 36) < 1e-15)
        #expect(b.ranking().first == 7)
    }

    @Test("Degenerate graphs: empty, one node, two nodes")
    func degenerate() throws {
        let empty = TestGraphs.make(0, [])
        #expect(empty.degreeCentrality().values.isEmpty)
        #expect(try empty.betweenness().values.isEmpty)
        #expect(try empty.closeness().values.isEmpty)
        #expect(try empty.pageRank().values.isEmpty)
        #expect(try empty.louvain().community.isEmpty)
        let one = TestGraphs.make(1, [])
        #expect(one.degreeCentrality().values == [1])  // NetworkX's convention
        #expect(try one.betweenness().values == [0])
        #expect(try one.closeness().values == [0])
        #expect(try one.harmonic().values == [0])
        #expect(try one.pageRank().values == [1])
        let two = TestGraphs.make(2, unit: [(0, 1)])
        #expect(try two.betweenness().values == [0, 0])
        #expect(try two.closeness().values == [1, 1])
        #expect(two.degreeCentrality().values == [1, 1])
    }

    @Test("Disconnected graph: Wasserman–Faust closeness and isolated PageRank")
    func disconnected() throws {
        // 0 – 1   2 (isolated)
        let g = TestGraphs.make(3, unit: [(0, 1)])
        // Node 0 reaches one node at distance 1: (1/1) · (1/2).
        #expect(try g.closeness(weighting: .unweighted).values == [0.5, 0.5, 0])
        #expect(try g.harmonic().values == [1, 1, 0])
        // The isolated node is dangling: x2 = 0.85 x2 / 3 + 0.05, so x2 = 3/43 and x0 = x1 = 20/43
        // (networkx 3.6.1 pagerank(G, tol=1e-14, max_iter=10000): 0.46511627906976466, ...).
        TestGraphs.expectClose(
            try g.pageRank().values, [20.0 / 43, 20.0 / 43, 3.0 / 43], relative: 1e-13,
            absolute: 0, "pagerank")
        // Dangling mass follows the personalization, as in NetworkX:
        // pagerank(G, personalization={0: 1, 2: 3}, tol=1e-14, max_iter=10000).
        let personalized = try g.pageRank(.init(personalization: [0: 1, 2: 3]))
        TestGraphs.expectClose(
            personalized.values, [0.37278657968312556, 0.3168685927306676, 0.31034482758620696],
            relative: 1e-12, absolute: 0, "personalized")
        #expect(abs(personalized[2] - 9.0 / 29) < 1e-15)
    }
}
