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
/// many `<` as the report of the same graph (same ids) whose names, aliases, evidence and titles
/// have `<`, `>`, `&`, `"` and `'` replaced by a letter, so no text adds markup (nor ends a
/// script or style block); no id with `<` or `>` appears as it is.
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
    // The report of the same graph with every shown text (names, aliases, evidence, titles)
    // stripped of markup characters but the ids kept, so that the analysis, the order and so
    // the page's structure are the same: escaping adds no '<', so the counts must agree.
    guard let html = report(graph), let plain = try? withPlainText(graph), let plainHTML = report(plain) else {
        return 0
    }
    let opens = html.utf8.lazy.filter { $0 == UInt8(ascii: "<") }.count
    let plainOpens = plainHTML.utf8.lazy.filter { $0 == UInt8(ascii: "<") }.count
    FuzzCheck.require(opens == plainOpens, "names add \(opens - plainOpens) '<' to the report")
    // Ids are shown too (in links and data): none with '<' or '>' may appear as it is.
    for e in graph.entities where e.id.contains(where: { $0 == "<" || $0 == ">" }) {
        FuzzCheck.require(!html.contains(e.id), "the id \(String(reflecting: e.id)) appears unescaped")
    }
    return 0
}

/// `text` with `<`, `>`, `&`, `"` and `'` replaced by `q`.
func plainText(_ text: String) -> String {
    String(text.map { "<>&\"'".contains($0) ? "q" : $0 })
}

/// `graph` with every shown text made plain (``plainText(_:)``) and the same ids.
func withPlainText(_ graph: EntityGraph) throws -> EntityGraph {
    try EntityGraph(
        entities: graph.entities.map { e in
            var e = e
            e.name = plainText(e.name)
            e.aliases = e.aliases.map(plainText)
            return e
        },
        relations: graph.relations.map { r in
            var r = r
            r.evidence = r.evidence.map { ev in
                var ev = ev
                ev.text = plainText(ev.text)
                return ev
            }
            return r
        },
        articles: graph.articles.map { a in
            var a = a
            a.title = a.title.map(plainText)
            return a
        })
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
