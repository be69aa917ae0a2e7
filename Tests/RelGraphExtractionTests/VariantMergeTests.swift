import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// One entity per concept across articles (`Extractor.mergeVariants`).
@Suite struct VariantMergeTests {
    func article(_ id: String, _ entities: [Entity], _ relations: [Relation] = []) -> ArticleExtraction {
        ArticleExtraction(article: ArticleInfo(id: id), entities: entities.sorted { $0.id < $1.id }, relations: relations)
    }

    /// The census counted in slices on several threads and merged in order makes the same
    /// renaming as counting every article on one thread (the bundled examples, each article
    /// twelve times over so that the slices share ids, with variants spread among them).
    @Test(arguments: [1, 2, 3, 7])
    func censusCountedInSlicesMatchesOneByOne(_ threads: Int) throws {
        let extractor = try Extractor()
        let articles = try ArticleReader().read([TestPaths.packageRoot.appendingPathComponent("Examples/articles").path]).articles
        let once = extractor.extractEach(articles)
        // Variants spread over the slices: a nested name and its longer form, aliases, an
        // issue named like an organisation; the same ids seen first in different slices.
        // "Brian Carroll" (5 mentions, once, first) against "Brian T. Carroll" (2 mentions in
        // every fourth insertion): which name wins depends on summing mentions across slices.
        let variants = [
            article("v1", [Entity(kind: .person, name: "Brian T. Carroll", aliases: ["Carroll"], mentions: 2)]),
            article(
                "v3", [Entity(kind: .issue, name: "islamic state"), Entity(kind: .person, name: "Ana Ruiz", aliases: ["Minister Ruiz"])]),
            article("v4", [Entity(kind: .organization, name: "Islamic State"), Entity(kind: .person, name: "Ana María Ruiz")]),
            article("v1", [Entity(kind: .person, name: "Brian T. Carroll", mentions: 2)]),
        ]
        var xs = [article("v2", [Entity(kind: .person, name: "Brian Carroll", mentions: 5)])]
        // Enough articles for several slices (a slice holds at least 64).
        let many = (0..<12).flatMap { $0 % 2 == 0 ? once : once.reversed() }
        for (k, x) in many.enumerated() {
            xs.append(x)
            if k % 5 == 0 { xs.append(variants[(k / 5) % variants.count]) }
        }
        #expect(xs.count >= 64 * 4)
        var sequential = Extractor.VariantCensus()
        for x in xs { sequential.count(x) }
        let sliced = Extractor.VariantCensus.counting(xs, threads: threads) { $0 }
        let a = sequential.renames().canonical, b = sliced.renames().canonical
        #expect(a == b)
        #expect(a["person:Brian Carroll"]?.name == "Brian T. Carroll" && a["issue:islamic state"] != nil)
    }

    @Test func nestedNamesAndAliasesBecomeOnePerson() {
        let xs = [
            article(
                "a", [Entity(kind: .person, name: "Brian Carroll", mentions: 3), Entity(kind: .country, name: "Ireland", iso3: "IRL")],
                [Relation("person:Brian Carroll", "country:IRL", weight: 1, sentences: 1)]),
            article(
                "b", [Entity(kind: .person, name: "Brian T. Carroll", mentions: 1), Entity(kind: .country, name: "Ireland", iso3: "IRL")],
                [
                    Relation(
                        "person:Brian T. Carroll", "country:IRL", weight: 1, sentences: 1,
                        evidence: [Evidence(article: "b", sentence: 1, text: "He flew to Dublin.", resolved: ["person:Brian T. Carroll"])])
                ]),
            // Two different Johnsons share no nesting: kept apart.
            article("c", [Entity(kind: .person, name: "Boris Johnson"), Entity(kind: .person, name: "Gary Johnson")]),
        ]
        let g = Extractor.graph(from: Extractor.mergeVariants(xs))
        let people = g.entities.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Boris Johnson", "Brian Carroll", "Gary Johnson"])
        #expect(g[id: "person:Brian Carroll"]?.aliases == ["Brian T. Carroll"])
        #expect(g[id: "person:Brian Carroll"]?.mentions == 4)
        let r = g.relations.first { $0.source == "country:IRL" && $0.target == "person:Brian Carroll" }
        #expect(r?.articles == 2)
        // The resolved mention follows the rename.
        #expect(r?.evidence.compactMap(\.resolved).flatMap { $0 } == ["person:Brian Carroll"])
    }

    @Test func anIssueNamedLikeAnOrganisationIsTheOrganisation() {
        let xs = [
            article(
                "a", [Entity(kind: .organization, name: "Islamic State"), Entity(kind: .country, name: "Iraq", iso3: "IRQ")],
                [Relation("organization:Islamic State", "country:IRQ", weight: 1, sentences: 1)]),
            article(
                "b",
                [
                    Entity(kind: .issue, name: "islamic state"), Entity(kind: .organization, name: "Islamic State"),
                    Entity(kind: .country, name: "Syria", iso3: "SYR"),
                ],
                [
                    Relation("issue:islamic state", "organization:Islamic State", weight: 1, sentences: 1),
                    Relation("issue:islamic state", "country:SYR", weight: 1, sentences: 1),
                ]),
        ]
        let g = Extractor.graph(from: Extractor.mergeVariants(xs))
        #expect(g[id: "issue:islamic state"] == nil)
        #expect(g[id: "organization:Islamic State"]?.articles == 2)
        // No self-relation; the issue's ties belong to the organisation.
        #expect(g.relations.allSatisfy { $0.source != $0.target })
        #expect(g.relations.contains { Set([$0.source, $0.target]) == ["organization:Islamic State", "country:SYR"] })
    }
}
