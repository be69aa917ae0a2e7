import Foundation
import GraphTestSupport
import RelGraphCore
import Testing
@testable import RelGraphPipeline

/// What the bundled example corpus must produce: its storylines' actors, blocs and brokers.
@Suite struct ExamplesGraphTests {
    static let input = try! ArticleInput.read([TestPaths.packageRoot.appendingPathComponent("Examples/articles").path])
    static let graph = input.graph
    static let report = try! ActorReport(graph: graph)

    func person(_ name: String) -> Entity? {
        Self.graph.entities.first { $0.kind == .person && $0.name == name }
    }

    @Test func readsEveryArticle() {
        #expect(Self.input.extractions.count >= 12)
        #expect(Self.input.problems.isEmpty)
    }

    @Test(arguments: [
        ("Antony Blinken", "USA"), ("Wang Yi", "CHN"), ("Yang Jiechi", "CHN"), ("Joe Biden", "USA"),
        ("Xi Jinping", "CHN"), ("Ebrahim Raisi", "IRN"), ("Min Aung Hlaing", "MMR"),
        ("Aung San Suu Kyi", "MMR"), ("Abiy Ahmed", "ETH"), ("Abdel Fattah el-Sisi", "EGY"),
    ])
    func keyPeopleWithTheirCountries(_ name: String, _ iso: String) throws {
        let p = try #require(person(name), "\(name) missing")
        #expect(p.affiliation == iso)
    }

    @Test func countriesOfAllStorylines() {
        let codes = Set(Self.graph.entities.compactMap(\.iso3))
        #expect(codes.isSuperset(of: ["USA", "CHN", "TWN", "IRN", "MMR", "EGY", "ETH", "SDN"]))
        #expect(!codes.contains("AUT"))  // Vienna is only a venue
    }

    @Test func issuesOfAllStorylines() {
        let issues = Set(Self.graph.entities.filter { $0.kind == .issue }.map(\.name))
        #expect(issues.isSuperset(of: ["human rights", "climate change", "sanctions", "military coup"]))
    }

    @Test func blocsAndBrokers() throws {
        #expect(Self.report.partition.count >= 3)
        #expect(Self.report.modularity > 0.2)
        let blinken = try #require(Self.report.rows.first { $0.name == "Antony Blinken" })
        let byBetweenness = Self.report.rows.sorted { $0.betweenness > $1.betweenness }.prefix(8).map(\.name)
        #expect(byBetweenness.contains("Antony Blinken"), "brokers: \(byBetweenness)")
        #expect(blinken.rank <= 10)
    }
}
