import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

/// Subgraph, edge-filter and component views of `WeightedGraph` (in RelGraphCore), and the
/// CSR invariants of everything they build.
@Suite("Graph views")
struct SubgraphTests {
    @Test("Induced subgraph keeps the edges among the chosen nodes, in original order")
    func induced() throws {
        let s = TestGraphs.bridge.subgraph(nodes: [3, 0, 2, 1, 2])
        #expect(s.originalIndex == [0, 1, 2, 3])
        #expect(s.graph.edgeCount == 4)
        #expect(s.graph.invariantViolation() == nil)
        #expect(s.localIndex(of: 3) == 3)
        #expect(s.localIndex(of: 4) == nil)
        #expect(s.graph.weight(2, 3) == 1)
        // Betweenness of the view: the triangle plus a pendant at node 2.
        #expect(try s.graph.betweenness(.init(normalized: false)).values == [0, 0, 2, 0])
    }

    @Test("Filtering edges keeps every node")
    func filtering() {
        let g = TestGraphs.make(4, [(0, 1, 1), (1, 2, 3), (2, 3, 2), (0, 3, 5)])
        let strong = g.filteringEdges { _, _, w in w >= 2 }
        #expect(strong.nodeCount == 4)
        #expect(strong.edges.map { [Int($0.0), Int($0.1)] } == [[0, 3], [1, 2], [2, 3]])
        #expect(strong.invariantViolation() == nil)
    }

    @Test("Components are numbered by size; views of a component and the largest one")
    func components() {
        // {0, 1}, {2, 3, 4}, {5}.
        let g = TestGraphs.make(6, unit: [(0, 1), (2, 3), (3, 4)])
        let (label, count) = g.connectedComponents()
        #expect(count == 3)
        #expect(label == [1, 1, 0, 0, 0, 2])
        let big = g.largestComponent()
        #expect(big.originalIndex == [2, 3, 4])
        #expect(big.graph.edgeCount == 2)
        #expect(g.component(containing: 5).originalIndex == [5])
        #expect(TestGraphs.make(0, []).connectedComponents().count == 0)
        // Documented example: path 0 – 1 plus an isolated node 2.
        let doc = TestGraphs.make(3, unit: [(0, 1)]).connectedComponents()
        #expect(doc.label == [0, 0, 1])
        #expect(doc.count == 2)
    }

    @Test("Random graphs: views satisfy the CSR invariants and preserve weights", arguments: [0, 1, 2] as [UInt64])
    func invariants(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let g = rng.graph(nodes: 60, edgeProbability: 0.08, maxWeight: 7)
        let half = (0..<60).filter { _ in rng.below(2) == 0 }
        let s = g.subgraph(nodes: half)
        #expect(s.graph.invariantViolation() == nil)
        for (u, v, w) in s.graph.edges {
            #expect(g.weight(Int(s.originalIndex[Int(u)]), Int(s.originalIndex[Int(v)])) == w)
        }
        let expectedEdges = g.edges.filter { e in
            half.contains(Int(e.0)) && half.contains(Int(e.1))
        }.count
        #expect(s.graph.edgeCount == expectedEdges)
        #expect(g.filteringEdges { _, _, _ in true }.edges.map(\.2) == g.edges.map(\.2))
    }
}
