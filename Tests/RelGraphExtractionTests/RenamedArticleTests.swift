import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// `RenamedArticle` merges one article's entities and relations exactly as building its graph
/// with `EntityGraphBuilder` does.
@Suite struct RenamedArticleTests {
    /// A random article over a few names, so that ids repeat: aliases in any order (with the
    /// name among them now and then), affiliations given, guessed or without a source, and
    /// relations with repeated pairs, self-relations, unknown endpoints, bad weights and
    /// evidence in any order.
    func randomArticle(_ random: inout SeededRandom) -> (entities: [Entity], relations: [Relation]) {
        let names = ["Ana Ruiz", "Brian Carroll", "Chen Wei", "Dana Ng", "Émile Zola"]
        let codes = ["FRA", "IRL", "CHN", nil]
        let sources: [AffiliationSource?] = [.text, .table, .guess, nil]
        var entities: [Entity] = []
        for _ in 0..<(1 + random.below(7)) {
            let name = names[random.below(names.count)]
            let aliases = (0..<random.below(3)).map { _ in random.below(4) == 0 ? name : "alias \(random.below(4))" }
            entities.append(
                Entity(
                    kind: .person, name: name, aliases: aliases, affiliation: codes[random.below(codes.count)],
                    affiliationSource: sources[random.below(sources.count)], mentions: 1 + random.below(3)))
        }
        let ids = names.map { Entity.makeID(kind: .person, key: $0) } + ["person:Nobody"]
        let weights = [1.0, 2.5, 0, -1, .infinity, .greatestFiniteMagnitude]
        var relations: [Relation] = []
        for _ in 0..<random.below(12) {
            let evidence = (0..<random.below(5)).map { _ in
                Evidence(article: "a", sentence: random.below(6), text: "s\(random.below(3))")
            }
            relations.append(
                Relation(
                    ids[random.below(ids.count)], ids[random.below(ids.count)],
                    kind: RelationKind.allCases[random.below(RelationKind.allCases.count)],
                    weight: weights[random.below(weights.count)], articles: 1, sentences: random.below(3),
                    tone: ToneCounts(cooperation: random.below(2), conflict: random.below(2)), evidence: evidence))
        }
        return (entities, relations)
    }

    @Test func mergesAsTheGraphBuilderDoes() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 {
            let (entities, relations) = randomArticle(&random)
            var builder = EntityGraphBuilder()
            var merged = RenamedArticle()
            for e in entities {
                builder.addEntity(e)
                merged.add(e)
            }
            for r in relations {
                builder.addRelation(r)
                merged.add(r)
            }
            let graph = builder.build()
            let expected = graph.entities.map { e in
                var e = e
                e.articles = 1
                return e
            }
            let result = merged.result()
            #expect(result.entities == expected)
            #expect(result.relations == graph.relations)
        }
    }
}
