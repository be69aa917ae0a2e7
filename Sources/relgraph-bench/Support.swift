// Shared helpers of relgraph-bench: release-build benchmarks of RelGraph's stages.
//
//   swift run -c release relgraph-bench extract CORPUS.jsonl [THREADS]
//   swift run -c release relgraph-bench analysis GRAPH.tsv [RUNS]
//
// Each case prints one line: `<stage> / <input> <size>: median <s> (min <s>) over N runs, <rate>`,
// plus peak resident memory. A sanity check inside each case stops a broken stage from posting
// a fast time. Corpora and graphs come from the team's benchmark data (never committed); see
// Benchmarks/README.md.
import Foundation

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU time (user + system) this process has used so far, over all its threads, in seconds.
/// Unlike wall time, it does not grow when other processes share the cores.
func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)  // Glibc imports RUSAGE_SELF as an enum case
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return s(u.ru_utime) + s(u.ru_stime)
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

/// Runs `body` `runs` times, prints the median and minimum (and `rate` of the median), and
/// returns the median in seconds.
@discardableResult
func time(_ label: String, runs: Int, rate: ((Double) -> String)? = nil, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let t0 = now()
        body()
        times.append(now() - t0)
    }
    times.sort()
    let median = times[times.count / 2]
    let extra = rate.map { ", " + $0(median) } ?? ""
    print(String(format: "%@: median %.4g s (min %.4g s) over %d runs%@", label, median, times[0], runs, extra))
    return median
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(64)
}
