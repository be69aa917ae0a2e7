import Foundation
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport

/// `analysis GRAPH.tsv [RUNS] [--measures a,b] [--threads N] [--anchors FILE.jsonl]
/// [--spearman EXACT_GRAPH.tsv [--exact EXACT.f64] [--seeds S]] [--sources K] [--dot]`: times every analysis measure on one graph and prints
/// each beside the anchors' times for the same graph (igraph, NetworKit, NetworkX, leidenalg),
/// read from a JSONL file written by `anchors.py` in the same session.
///
/// Measures (anchors.py's names): degree strength pagerank eigenvector kcore clustering
/// betweenness closeness harmonic approx-betweenness louvain leiden labelprop. All-pairs
/// measures run once on graphs above 5 000 nodes (a run takes seconds); the others report the
/// median of RUNS (3 by default). `--spearman G` also computes exact betweenness on G and the
/// Spearman rank correlation of the sampled estimate at the same sample fraction as here.
/// `--sources K` samples K sources instead of
/// ``SourceSampling/automaticBetweennessSources(nodes:edges:)``.
/// The graph is read by a lean TSV reader straight into CSR, so peak RSS is the analysis'.
func analysisBench(path: String, args: [String]) {
    var runs = 3
    var measures = [
        "degree", "strength", "pagerank", "eigenvector", "kcore", "clustering", "leiden",
        "louvain", "labelprop", "approx-betweenness", "betweenness", "closeness", "harmonic",
    ]
    var threads: Int?
    var anchorsPath: String?
    var spearmanPath: String?
    var withDot = false
    var dumpDir: String?
    var exactPath: String?
    var seeds = 1
    var sourceCount: Int?
    var i = 0
    while i < args.count {
        let a = args[i]
        func value() -> String {
            i += 1
            guard i < args.count else { fail("option \(a) needs a value") }
            return args[i]
        }
        switch a {
        case "--measures": measures = value().split(separator: ",").map(String.init)
        case "--threads": threads = Int(value())
        case "--anchors": anchorsPath = value()
        case "--spearman": spearmanPath = value()
        case "--dot": withDot = true
        case "--dump": dumpDir = value()
        case "--exact": exactPath = value()
        case "--seeds": seeds = Int(value()) ?? 1
        case "--sources": sourceCount = Int(value())
        default:
            guard let r = Int(a), r >= 1 else { fail("unknown argument '\(a)'") }
            runs = r
        }
        i += 1
    }
    let t0 = now()
    let (g, _) = readTSVGraph(path)
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let anchors = anchorsPath.map { AnchorTimes(path: $0, graph: name) }
    print(
        String(
            format: "graph %@: n=%d m=%d, read in %.2f s; threads %@; load %@", name, g.nodeCount,
            g.edgeCount, now() - t0, threads.map(String.init) ?? "all",
            loadAverage()))
    let size = "(n=\(g.nodeCount), m=\(g.edgeCount))"
    let allPairsRuns = g.nodeCount > 5_000 ? 1 : runs
    for m in measures {
        let label = "\(m) / \(name) \(size)"
        var note = ""
        var seconds: Double
        switch m {
        case "degree":
            seconds = time(label, runs: runs) {
                precondition(g.degreeCentrality().count == g.nodeCount)
            }
        case "strength":
            seconds = time(label, runs: runs) {
                precondition(abs(g.strengths().values.reduce(0, +) - 2 * g.totalWeight) < 1e-6 * g.totalWeight)
            }
        case "pagerank":
            seconds = time(label, runs: runs) {
                let pr = try! g.pageRank()
                precondition(abs(pr.values.reduce(0, +) - 1) < 1e-9)
            }
        case "eigenvector":
            seconds = time(label, runs: runs) {
                let ev = try! g.eigenvector()
                precondition(abs(ev.values.reduce(0) { $0 + $1 * $1 } - 1) < 1e-9)
            }
        case "kcore":
            seconds = time(label, runs: runs) { precondition(g.coreNumbers().values.max()! >= 1) }
        case "clustering":
            seconds = time(label, runs: runs) {
                precondition(g.clustering().values.allSatisfy { $0 >= 0 && $0 <= 1 })
            }
        case "leiden", "louvain", "labelprop":
            var q = 0.0
            var k = 0
            seconds = time(label, runs: runs) {
                let p: Partition
                switch m {
                case "leiden": p = try! g.leiden(.init(threads: threads))
                case "louvain": p = try! g.louvain()
                default: p = try! g.labelPropagation()
                }
                q = try! g.modularity(of: p)
                k = p.count
                precondition(q > 0)
            }
            note = String(format: "Q=%.6f, %d communities", q, k)
        case "betweenness":
            seconds = time(label, runs: allPairsRuns) {
                let b = try! g.betweenness(.init(threads: threads))
                precondition(b.values.allSatisfy { $0 >= 0 && $0 <= 1 })
            }
        case "closeness", "harmonic":
            seconds = time(label, runs: allPairsRuns) {
                let c = m == "closeness" ? try! g.closeness(threads: threads) : try! g.harmonic(threads: threads)
                precondition(c.values.allSatisfy { $0 >= 0 })
            }
        case "approx-betweenness":
            var estimate: BetweennessEstimate?
            let k =
                sourceCount
                ?? SourceSampling.automaticBetweennessSources(nodes: g.nodeCount, edges: g.edgeCount)
            seconds = time(label, runs: allPairsRuns) {
                estimate = try! g.betweenness(
                    .init(threads: threads), sampling: .sources(count: k, seed: 42))
                precondition(estimate!.scores.values.allSatisfy { $0 >= 0 })
            }
            let fraction = Double(k) / Double(g.nodeCount)
            note = String(
                format: "%d sources (%.3f%%), error bound %.3f", k, 100 * fraction,
                estimate!.errorBound)
            if let spearmanPath {
                note +=
                    "; "
                    + spearmanCheck(
                        spearmanPath, fraction: fraction, threads: threads, exactPath: exactPath,
                        seeds: seeds, dumpDir: dumpDir)
            }
        case "dump-local":
            guard let dumpDir else { fail("dump-local needs --dump DIR") }
            seconds = time(label, runs: 1) {
                let v = try! g.betweenness(.init(threads: threads), sampling: .sources(count: 1, seed: 1)).scores.values
                writeDoubles(v, to: dumpDir + "/local.f64")
            }
        case "dump-betweenness":
            // Exact values and 400 single-source (scaled) estimates as raw doubles, for offline
            // study of estimators: DIR/exact.f64 (n), DIR/single.f64 (400 × n).
            guard let dumpDir else { fail("dump-betweenness needs --dump DIR") }
            seconds = time(label, runs: 1) {
                let exact = try! g.betweenness(.init(threads: threads)).values
                writeDoubles(exact, to: dumpDir + "/exact.f64")
                var all: [Double] = []
                for s in 0..<400 {
                    all += try! g.betweenness(.init(threads: 1), sampling: .sources(count: 1, seed: UInt64(s))).scores.values
                }
                writeDoubles(all, to: dumpDir + "/single.f64")
            }
        default:
            fail("unknown measure '\(m)'")
        }
        if !note.isEmpty { print("    \(note)") }
        if let anchors { print(anchors.line(for: m, ours: seconds)) }
    }
    if withDot {
        var warnings: [String] = []
        if let graph = try? GraphFile.read(path, warnings: &warnings) {
            _ = time("dot / \(name) \(size)", runs: runs) {
                precondition(DOTEncoder.encode(graph).hasPrefix("graph"))
            }
        }
    }
    print(String(format: "peak RSS %.0f MB; load %@", peakRSSMB(), loadAverage()))
}

