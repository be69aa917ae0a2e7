// `render [SIZES] [ENGINES]`: DOT writing and each layout's time on random graphs.
//
// Needs `RelGraphRendering` among relgraph-bench's dependencies in Package.swift; without it
// this stage only writes DOT.
import Foundation
import RelGraphCore
import RelGraphExport

#if canImport(RelGraphRendering)
    import RelGraphRendering
#endif

/// A connected random graph of `n` entities and about 1.5·`n` relations (a random spanning
/// tree plus random extra edges), fixed seed, mixed kinds, PageRank-like importance.
func randomEntityGraph(n: Int, seed: UInt64 = 42) -> (EntityGraph, [Double], [Int]) {
    var state = seed
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    let kinds: [EntityKind] = [.person, .country, .issue, .organization]
    let entities = (0..<n).map { i in
        Entity(kind: kinds[i % 4], name: "Entity \(i)", iso3: i % 4 == 1 ? "C\(i)" : nil)
    }
    var pairs = Set<[Int]>()
    for v in 1..<max(n, 1) { pairs.insert([Int(next() % UInt64(v)), v]) }
    while pairs.count < n * 3 / 2 {
        let a = Int(next() % UInt64(n)), b = Int(next() % UInt64(n))
        if a != b { pairs.insert([min(a, b), max(a, b)]) }
    }
    let relations = pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { p in
        Relation(
            entities[p[0]].id, entities[p[1]].id, weight: Double(1 + next() % 8),
            tone: ToneCounts(cooperation: Int(next() % 3), conflict: Int(next() % 3)))
    }
    let graph = try! EntityGraph(entities: entities, relations: relations)
    let importance = graph.entities.indices.map { _ in Double(next() % 1000) / 1000 }
    let community = graph.entities.indices.map { _ in Int(next() % 12) }
    return (graph, importance, community)
}

func renderBench(args: [String]) {
    let sizes = (args.first ?? "1000,5000,20000").split(separator: ",").compactMap { Int($0) }
    let engines =
        args.count > 1
        ? args[1].split(separator: ",").map(String.init)
        : ["sfdp", "neato", "fdp", "dot", "circo", "twopi"]
    for n in sizes {
        let (graph, importance, community) = randomEntityGraph(n: n)
        let label = "random(n=\(n), m=\(graph.relations.count))"
        var dotText: [String: String] = [:]
        time("dot writing / \(label)", runs: 5) {
            let text = DOTEncoder.encode(
                graph, importance: importance, community: community, options: DOTOptions(layout: "sfdp"))
            precondition(text.hasPrefix("graph") && text.count > n * 50)
            dotText["sfdp"] = text
        }
        #if canImport(RelGraphRendering)
            for name in engines {
                guard let engine = LayoutEngine(rawValue: name) else { fail("unknown engine '\(name)'") }
                if let limit = engine.nodeLimit, n > limit {
                    print("\(name) / \(label): skipped (over the \(limit)-node guard)")
                    continue
                }
                let dot = DOTEncoder.encode(
                    graph, importance: importance, community: community,
                    options: DOTOptions(layout: name, legend: false))
                let runs = n <= 1_000 && engine != .dot ? 3 : 1
                time("layout+svg \(name) / \(label)", runs: runs) {
                    let svg = try! Graphviz.render(dot: dot, layout: engine, format: .svg)
                    precondition(svg.count > n * 100, "render produced too little")
                }
            }
        #else
            print("layouts: rebuild with RelGraphRendering in relgraph-bench's dependencies")
        #endif
    }
    print(String(format: "peak RSS %.0f MB", peakRSSMB()))
}
