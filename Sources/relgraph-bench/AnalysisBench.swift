import Foundation
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport

/// `analysis GRAPH.tsv [RUNS]`: PageRank, Louvain, betweenness and DOT timings.
func analysisBench(path: String, args: [String]) {
    let runs = args.count > 0 ? Int(args[0]) ?? 3 : 3
    var warnings: [String] = []
    let graph: EntityGraph
    do { graph = try GraphFile.read(path, warnings: &warnings) } catch { fail(error.description) }
    let g = graph.weightedGraph()
    let size = "(n=\(g.nodeCount), m=\(g.edgeCount))"
    time("pagerank / \(path) \(size)", runs: runs) {
        let pr = try! g.pageRank()
        precondition(abs(pr.values.reduce(0, +) - 1) < 1e-9)
    }
    time("louvain / \(path) \(size)", runs: runs) {
        let p = g.louvain()
        precondition(p.count >= 1)
    }
    if g.nodeCount <= 20_000 {
        time("betweenness (1/w) / \(path) \(size)", runs: runs) {
            let b = g.betweenness()
            precondition(b.values.allSatisfy { $0 >= 0 })
        }
    }
    time("dot / \(path) \(size)", runs: runs) {
        let dot = DOTEncoder.encode(graph)
        precondition(dot.hasPrefix("graph"))
    }
    print(String(format: "peak RSS %.0f MB", peakRSSMB()))
}
