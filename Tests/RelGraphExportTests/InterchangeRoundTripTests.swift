import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphExport

/// Python 3 with NetworkX, found once; tests that need it are skipped without it.
enum NetworkX {
    static let python: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3", "python3"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [candidate, "-c", "import networkx"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { continue }
            p.waitUntilExit()
            if p.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    static var available: Bool { python != nil }

    /// Runs `script` with the files in `files` written to a temporary folder (the script's
    /// working directory) and returns its standard output parsed as JSON.
    static func run(_ script: String, files: [String: String]) throws -> Any {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("relgraph-nx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        let r = try TestProcess.run(URL(fileURLWithPath: "/usr/bin/env"), [python!, "-c", script], directory: dir)
        try #require(r.status == 0, "python failed: \(r.stderr)")
        let data = Data(r.stdout.utf8)
        return try JSONSerialization.jsonObject(with: data)
    }
}

/// Every interchange format read back by NetworkX gives the same nodes, edges, weights and
/// attributes; hostile names survive.
@Suite(.enabled(if: NetworkX.available, "needs python3 with networkx"))
struct InterchangeRoundTripTests {
    /// The sample graph plus an entity with a hostile name, and dated articles.
    static let graph: EntityGraph = {
        var entities = SampleGraph.entities
        let hostile = "Q\"<b>&amp;'\\N \n tab\tC:\\new, \"x\" 中文 🇺🇸 graph"
        entities.append(Entity(kind: .organization, name: hostile, aliases: ["a;b", "c"]))
        var relations = SampleGraph.relations
        relations.append(
            Relation(
                "organization:\(hostile)", "country:USA", weight: 1.5, sentences: 1,
                tone: ToneCounts(conflict: 1),
                evidence: [Evidence(article: "ap-0007", sentence: 3, text: "</script> \"<x>\" ,;")]))
        return try! EntityGraph(
            entities: entities, relations: relations,
            articles: [
                ArticleInfo(id: "ap-0007", title: "Talks", date: "2021-03-18"),
                ArticleInfo(id: "bbc-0042", date: "2021-03-19"),
                ArticleInfo(id: "reuters-0193", date: "2021-03-22"),
            ])
    }()

    static let measures: NodeMeasures = {
        let n = graph.entities.count
        return NodeMeasures(
            columns: [
                .init(name: "pagerank", values: (0..<n).map { 1 / Double($0 + 3) }),
                .init(name: "degree", values: (0..<n).map { Double($0) }),
            ],
            community: (0..<n).map { $0 % 3 - ($0 == 4 ? 5 : 0) }, sizeColumn: "pagerank")
    }()

    /// What NetworkX should see: node id → attributes, "a|b" → edge attributes.
    static func expected() -> (nodes: [String: [String: AttributeValue]], edges: [String: [String: AttributeValue]]) {
        var nodes: [String: [String: AttributeValue]] = [:]
        for i in graph.entities.indices {
            nodes[graph.entities[i].id] = InterchangeRecord.node(i, of: graph, measures: measures)
        }
        var edges: [String: [String: AttributeValue]] = [:]
        let dates = InterchangeRecord.articleDates(graph)
        for r in graph.relations {
            edges[r.source + "|" + r.target] = InterchangeRecord.edge(r, dates: dates)
        }
        return (nodes, edges)
    }

    /// Dumps nodes and edges (endpoints sorted) of `G` as JSON with plain values.
    static let dump = """
        import json, sys
        def plain(v):
            if isinstance(v, (list, tuple)): return [plain(x) for x in v]
            if isinstance(v, dict): return {k: plain(x) for k, x in v.items()}
            return v
        def dump(G):
            nodes = {str(n): plain(d) for n, d in G.nodes(data=True)}
            edges = {"|".join(sorted([str(u), str(v)])): plain(d) for u, v, d in G.edges(data=True)}
            print(json.dumps({"directed": G.is_directed(), "nodes": nodes, "edges": edges}))
        """

