import Foundation
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// User data that used to reach a `try!` or `!` in RelGraphExtraction.
@Suite struct NoTrapTests {
    /// `ArticleExtraction` is public, so its relations may carry any weight. JSON has no NaN or
    /// infinity: `jsonLine()` used to `try!` the serialisation and trap; it now writes null.
    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func jsonLineWritesANonFiniteWeightAsNull(_ weight: Double) throws {
        let a = Entity(kind: .person, name: "Ana Ruiz")
        let b = Entity(kind: .country, name: "Spain", iso3: "ESP")
        let x = ArticleExtraction(
            article: ArticleInfo(id: "n"), entities: [a, b], relations: [Relation(a.id, b.id, weight: weight)])
        let line = x.jsonLine()
        #expect(line.contains(#""weight":null"#))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "n")
    }

    @Test func jsonLineKeepsAFiniteWeight() {
        let a = Entity(kind: .person, name: "Ana Ruiz")
        let b = Entity(kind: .country, name: "Spain", iso3: "ESP")
        let x = ArticleExtraction(
            article: ArticleInfo(id: "n"), entities: [a, b], relations: [Relation(a.id, b.id, weight: 2)])
        #expect(x.jsonLine().contains(#""weight":2"#))
    }

    /// CSV input with only blank lines, or a lone header, reads as no articles, not a trap.
    @Test(arguments: ["\n\n", "id,text\n", ",\n"])
    func csvWithoutRowsReadsNoArticles(_ csv: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notrap-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try? ArticleReader().read([url.path])
        #expect(result?.articles.isEmpty ?? true)
    }
}
