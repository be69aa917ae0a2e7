import Foundation
import RelGraphCore
import Testing

/// Typed relations, their restriction to the kinds an analysis reads, and affiliation sources.
@Suite struct RelationKindTests {
    static let a = "person:Ana Ruiz", b = "person:Tomás Vidal", chile = "country:CHL"

    static func graph() throws -> EntityGraph {
        try EntityGraph(
            entities: [
                Entity(kind: .person, name: "Ana Ruiz"), Entity(kind: .person, name: "Tomás Vidal"),
                Entity(kind: .country, name: "Chile", iso3: "CHL"),
            ],
            relations: [
                Relation(
                    a, b, kind: .headline, weight: 1, sentences: 0,
                    evidence: [Evidence(article: "x", sentence: 0, text: "Ana Ruiz dies")]),
                Relation(
                    a, b, weight: 2, articles: 2, sentences: 3, tone: ToneCounts(cooperation: 3),
                    evidence: [Evidence(article: "y", sentence: 4, text: "Ruiz and Vidal met.")]),
                Relation(b, chile, kind: .affiliation, weight: 1, tone: ToneCounts(neutral: 1)),
            ])
    }

    @Test func onePairHoldsOneRelationPerKind() throws {
        let g = try Self.graph()
        #expect(g.relations.map(\.kind) == [.affiliation, .coMention, .headline])  // CHL–Vidal, then Ruiz–Vidal by kind
        #expect(g.relationKinds == Set(RelationKind.allCases))
        #expect(throws: GraphError.duplicateRelation(source: Self.a, target: Self.b)) {
            try EntityGraph(
                entities: g.entities,
                relations: [Relation(Self.a, Self.b, kind: .headline, weight: 1), Relation(Self.b, Self.a, kind: .headline, weight: 1)])
        }
    }

    @Test func restrictionKeepsTheChosenKindsOnePerPair() throws {
        let g = try Self.graph()
        let coMention = g.restricted(to: [.coMention])
        #expect(coMention.relations.count == 1 && coMention.relations[0].weight == 2)
        #expect(coMention.entities.count == 3)
        // Both kinds of the pair merge into one relation of the first kind, with summed counts.
        let merged = g.restricted(to: [.coMention, .headline])
        #expect(merged.relations.count == 1)
        let r = merged.relations[0]
        #expect(r.kind == .coMention && r.weight == 3 && r.articles == 3 && r.sentences == 3)
        #expect(r.evidence.map(\.article) == ["x", "y"])
        #expect(g.restricted(to: Set(RelationKind.allCases)).weightedGraph().edgeCount == 2)
        #expect(g.restricted(to: []).relations.isEmpty)
    }

    @Test func versionOneFilesReadAsCoMentions() throws {
        let v1 = """
            {"format": "relgraph", "version": 1, "articles": [],
             "entities": [{"id": "person:A", "kind": "person", "name": "A", "aliases": [], "mentions": 1, "articles": 1},
                          {"id": "person:B", "kind": "person", "name": "B", "aliases": [], "mentions": 1, "articles": 1}],
             "relations": [{"source": "person:A", "target": "person:B", "weight": 2, "articles": 1, "sentences": 2,
                            "tone": {"cooperation": 0, "conflict": 0, "neutral": 2}, "evidence": []}]}
            """
        let g = try GraphFile.decode(Data(v1.utf8), path: "v1.json")
        #expect(g.relations.map(\.kind) == [.coMention])
        // Written back, the kind and the new version are explicit.
        let text = String(decoding: GraphFile.encode(try Self.graph()), as: UTF8.self)
        #expect(text.contains("\"version\" : 2"))
        #expect(text.contains("\"kind\" : \"headline\""))
        #expect(try GraphFile.decode(GraphFile.encode(try Self.graph()), path: "g.json") == (try Self.graph()))
    }

    @Test func affiliationSourcesVoteAndGuessesOnlyFillGaps() {
        var b = EntityGraphBuilder()
        func person(_ name: String, _ code: String, _ source: AffiliationSource) -> Entity {
            Entity(kind: .person, name: name, affiliation: code, affiliationSource: source)
        }
        // Two articles state PER (one from the table), one guesses CHL: the statement wins, from the text.
        b.addEntity(person("Ana Ruiz", "PER", .table))
        b.addEntity(person("Ana Ruiz", "PER", .text))
        b.addEntity(person("Ana Ruiz", "CHL", .guess))
        b.addEntity(person("Ana Ruiz", "CHL", .guess))
        b.addEntity(person("Ana Ruiz", "CHL", .guess))
        // Only guesses: the guess stands, marked as such.
        b.addEntity(person("Tomás Vidal", "CHL", .guess))
        // Only the table.
        b.addEntity(person("Rosa Paz", "BOL", .table))
        b.addEntity(Entity(kind: .person, name: "Nadie"))
        let g = b.build()
        let byName = Dictionary(uniqueKeysWithValues: g.entities.map { ($0.name, $0) })
        #expect(byName["Ana Ruiz"]?.affiliation == "PER" && byName["Ana Ruiz"]?.affiliationSource == .text)
        #expect(byName["Tomás Vidal"]?.affiliation == "CHL" && byName["Tomás Vidal"]?.affiliationSource == .guess)
        #expect(byName["Rosa Paz"]?.affiliationSource == .table)
        #expect(byName["Nadie"]?.affiliation == nil && byName["Nadie"]?.affiliationSource == nil)
        // Merging builders keeps the votes and their sources.
        var merged = EntityGraphBuilder()
        merged.merge(b)
        #expect(merged.build() == g)
    }
}
