import Testing

@testable import RelGraphCore

@Suite struct WeightedGraphTests {
    /// A seeded linear congruential generator, so that property tests repeat exactly.
    struct LCG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func csrOfASmallGraph() {
        //  0 --2-- 1 --1-- 2     3 (isolated)
        //   \______4______/
        let g = WeightedGraph(nodeCount: 4, edges: [(0, 1, 2), (1, 2, 1), (2, 0, 4), (1, 0, 0.5)])
        #expect(g.offsets == [0, 2, 4, 6, 6])
        #expect(g.targets == [1, 2, 0, 2, 0, 1])
        #expect(g.weights == [2.5, 4, 2.5, 1, 4, 1])
        #expect(g.edgeCount == 3 && g.totalWeight == 7.5)
        #expect(g.strength(0) == 6.5 && g.degree(3) == 0)
        #expect(g.weight(2, 0) == 4 && g.weight(0, 3) == nil)
        #expect(g.invariantViolation() == nil)
    }

    @Test(arguments: 0..<20)
    func randomGraphsKeepInvariantsAndRoundTrip(seed: UInt64) {
        var rng = LCG(state: seed)
        let n = Int.random(in: 1...40, using: &rng)
        var edges: [(Int32, Int32, Double)] = []
        for _ in 0..<Int.random(in: 0...120, using: &rng) {
            edges.append(
                (
                    Int32.random(in: 0..<Int32(n), using: &rng), Int32.random(in: 0..<Int32(n), using: &rng),
                    Double(Int.random(in: 1...10, using: &rng))
                ))
        }
        let g = WeightedGraph(nodeCount: n, edges: edges)
        #expect(g.invariantViolation() == nil)
        let again = WeightedGraph(nodeCount: n, edges: g.edges)
        #expect(again.targets == g.targets && again.weights == g.weights && again.offsets == g.offsets)
        let expectedTotal = edges.filter { $0.0 != $0.1 }.reduce(0) { $0 + $1.2 }
        #expect(abs(g.totalWeight - expectedTotal) < 1e-9)
        #expect(g.unweighted().weights.allSatisfy { $0 == 1 })
    }

    @Test func entityGraphMapsToCSRInEntityOrder() {
        let es = ["c", "a", "b"].map { Entity(kind: .other, name: $0) }
        let g = try! EntityGraph(entities: es, relations: [Relation("other:c", "other:a", weight: 3)])
        let w = g.weightedGraph()
        #expect(g.entities.map(\.name) == ["a", "b", "c"])
        #expect(w.weight(0, 2) == 3 && w.degree(1) == 0)
    }
}
