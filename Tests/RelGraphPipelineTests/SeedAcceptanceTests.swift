import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphPipeline

/// The user's example article (in ../shared, absent from users' clones).
@Suite(.enabled(if: TestPaths.sharedFile("seeds/000_3d51474ea11e8312.txt") != nil))
struct SeedAcceptanceTests {
    static let graph = try! ArticleInput.read([TestPaths.sharedFile("seeds/000_3d51474ea11e8312.txt")!.path]).graph

    func entity(_ kind: EntityKind, _ name: String) -> Entity? {
        Self.graph.entities.first { $0.kind == kind && $0.name == name }
    }

    @Test func peopleWithCountries() {
        #expect(entity(.person, "Antony Blinken")?.affiliation == "USA")
        #expect(entity(.person, "Yang Jiechi")?.affiliation == "CHN")
        #expect(entity(.person, "Joe Biden")?.affiliation == "USA")
    }

    @Test func countriesAndIssues() {
        let codes = Set(Self.graph.entities.compactMap(\.iso3))
        #expect(codes.isSuperset(of: ["USA", "CHN", "MMR"]))
        #expect(entity(.issue, "human rights") != nil && entity(.issue, "climate change") != nil)
    }

    @Test func teaserBoilerplateIsIgnored() {
        let names = Self.graph.entities.map(\.name)
        #expect(!names.contains { $0.contains("Fauci") || $0.contains("Jordan") || $0 == "Afghanistan" })
        let codes = Set(Self.graph.entities.compactMap(\.iso3))
        #expect(!codes.contains("JOR") && !codes.contains("AFG"))
    }

    @Test func blinkenYangEdge() {
        #expect(Self.graph.relations.contains { $0.source == "person:Antony Blinken" && $0.target == "person:Yang Jiechi" })
    }
}
