import Foundation
import RelGraphExtraction

/// `extract CORPUS.jsonl [THREADS]`: extraction throughput in MB of article text per second.
///
/// Prints the median and minimum wall time of `RELGRAPH_BENCH_RUNS` runs (3 by default), the
/// MB per second of the median, the process CPU time per run (user + system, all threads;
/// unlike wall time it hardly grows when other processes share the cores) and the peak
/// resident memory.
func extractBench(path: String, args: [String]) {
    let threads = args.count > 0 ? Int(args[0]) : nil
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
    var cpu: [Double] = []
    let runs = ProcessInfo.processInfo.environment["RELGRAPH_BENCH_RUNS"].flatMap { Int($0) } ?? 3
    time(
        "extract / \(read.articles.count) articles, threads=\(threads.map(String.init) ?? "all")", runs: runs,
        rate: { String(format: "%.2f MB/s", mb / $0) }
    ) {
        let c0 = cpuSeconds()
        let xs = extractor.extract(read.articles)
        entities = xs.reduce(0) { $0 + $1.entities.count }
        cpu.append(cpuSeconds() - c0)
        precondition(entities > 0, "extraction found nothing")
    }
    cpu.sort()
    let medianCPU = cpu[cpu.count / 2]
    print(
        String(
            format: "CPU time (user + system, all threads): median %.3f s (min %.3f s), %.2f MB per CPU second",
            medianCPU, cpu[0], mb / medianCPU))
    print(String(format: "entities per run: %d; peak RSS %.0f MB", entities, peakRSSMB()))
}
