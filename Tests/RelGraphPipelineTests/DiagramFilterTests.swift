import RelGraphAnalysis
import RelGraphCore
import RelGraphPipeline
import Testing

@Suite struct DiagramFilterTests {
    let graph = HostileGraph.graph

    var actors: KeyActors { get throws { try KeyActors(graph: LabeledGraph(graph)) } }

    func names(_ filter: DiagramFilter) throws -> [String] {
        try filter.diagram(of: graph, actors: actors).graph.entities.map(\.name).sorted()
    }

    func date(_ text: String) -> PartialDate? { PartialDate(text) }

    @Test func readableDefaultOnlyForLargeGraphsWithoutATop() {
        #expect(DiagramFilter().readable(nodeCount: 60) == nil)
        #expect(DiagramFilter().readable(nodeCount: 61) == DiagramFilter(top: 60, minWeight: 2))
        #expect(DiagramFilter(top: 500).readable(nodeCount: 1000) == nil)
        // With a filter of the user's own, only the size is capped.
        #expect(DiagramFilter(focus: ["x"]).readable(nodeCount: 1000) == DiagramFilter(top: 60, focus: ["x"]))
    }

    @Test func exportsKeepIsolatedEntitiesUnlessFiltered() throws {
        var entities = graph.entities
        entities.append(Entity(kind: .country, name: "Chile", iso3: "CHL"))
        let withLoner = try EntityGraph(entities: entities, relations: graph.relations, articles: graph.articles)
        let actors = try KeyActors(graph: LabeledGraph(withLoner))
        #expect(try DiagramFilter().diagram(of: withLoner, actors: actors).graph.entities.contains { $0.name == "Chile" })
        #expect(try !DiagramFilter(top: 5).diagram(of: withLoner, actors: actors).graph.entities.contains { $0.name == "Chile" })
    }

    @Test func focusIsHighlighted() throws {
        let d = try DiagramFilter(focus: ["Yang Jiechi"]).diagram(of: graph, actors: actors)
        #expect(d.focus == ["person:Yang Jiechi"])
        let dot = d.dot(layout: .neato, measure: .pagerank)
        let line = try #require(dot.split(separator: "\n").first { $0.contains("label=\"Yang Jiechi") })
        #expect(line.contains("penwidth=3.50"))
        #expect(dot.split(separator: "\n").filter { $0.contains("penwidth=3.50") && $0.contains("label=") }.count == 1)
    }

    @Test func identityKeepsEverything() throws {
        #expect(try names(DiagramFilter()).count == 5)
        #expect(DiagramFilter().isIdentity)
    }

    @Test func focusKeepsTheEgoNetwork() throws {
        #expect(
            try names(DiagramFilter(focus: ["Yang Jiechi"], depth: 1))
                == ["Antony Blinken", "China", "Yang Jiechi"])
        #expect(try names(DiagramFilter(focus: ["yang jiechi"], depth: 0)) == ["Yang Jiechi"])
        #expect(try names(DiagramFilter(focus: ["Jiechi"], depth: 2)).count == 4)
    }

    @Test func unknownFocusSuggestsNames() throws {
        let report = try actors
        #expect(throws: DiagramFilterError.name(.unknown(name: "Antony Blinkn", suggestions: ["Antony Blinken"]))) {
            try DiagramFilter(focus: ["Antony Blinkn"]).diagram(of: graph, actors: report)
        }
    }

    @Test func minWeightKindsTopAndComponent() throws {
        #expect(try names(DiagramFilter(minWeight: 3)) == ["Antony Blinken", "China", "United States", "Yang Jiechi"])
        #expect(try names(DiagramFilter(kinds: [.country])) == ["China", "United States"])
        #expect(try names(DiagramFilter(top: 2)).count == 2)
        #expect(try names(DiagramFilter(minWeight: 3, largestComponent: true)).count == 2)
    }

    @Test func dateWindowUsesEvidenceArticles() throws {
        // Only two relations quote a dated article (a1, 2021-03-18).
        #expect(try names(DiagramFilter(from: date("2021-03"), to: date("2021-03"))).count == 4)
        #expect(try names(DiagramFilter(to: date("2021-03-18"))).count == 4)
        // A window with no articles leaves nothing to draw: an error, not an empty picture.
        #expect(throws: DiagramFilterError.emptyDiagram(filters: "dates 2022 to …")) {
            try names(DiagramFilter(from: date("2022")))
        }
        #expect(throws: DiagramFilterError.self) { try names(DiagramFilter(to: date("2021-03-17"))) }
    }

    @Test func onlyRealDatesParse() {
        #expect(PartialDate("2020-13-01") == nil)
        #expect(PartialDate("2021-02-29") == nil)
        #expect(PartialDate("2020-02-29")?.description == "2020-02-29")
        #expect(PartialDate("March") == nil)
        #expect(PartialDate("2021")?.description == "2021")
        #expect(DateRange(from: PartialDate("2021-05"), to: PartialDate("2021-03")) == nil)
        let march = DateRange(from: PartialDate("2021-03"), to: PartialDate("2021-03"))
        #expect(march?.contains("2021-03-31") == true)
        #expect(march?.contains("2021-04-01") == false)
        #expect(march?.contains("2021-02-28") == false)
    }

    @Test func backboneKeepsSignificantEdges() throws {
        let report = try actors
        let d = try DiagramFilter(backbone: 1).diagram(of: graph, actors: report)
        let p = graph.weightedGraph().disparityFilter()
        #expect(d.graph.relations.count == p.edges.filter { $0.pValue < 1 }.count)
    }

    @Test(arguments: [
        (DiagramFilter(top: 0), "Value '0' for '--top' is not valid; expected a whole number >= 1"),
        (DiagramFilter(backbone: 0), "Value '0.0' for '--backbone' is not valid; expected a significance level in (0, 1]"),
        (
            DiagramFilter(from: PartialDate("2021-05"), to: PartialDate("2021-03")),
            "Date window '2021-05' to '2021-03' is empty; '--from' must not be after '--to'"
        ),
    ])
    func invalidFiltersThrow(_ filter: DiagramFilter, _ message: String) throws {
        let report = try actors
        #expect { try filter.diagram(of: graph, actors: report) } throws: { error in
            (error as? DiagramFilterError)?.description == message
        }
    }
}