    func check(
        _ result: Any, skipNode: Set<String> = [], skipEdge: Set<String> = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let obj = try #require(result as? [String: Any])
        #expect(obj["directed"] as? Bool == false)
        let nodes = try #require(obj["nodes"] as? [String: [String: Any]])
        let edges = try #require(obj["edges"] as? [String: [String: Any]])
        let (wantNodes, wantEdges) = Self.expected()
        #expect(Set(nodes.keys) == Set(wantNodes.keys), sourceLocation: sourceLocation)
        #expect(Set(edges.keys) == Set(wantEdges.keys), sourceLocation: sourceLocation)
        for (id, want) in wantNodes {
            for (key, value) in want where !skipNode.contains(key) {
                #expect(same(nodes[id]?[key], value), "node \(id) \(key)", sourceLocation: sourceLocation)
            }
        }
        for (id, want) in wantEdges {
            for (key, value) in want where !skipEdge.contains(key) {
                #expect(same(edges[id]?[key], value), "edge \(id) \(key)", sourceLocation: sourceLocation)
            }
        }
    }

    func same(_ got: Any?, _ want: AttributeValue) -> Bool {
        switch want {
        case .string(let s): return (got as? String) == s
        case .int(let i): return (got as? NSNumber)?.intValue == i && (got as? NSNumber)?.doubleValue == Double(i)
        // Python prints shortest round-trip doubles; Foundation's JSON parser on Linux can be one
        // ulp off when reading them back, hence the relative 1e-15.
        case .double(let d):
            guard let g = (got as? NSNumber)?.doubleValue else { return false }
            return g == d || abs(g - d) <= 1e-15 * max(abs(d), 1e-300)
        }
    }

    @Test func graphMLThroughReadGraphML() throws {
        let text = GraphMLEncoder.encode(Self.graph, measures: Self.measures)
        let result = try NetworkX.run(
            Self.dump + "\nimport networkx as nx\ndump(nx.read_graphml('g.graphml'))\n",
            files: ["g.graphml": text])
        try check(result)
    }

    @Test func gexfThroughReadGEXF() throws {
        let text = GEXFEncoder.encode(Self.graph, measures: Self.measures)
        let result = try NetworkX.run(
            Self.dump + "\nimport networkx as nx\ndump(nx.read_gexf('g.gexf', version='1.3'))\n",
            files: ["g.gexf": text])
        try check(result)
        // Spells carry the evidence articles' dates; viz carries colour and size.
        let obj = try #require(result as? [String: Any])
        let edges = try #require(obj["edges"] as? [String: [String: Any]])
        let spells = try #require(edges["country:CHN|country:USA"]?["spells"] as? [[String]])
        #expect(!spells.isEmpty && spells.allSatisfy { $0.count == 2 && $0[0] == $0[1] })
        let nodes = try #require(obj["nodes"] as? [String: [String: Any]])
        let viz = try #require(nodes["country:USA"]?["viz"] as? [String: Any])
        let color = try #require(viz["color"] as? [String: Any])
        #expect(
            color["r"] as? Int
                == Int(
                    Palette.community(
                        Self.measures.community?[
                            Self.graph.index(of: "country:USA")!]
                    ).red))
        #expect((viz["size"] as? Double).map { $0 >= 10 && $0 <= 50 } == true)
        // NetworkX reads `viz:shape` from a `shape` attribute; GEXF 1.3 (and Gephi) use `value`.
        #expect(text.contains(#"<viz:shape value="square"/>"#))
    }

    @Test func nodeLinkThroughNodeLinkGraph() throws {
        let text = NodeLinkEncoder.encode(Self.graph, measures: Self.measures)
        let result = try NetworkX.run(
            Self.dump
                + "\nimport networkx as nx\ndump(nx.node_link_graph(json.load(open('g.json')), edges='edges'))\n",
            files: ["g.json": text])
        try check(result)
    }