/// Exact vs sampled betweenness on the graph at `path` with the given sample fraction: the
/// Spearman correlation for seed 42 and, with `seeds` > 1, the mean over seeds 42, 43, ….
/// `exactPath` reads the exact values (raw doubles, as `--measures dump-betweenness` writes
/// them) instead of computing them; `dumpDir` receives the seed-42 estimate as
/// `sampled.f64` (to cross-check the correlation with `scipy.stats.spearmanr`).
func spearmanCheck(
    _ path: String, fraction: Double, threads: Int?, exactPath: String? = nil, seeds: Int = 1,
    dumpDir: String? = nil
) -> String {
    let (g, _) = readTSVGraph(path)
    let k = max(1, Int((fraction * Double(g.nodeCount)).rounded()))
    let t0 = now()
    let exact: [Double]
    if let exactPath, let data = FileManager.default.contents(atPath: exactPath) {
        exact = data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
        precondition(exact.count == g.nodeCount, "\(exactPath) does not match \(path)")
    } else {
        exact = try! g.betweenness(.init(threads: threads)).values
    }
    let t1 = now()
    var rhos: [Double] = []
    var sampledSeconds = 0.0
    for seed in 0..<max(1, seeds) {
        let t2 = now()
        let sampled = try! g.betweenness(
            .init(threads: threads), sampling: .sources(count: k, seed: 42 + UInt64(seed)))
        sampledSeconds += now() - t2
        rhos.append(spearman(exact, sampled.scores.values))
        if seed == 0, let dumpDir { writeDoubles(sampled.scores.values, to: dumpDir + "/sampled.f64") }
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var out = String(
        format: "on %@ at the same fraction (%d sources): Spearman %.4f (exact took %.1f s, sampled %.2f s)",
        name, k, rhos[0], t1 - t0, sampledSeconds / Double(rhos.count))
    if rhos.count > 1 {
        out += String(
            format: "; mean over seeds 42...%d: %.4f (min %.4f)", 41 + rhos.count,
            rhos.reduce(0, +) / Double(rhos.count), rhos.min()!)
    }
    return out
}

/// Spearman's rank correlation (average ranks for ties).
func spearman(_ a: [Double], _ b: [Double]) -> Double {
    func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var r = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, x[order[j + 1]] == x[order[i]] { j += 1 }
            for t in i...j { r[order[t]] = Double(i + j) / 2 + 1 }
            i = j + 1
        }
        return r
    }
    let ra = ranks(a), rb = ranks(b)
    let ma = ra.reduce(0, +) / Double(ra.count), mb = rb.reduce(0, +) / Double(rb.count)
    var sab = 0.0, saa = 0.0, sbb = 0.0
    for i in ra.indices {
        sab += (ra[i] - ma) * (rb[i] - mb)
        saa += (ra[i] - ma) * (ra[i] - ma)
        sbb += (rb[i] - mb) * (rb[i] - mb)
    }
    return sab / (saa * sbb).squareRoot()
}

func writeDoubles(_ x: [Double], to path: String) {
    let data = x.withUnsafeBufferPointer { Data(buffer: $0) }
    _ = FileManager.default.createFile(atPath: path, contents: data)
}
