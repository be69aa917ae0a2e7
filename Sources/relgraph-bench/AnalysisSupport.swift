import Foundation
import RelGraphCore

/// The 1-, 5- and 15-minute load averages, from /proc/loadavg.
func loadAverage() -> String {
    guard let s = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
    return s.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Reads a `u<TAB>v<TAB>weight` edge list straight into CSR (names in first-seen order),
/// without the EntityGraph model, so benchmarks measure the analysis' memory.
func readTSVGraph(_ path: String) -> (WeightedGraph, [String]) {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    var index: [Substring: Int32] = [:]
    var names: [String] = []
    var edges: [(Int32, Int32, Double)] = []
    let text = String(decoding: data, as: UTF8.self)
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let f = line.split(separator: "\t")
        guard f.count >= 2 else { continue }
        func id(_ s: Substring) -> Int32 {
            if let i = index[s] { return i }
            let i = Int32(names.count)
            index[s] = i
            names.append(String(s))
            return i
        }
        let u = id(f[0]), v = id(f[1])
        let w = f.count >= 3 ? Double(f[2]) ?? 1 : 1
        if u != v { edges.append((u, v, w)) }
    }
    return (WeightedGraph(nodeCount: names.count, edges: edges), names)
}

/// Anchor timings for one graph from `anchors.py`'s JSONL output.
struct AnchorTimes {
    /// seconds by measure, then library.
    var seconds: [String: [String: Double]] = [:]

    init(path: String, graph: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            fail("cannot read anchors \(path)")
        }
        for line in text.split(separator: "\n") {
            guard
                let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                obj["graph"] as? String == graph, let measure = obj["measure"] as? String,
                let library = obj["library"] as? String, let s = obj["seconds"] as? Double
            else { continue }
            seconds[measure, default: [:]][library] = s
        }
    }

    /// `    anchors: igraph 0.34 s (ratio 0.25x), networkit ...` for `measure`.
    func line(for measure: String, ours: Double) -> String {
        let key = measure == "approx-betweenness" ? "betweenness" : measure
        guard let libs = seconds[key], !libs.isEmpty else { return "    anchors: none recorded" }
        let parts = libs.keys.sorted().map { lib -> String in
            String(format: "%@ %.4g s (RelGraph/%@ = %.2fx)", lib, libs[lib]!, lib, ours / libs[lib]!)
        }
        return "    anchors: " + parts.joined(separator: ", ")
    }
}
