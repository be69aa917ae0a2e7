// relgraph-bench: release-build benchmarks of RelGraph's stages.
//
//   swift run -c release relgraph-bench extract CORPUS.jsonl [THREADS]
//   swift run -c release relgraph-bench analysis GRAPH.tsv [RUNS]
//
// Each case prints one line: `<stage> / <input> <size>: median <s> (min <s>) over N runs, <rate>`,
// plus peak resident memory. A sanity check inside each case stops a broken stage from posting
// a fast time. Corpora come from ../shared/bench/make_corpus.py (never committed); graphs from
// ../shared/bench/graph/data.
import Foundation
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphExtraction

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Peak resident set size of this process, in MB (VmHWM from /proc/self/status).
func peakRSSMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

func time(_ label: String, runs: Int, rate: ((Double) -> String)? = nil, _ body: () -> Void) {
    var times: [Double] = []
    for _ in 0..<runs {
        let t0 = now()
        body()
        times.append(now() - t0)
    }
    times.sort()
    let median = times[times.count / 2]
    let extra = rate.map { ", " + $0(median) } ?? ""
    print(String(format: "%@: median %.3f s (min %.3f s) over %d runs%@", label, median, times[0], runs, extra))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(64)
}

let args = CommandLine.arguments.dropFirst()
guard let stage = args.first, args.count >= 2 else {
    fail("usage: relgraph-bench extract CORPUS.jsonl [THREADS] | analysis GRAPH.tsv [RUNS]")
}
let path = args[args.startIndex + 1]

switch stage {
case "extract":
    let threads = args.count > 2 ? Int(args[args.startIndex + 2]) : nil
    let t0 = now()
    let read: ArticleReader.ReadResult
    do { read = try ArticleReader().read([path]) } catch { fail(error.description) }
    let bytes = read.articles.reduce(0) { $0 + $1.text.utf8.count + ($1.title?.utf8.count ?? 0) }
    let mb = Double(bytes) / 1e6
    print(String(format: "read / %@: %d articles, %.1f MB of text in %.2f s", path, read.articles.count, mb, now() - t0))
    var options = ExtractionOptions()
    options.threads = threads
    let extractor: Extractor
    do { extractor = try Extractor(options: options) } catch { fail(error.description) }
    var entities = 0
    time("extract / \(read.articles.count) articles, threads=\(threads.map(String.init) ?? "all")", runs: 3,
         rate: { String(format: "%.2f MB/s", mb / $0) }) {
        let xs = extractor.extract(read.articles)
        entities = xs.reduce(0) { $0 + $1.entities.count }
        precondition(entities > 0, "extraction found nothing")
    }
    print(String(format: "entities per run: %d; peak RSS %.0f MB", entities, peakRSSMB()))
case "analysis":
    let runs = args.count > 2 ? Int(args[args.startIndex + 2]) ?? 3 : 3
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
default:
    fail("unknown stage '\(stage)'; expected extract or analysis")
}
