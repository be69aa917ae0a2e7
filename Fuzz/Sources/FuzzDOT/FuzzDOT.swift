import FuzzSupport
import RelGraphCore
import RelGraphRendering

@testable import RelGraphExport

/// The DOT writer on graphs with any names, evidence and title, read back by Graphviz's own
/// parser (libcgraph).
///
/// Properties: the text always parses; it holds exactly the graph's nodes (`n0`…, plus `legend`
/// when asked) and its edges between the right nodes; every label, once cgraph has read the
/// quoted string, is the escaped label of ``DOTEncoder`` (no name can end a string early or add
/// a node, an edge or an attribute); the graph label is the escaped title.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzCheck.bytes(data, size)
    guard let fuzzed = FuzzGraph(bytes) else { return 0 }
    let graph = fuzzed.graph
    let n = graph.entities.count
    let switches = bytes.first ?? 0
    let options = DOTOptions(
        title: graph.articles.first?.title, legend: switches & 1 == 1, clusters: switches & 2 == 2,
        maxLabelLength: 8 + Int(switches >> 2), flags: switches & 4 == 4)
    let community = (0..<n).map { $0 % 3 - (switches & 8 == 8 ? 1 : 0) }
    let importance = (0..<n).map { Double($0 + 1) / Double(n) }
    let dot = DOTEncoder.encode(graph, importance: importance, community: community, options: options)
    let parsed: ParsedGraph
    do { parsed = try Graphviz.parse(dot: dot) } catch {
        FuzzCheck.require(false, "Graphviz rejects the DOT: \(error)\n\(dot)")
        return 0
    }
    let legend = options.legend && n > 0 ? 1 : 0
    FuzzCheck.require(parsed.nodeCount == n + legend, "\(parsed.nodeCount) nodes for \(n) + \(legend)")
    FuzzCheck.require(parsed.edgeCount == graph.relations.count, "\(parsed.edgeCount) edges for \(graph.relations.count)")
    var edges = Set<[Int]>()
    for e in parsed.edges {
        guard let a = Int(e.tail.dropFirst()), let b = Int(e.head.dropFirst()), e.tail.first == "n",
            e.head.first == "n"
        else {
            FuzzCheck.require(false, "edge \(e.tail) -- \(e.head)")
            return 0
        }
        edges.insert([min(a, b), max(a, b)])
    }
    FuzzCheck.require(edges == fuzzed.pairs, "edges differ")
    for (i, entity) in graph.entities.enumerated() where !options.flags {
        let written = DOTEncoder.escaped(
            DOTStyle.label(for: entity, maxLength: options.maxLabelLength), backslash: #"\\"#)
        let read = parsed.labels["n\(i)"] ?? ""
        FuzzCheck.require(read == cgraphString(written), "label of n\(i): \(String(reflecting: read)) for \(String(reflecting: written))")
    }
    if let title = options.title {
        FuzzCheck.require(
            (parsed.graphAttributes["label"] ?? "") == cgraphString(DOTEncoder.escaped(title, backslash: #"\\"#)),
            "graph label")
    }
    return 0
}

/// What libcgraph's scanner keeps of the body of a quoted string: `\"` becomes `"`, `\\` stays
/// two backslashes (for the label pass), anything else is kept.
func cgraphString(_ body: String) -> String {
    var out = ""
    var scalars = body.unicodeScalars.makeIterator()
    while let s = scalars.next() {
        guard s == "\\" else {
            out.unicodeScalars.append(s)
            continue
        }
        guard let t = scalars.next() else {
            out += "\\"
            break
        }
        out += t == "\"" ? "\"" : "\\" + String(t)
    }
    return out
}
