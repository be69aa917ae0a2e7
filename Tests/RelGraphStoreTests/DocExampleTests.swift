import Foundation
import RelGraphCore
import RelGraphStore
import Testing

/// The example of the module's DocC overview, run on a small store.
@Suite struct DocExampleTests {
    @Test func overviewExampleBuildsAGraphFromTheStore() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let batch = [
            Samples.rich, Samples.article("s1", title: "Climate summit", date: "2020-03-02"),
            Samples.article("s2", title: "Climate talks", date: "2020-04-02"),
        ]
        let store = try CorpusStore(path: dir.path("news.store"))
        let changes = try store.add(batch)
        let march = try store.articles(
            in: StoreSlice(since: PartialDate("2020-03"), until: PartialDate("2020-03"), query: "climate summit"))
        var builder = EntityGraphBuilder()
        try store.forEachArticle(in: .all) { article in
            builder.addArticle(article.info)
            article.entities.forEach { builder.addEntity($0) }
            article.relations.forEach { builder.addRelation($0) }
        }
        #expect(changes == [.added, .added, .added])
        #expect(march.map(\.info.id) == ["s1"])
        let graph = builder.build()
        #expect(graph.entities.count == 5)
        let ruiz = try #require(graph[id: "person:Ana Ruiz"])
        #expect(ruiz.mentions == 6 && ruiz.articles == 3)
    }
}
