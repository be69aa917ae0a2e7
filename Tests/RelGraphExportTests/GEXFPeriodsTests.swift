import Foundation
import RelGraphCore
import Testing

@testable import RelGraphExport

/// One dynamic GEXF graph from the graphs of ``TrendsSample`` plus April (a copy of March).
@Suite("GEXF with period spells")
struct GEXFPeriodsTests {
    static let periods = TrendsSample.periods + [(TimeSlice.month.period(of: "2020-04")!, TrendsSample.periods[2].graph)]

    /// The `<spell>` lines of the element that starts with `opening`.
    static func spells(_ text: String, after opening: String) throws -> [String] {
        let start = try #require(text.range(of: opening))
        let rest = text[start.upperBound...]
        let end = try #require(rest.range(of: "</node>") ?? rest.range(of: "</edge>"))
        return rest[..<end.lowerBound].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("<spell ") }
    }

    @Test("Union of nodes and edges, consecutive periods merged into one spell")
    func spells() throws {
        let text = GEXFEncoder.encode(periods: Self.periods)
        #expect(text.contains(#"<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">"#))
        // B: January, then March and April (February is empty).
        #expect(
            try Self.spells(text, after: #"<node id="person:B""#) == [
                #"<spell start="2020-01-01" end="2020-01-31"/>"#, #"<spell start="2020-03-01" end="2020-04-30"/>"#,
            ])
        // The country is in March and April only.
        #expect(
            try Self.spells(text, after: #"<node id="country:DDD""#) == [#"<spell start="2020-03-01" end="2020-04-30"/>"#])
        // A – B: weights 3 + 1 + 1 summed, present in every non-empty month.
        #expect(text.contains(#"source="person:A" target="person:B" weight="5.0">"#))
        #expect(
            try Self.spells(text, after: #"source="person:A" target="person:B""#) == [
                #"<spell start="2020-01-01" end="2020-01-31"/>"#, #"<spell start="2020-03-01" end="2020-04-30"/>"#,
            ])
        #expect(text.components(separatedBy: "<node ").count - 1 == 4)
        #expect(text.components(separatedBy: "<edge ").count - 1 == 3)
        #expect(text.contains("D &amp; &lt;Co&gt; &quot;x&quot;"))
    }

    @Test("Periods that are not adjacent are separate spells")
    func gaps() throws {
        let year = TimeSlice.year
        let g = TrendsSample.graph([("A", "B", 1)])
        let text = GEXFEncoder.encode(periods: [(year.period(of: "2019")!, g), (year.period(of: "2021")!, g)])
        #expect(text.contains(#"<spell start="2019-01-01" end="2019-12-31"/>"#))
        #expect(text.contains(#"<spell start="2021-01-01" end="2021-12-31"/>"#))
        #expect(try Self.spells(text, after: #"<node id="person:A""#).count == 2)
    }

    @Test("The single-graph encoder is unchanged: static without dated evidence")
    func staticGraph() {
        let text = GEXFEncoder.encode(TrendsSample.periods[0].graph)
        #expect(text.contains(#"mode="static""#))
        #expect(!text.contains("<spell"))
    }

    @Test(.enabled(if: NetworkX.available, "needs python3 with networkx"))
    func readByNetworkX() throws {
        let script = """
            import json, networkx as nx
            g = nx.read_gexf('t.gexf', version='1.3')
            print(json.dumps({"mode": g.graph["mode"], "nodes": {n: d["spells"] for n, d in g.nodes(data=True)},
                              "weight": g["person:A"]["person:B"]["weight"]}))
            """
        let result = try NetworkX.run(script, files: ["t.gexf": GEXFEncoder.encode(periods: Self.periods)])
        let obj = try #require(result as? [String: Any])
        #expect(obj["mode"] as? String == "dynamic")
        #expect(obj["weight"] as? Double == 5)
        let nodes = try #require(obj["nodes"] as? [String: [[String]]])
        #expect(nodes["person:B"] == [["2020-01-01", "2020-01-31"], ["2020-03-01", "2020-04-30"]])
        #expect(nodes["country:DDD"] == [["2020-03-01", "2020-04-30"]])
    }
}
