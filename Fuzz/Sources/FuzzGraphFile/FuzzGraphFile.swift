import Foundation
import FuzzSupport
import RelGraphCore

/// The graph-file readers on any bytes: the native `*.relgraph.json` (``RelGraphCore/GraphFile``)
/// and the edge list (``RelGraphCore/EdgeList``).
///
/// Properties: either reader returns a graph or throws a ``RelGraphCore/GraphError`` whose message
/// names the file; a graph it returns passes the ``RelGraphCore/WeightedGraph`` invariants; a
/// native graph written and read back is the same graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(FuzzCheck.bytes(data, size))
    let path = "fuzz/input.relgraph.json"
    do {
        let graph = try GraphFile.decode(bytes, path: path)
        if let violation = graph.weightedGraph().invariantViolation() { FuzzCheck.require(false, violation) }
        let again = try GraphFile.decode(GraphFile.encode(graph), path: path)
        FuzzCheck.require(again == graph, "a written graph reads back differently")
    } catch {
        FuzzCheck.require("\(error)".contains(path), "error without the file: \(error)")
    }
    var warnings: [String] = []
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let graph = try EdgeList.parse(text, path: "fuzz/input.tsv", warnings: &warnings)
        if let violation = graph.weightedGraph().invariantViolation() { FuzzCheck.require(false, violation) }
    } catch {
        FuzzCheck.require("\(error)".contains("fuzz/input.tsv"), "error without the file: \(error)")
    }
    return 0
}
