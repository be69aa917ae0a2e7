import RelGraphCore
import RelGraphPipeline
import Testing

@Suite struct DiagramFilterTests {
    let graph = HostileGraph.graph

    func names(_ filter: DiagramFilter) throws -> [String] {
        let report = try ActorReport(graph: graph)
        return try filter.diagram(of: graph, report: report).graph.entities.map(\.name).sorted()
    }

    @Test func identityKeepsEverything() throws {
        #expect(try names(DiagramFilter()).count == 5)
        #expect(DiagramFilter().isIdentity)
    }

    @Test func focusKeepsTheEgoNetwork() throws {
        #expect(try names(DiagramFilter(focus: ["Yang Jiechi"], depth: 1))
            == ["Antony Blinken", "China", "Yang Jiechi"])
        #expect(try names(DiagramFilter(focus: ["yang jiechi"], depth: 0)) == ["Yang Jiechi"])
        #expect(try names(DiagramFilter(focus: ["Jiechi"], depth: 2)).count == 4)
    }

    @Test func unknownFocusSuggestsNames() throws {
        let report = try ActorReport(graph: graph)
        #expect(throws: DiagramFilterError.unknownFocus(name: "Antony Blinkn", suggestions: ["Antony Blinken"])) {
            try DiagramFilter(focus: ["Antony Blinkn"]).diagram(of: graph, report: report)
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
        #expect(try names(DiagramFilter(from: "2021-03", to: "2021-03")).count == 4)
        #expect(try names(DiagramFilter(to: "2021-03-18")).count == 4)
        #expect(try names(DiagramFilter(from: "2022")).isEmpty)
        #expect(try names(DiagramFilter(to: "2021-03-17")).isEmpty)
    }

    @Test func backboneKeepsSignificantEdges() throws {
        let report = try ActorReport(graph: graph)
        let d = try DiagramFilter(backbone: 1).diagram(of: graph, report: report)
        let p = graph.weightedGraph().disparityFilter()
        #expect(d.graph.relations.count == p.edges.filter { $0.pValue < 1 }.count)
    }

    @Test(arguments: [
        (DiagramFilter(top: 0), "Value '0' for '--top' is not valid; expected a whole number >= 1"),
        (DiagramFilter(backbone: 0), "Value '0.0' for '--backbone' is not valid; expected a significance level in (0, 1]"),
        (DiagramFilter(from: "March"), "Date 'March' for '--from' is not valid; expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (DiagramFilter(from: "2021-05", to: "2021-03"), "Date window '2021-05' to '2021-03' is empty; '--from' must not be after '--to'"),
    ])
    func invalidFiltersThrow(_ filter: DiagramFilter, _ message: String) throws {
        let report = try ActorReport(graph: graph)
        #expect { try filter.diagram(of: graph, report: report) } throws: { error in
            (error as? DiagramFilterError)?.description == message
        }
    }
}
