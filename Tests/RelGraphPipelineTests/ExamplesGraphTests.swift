import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing

@testable import RelGraphPipeline

/// What the bundled example corpus must produce: its storylines' actors, blocs and brokers.
@Suite struct ExamplesGraphTests {
    static let input = try! ArticleInput.read([TestPaths.packageRoot.appendingPathComponent("Examples/articles").path])
    static let graph = input.graph
    static let report = try! KeyActors(graph: LabeledGraph(graph.restricted(to: RelationKind.rankingDefault)))

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
        // Capitals count as their country, venues included (the gold annotations' convention).
        #expect(codes.contains("AUT"))
    }

    @Test func issuesOfAllStorylines() {
        let issues = Set(Self.graph.entities.filter { $0.kind == .issue }.map(\.name))
        #expect(issues.isSuperset(of: ["human rights", "climate change", "sanctions", "military coup"]))
    }

    @Test func blocsAndBrokers() throws {
        // Four storylines give at least four communities with clear structure.
        #expect(Self.report.communityPartition.count >= 4)
        #expect((Self.report.modularity ?? -1) > 0.2)
        // The United States and China appear in three or four storylines each: they are the
        // two top brokers.
        let top = Self.report.ranking(by: .betweenness).prefix(2).map { Self.report.entities[$0].name }
        #expect(Set(top) == ["United States", "China"], "top brokers: \(top)")
        // Blinken is tied to at least three of the blocs.
        let g = Self.graph.weightedGraph()
        let b = try #require(Self.graph.index(of: "person:Antony Blinken"))
        let blocs = Set(g.neighborRange(b).map { Self.report.communityPartition.community[Int(g.targets[$0])] })
        #expect(blocs.count >= 3, "Blinken's neighbours are in communities \(blocs.sorted())")
    }
}