    @Test func csvThroughPythonCSVIntoNetworkX() throws {
        let tables = CSVEncoder.encode(Self.graph, measures: Self.measures)
        let script =
            Self.dump + """

                import csv, networkx as nx
                def typed(row):
                    out = {}
                    for k, v in row.items():
                        if v == "": continue
                        name, _, t = k.partition(":")
                        out[name] = int(v) if t == "int" else float(v) if t == "double" else v
                    return out
                G = nx.Graph()
                with open("n.csv", newline="", encoding="utf-8") as f:
                    for row in csv.DictReader(f):
                        d = typed(row); nid = d.pop("id"); d.pop("", None)
                        assert row[":LABEL"] in ("Person", "Country", "Issue", "Organization", "Entity")
                        G.add_node(nid, **d)
                with open("e.csv", newline="", encoding="utf-8") as f:
                    for row in csv.DictReader(f):
                        assert row[":TYPE"] == "CO_MENTIONED"
                        d = typed(row); u = d.pop(""); 
                        G.add_edge(row[":START_ID"], row[":END_ID"], **d)
                dump(G)
                """
        let patched = script.replacingOccurrences(
            of: "d = typed(row); u = d.pop(\"\"); ",
            with: "d = {k: v for k, v in typed(row).items() if k not in ('', 'START_ID', 'END_ID', 'TYPE')}"
        )
        .replacingOccurrences(
            of: "d = typed(row); nid = d.pop(\"id\"); d.pop(\"\", None)",
            with: "d = typed(row); nid = d.pop(\"id\"); d.pop(\"\", None); d.pop(\"LABEL\", None)")
        let result = try NetworkX.run(patched, files: ["n.csv": tables.nodes, "e.csv": tables.edges])
        try check(result)
    }
}

/// Format-level checks that need no Python.
@Suite struct InterchangeFormatTests {
    @Test func csvHeadersAreNeo4jImportHeaders() {
        let tables = CSVEncoder.encode(
            SampleGraph.graph,
            measures: NodeMeasures(
                columns: [.init(name: "pagerank", values: SampleGraph.importance(for: SampleGraph.graph))],
                community: SampleGraph.community(for: SampleGraph.graph)))
        #expect(
            tables.nodes.hasPrefix(
                "id:ID,label,kind,:LABEL,iso3,affiliation,affiliation_source,aliases,mentions:int,articles:int,community:int,pagerank:double,color\n"
            ))
        #expect(
            tables.edges.hasPrefix(
                ":START_ID,:END_ID,:TYPE,weight:double,articles:int,sentences:int,tone,cooperation:int,conflict:int,neutral:int,net_tone:double,color,evidence,first_date,last_date\n"
            ))
        #expect(tables.nodes.split(separator: "\n").count == 1 + SampleGraph.graph.entities.count)
        #expect(tables.edges.split(separator: "\n").count == 1 + SampleGraph.graph.relations.count)
    }

    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), (" x", "\" x\""), ("a\nb", "\"a\nb\"")])
    func csvFieldQuoting(_ input: String, _ expected: String) {
        #expect(CSVEncoder.field(input) == expected)
    }

    @Test func xmlEscapingDropsForbiddenCharacters() {
        #expect(TextEscaping.xml("a<b>&\"c'\u{1}\u{FFFE}\n") == "a&lt;b&gt;&amp;&quot;c&apos;&#10;")
    }

    @Test func encodersAreDeterministic() {
        let g = SampleGraph.graph
        #expect(GraphMLEncoder.encode(g) == GraphMLEncoder.encode(g))
        #expect(GEXFEncoder.encode(g) == GEXFEncoder.encode(g))
        #expect(NodeLinkEncoder.encode(g) == NodeLinkEncoder.encode(g))
        #expect(GEXFEncoder.encode(g).contains(#"<gexf xmlns="http://gexf.net/1.3""#))
    }
}
