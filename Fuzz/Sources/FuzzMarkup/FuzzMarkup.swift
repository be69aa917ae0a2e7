import Foundation
import FoundationXML
import FuzzSupport
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport

/// The GraphML, GEXF and HTML report writers on graphs with any names, evidence and title.
///
/// Properties: GraphML and GEXF are well-formed XML (Foundation's parser, libxml2) with exactly
/// one `node` element per entity and one `edge` element per relation; the HTML report holds as
/// many `<` as the report of the same graph whose names have `<`, `>`, `&`, `"` and `'` replaced
/// by letters, so no name adds markup (nor ends a script or style block).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzCheck.bytes(data, size)
    guard let fuzzed = FuzzGraph(bytes) else { return 0 }
    let graph = fuzzed.graph
    for (format, xml) in [("GraphML", GraphMLEncoder.encode(graph)), ("GEXF", GEXFEncoder.encode(graph))] {
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        FuzzCheck.require(parser.parse(), "\(format) is not well-formed: \(String(describing: parser.parserError))\n\(xml)")
        FuzzCheck.require(counter.counts["node", default: 0] == graph.entities.count, "\(format) node count")
        FuzzCheck.require(counter.counts["edge", default: 0] == graph.relations.count, "\(format) edge count")
    }
    let safe = bytes.map { b -> UInt8 in
        switch b {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): UInt8(ascii: "q")
        default: b
        }
    }
    guard let plain = FuzzGraph(safe), plain.graph.entities.count == graph.entities.count,
        plain.graph.relations.count == graph.relations.count,
        let html = report(graph), let plainHTML = report(plain.graph)
    else { return 0 }
    let opens = html.utf8.lazy.filter { $0 == UInt8(ascii: "<") }.count
    let plainOpens = plainHTML.utf8.lazy.filter { $0 == UInt8(ascii: "<") }.count
    FuzzCheck.require(opens == plainOpens, "names add \(opens - plainOpens) '<' to the report")
    return 0
}

/// The HTML report of `graph` with a fixed stand-in diagram, or `nil` when it cannot be analysed.
func report(_ graph: EntityGraph) -> String? {
    guard let actors = try? KeyActors(graph: LabeledGraph(graph)) else { return nil }
    return HTMLReportEncoder.html(
        title: graph.articles.first?.title ?? "", graph: graph, actors: actors, diagram: graph,
        svg: "<svg></svg>", filterSummary: graph.entities.first?.name)
}

/// Counts elements by name.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        counts[elementName, default: 0] += 1
    }
}
