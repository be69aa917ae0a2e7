import RelGraphCore
import Testing

@Suite("Union of graphs")
struct EntityGraphUnionTests {
    @Test("Entities and relations in several graphs are merged")
    func merge() throws {
        let a = Entity(kind: .person, name: "Ann", aliases: ["A."], mentions: 2, articles: 1)
        var a2 = Entity(
            kind: .person, name: "Ann", aliases: ["Annie"], affiliation: "FRA", affiliationSource: .text, mentions: 3, articles: 2)
        a2.name = "Ann"
        let fra = Entity(kind: .country, name: "France", iso3: "FRA")
        let e1 = Evidence(article: "x1", sentence: 2, text: "Ann in France.")
        let e2 = Evidence(article: "x0", sentence: 1, text: "Ann visited France.")
        let g1 = try EntityGraph(
            entities: [a, fra],
            relations: [Relation(a.id, fra.id, weight: 1, articles: 1, sentences: 1, tone: .init(cooperation: 1), evidence: [e1])],
            articles: [ArticleInfo(id: "x1", date: "2020-01-02")])
        let bob = Entity(kind: .person, name: "Bob")
        let g2 = try EntityGraph(
            entities: [a2, fra, bob],
            relations: [
                Relation(fra.id, a2.id, weight: 2, articles: 2, sentences: 3, tone: .init(conflict: 2), evidence: [e2]),
                Relation(bob.id, fra.id, weight: 1),
            ],
            articles: [ArticleInfo(id: "x0", date: "2020-02-01"), ArticleInfo(id: "x1", date: "2020-01-02")])
        let u = EntityGraph.union(of: [g1, g2])
        #expect(u.entities.map(\.id) == ["country:FRA", "person:Ann", "person:Bob"])
        let ann = try #require(u[id: "person:Ann"])
        #expect(ann.mentions == 5 && ann.articles == 3)
        #expect(ann.aliases == ["A.", "Annie"])
        #expect(ann.affiliation == "FRA" && ann.affiliationSource == .text)
        #expect(u.relations.count == 2)
        let r = try #require(u.relations.first { $0.target == "person:Ann" })
        #expect(r.weight == 3 && r.articles == 3 && r.sentences == 4)
        #expect(r.tone == ToneCounts(cooperation: 1, conflict: 2))
        #expect(r.evidence == [e2, e1])
        #expect(u.articles.map(\.id) == ["x0", "x1"])
        #expect(EntityGraph.union(of: [g1]) == g1)
        #expect(EntityGraph.union(of: []) == .empty)
    }
}
