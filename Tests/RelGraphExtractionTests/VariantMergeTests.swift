import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// One entity per concept across articles (`Extractor.mergeVariants`).
@Suite struct VariantMergeTests {
    func article(_ id: String, _ entities: [Entity], _ relations: [Relation] = []) -> ArticleExtraction {
        ArticleExtraction(article: ArticleInfo(id: id), entities: entities.sorted { $0.id < $1.id }, relations: relations)
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
