import Foundation
import Testing

@testable import RelGraphCore

@Suite struct EntityGraphTests {
    func sample() -> EntityGraph {
        var b = EntityGraphBuilder()
        b.addArticle(ArticleInfo(id: "a1", title: "One", date: "2021-01-01"))
        b.addEntity(Entity(kind: .country, name: "Peru", aliases: ["Lima"], iso3: "PER", mentions: 2))
        b.addEntity(Entity(kind: .person, name: "Ana Ruiz", aliases: ["Ruiz"], affiliation: "PER", mentions: 3))
        b.addEntity(Entity(kind: .person, name: "Ana Ruiz", aliases: ["Minister Ruiz"], affiliation: "CHL"))
        b.addEntity(Entity(kind: .person, name: "Ana Ruiz", affiliation: "PER"))
        b.addEntity(Entity(kind: .issue, name: "port fees"))
        let ev = Evidence(article: "a1", sentence: 2, text: "Ruiz met.")
        b.addRelation(Relation("person:Ana Ruiz", "country:PER", weight: 2, sentences: 2, tone: .init(cooperation: 2), evidence: [ev]))
        b.addRelation(Relation("country:PER", "person:Ana Ruiz", weight: 1, sentences: 1, tone: .init(conflict: 1)))
        b.addRelation(Relation("issue:port fees", "person:Ana Ruiz", weight: 1))
        b.addRelation(Relation("issue:port fees", "issue:port fees", weight: 1))  // ignored
        return b.build()
    }

    /// `endpoints(ofRelation:)` agrees with looking the ids up, through every way a graph is
    /// made or changed.
    @Test func relationEndpointsFollowEveryChange() throws {
        let ids = (0..<12).map { "other:n\($0)" }
        let entities = ids.indices.map { Entity(kind: .other, name: "n\($0)") }
        var relations: [Relation] = []
        for a in 0..<12 {
            for b in (a + 1)..<12 where (a * 7 + b * 3) % 4 == 0 {
                relations.append(Relation(ids[b], ids[a], weight: Double(a + b + 1)))
                if a % 3 == 0 { relations.append(Relation(ids[a], ids[b], kind: .affiliation, weight: 1)) }
            }
        }
        let g = try EntityGraph(entities: entities.reversed(), relations: relations.reversed())
        let graphs = [
            g, g.restricted(to: [.coMention]), g.restricted(to: [.coMention, .affiliation]),
            g.filteringRelations { $0.weight > 9 }, g.withoutEvidence(), g.induced(by: [0, 2, 3, 5, 8, 11]),
        ]
        for (gi, h) in graphs.enumerated() {
            for (k, r) in h.relations.enumerated() {
                let (s, t) = h.endpoints(ofRelation: k)
                #expect(
                    s == h.index(of: r.source) && t == h.index(of: r.target),
                    "graph \(gi) relation \(k): \(s),\(t) vs \(String(describing: h.index(of: r.source))),\(String(describing: h.index(of: r.target)))"
                )
            }
        }
        #expect(graphs[2].relations.count < g.relations.count)  // the merging path ran
        // An edge list's graph is read through the same invariant.
        var warnings: [String] = []
        let e = try EdgeList.parse("b\ta\t2\nc\ta\nb\tc\t0.5\n", path: "e.tsv", warnings: &warnings)
        #expect(
            e.relations.indices.map { [e.endpoints(ofRelation: $0).source, e.endpoints(ofRelation: $0).target] } == [
                [0, 1], [0, 2], [1, 2],
            ])
    }

    @Test func builderMergesEntitiesAndRelations() throws {
        let g = sample()
        #expect(g.entities.map(\.id) == ["country:PER", "issue:port fees", "person:Ana Ruiz"])
        let ruiz = try #require(g[id: "person:Ana Ruiz"])
        #expect(ruiz.mentions == 5 && ruiz.articles == 3)
        #expect(ruiz.aliases == ["Minister Ruiz", "Ruiz"])
        #expect(ruiz.affiliation == "PER")  // 2 votes to 1
        #expect(g.relations.count == 2)
        let r = g.relations[0]
        #expect(r.source == "country:PER" && r.target == "person:Ana Ruiz")
        #expect(r.weight == 3 && r.sentences == 3 && r.articles == 2)
        #expect(r.tone == ToneCounts(cooperation: 2, conflict: 1, neutral: 0))
        #expect(abs(r.tone.net - 1.0 / 3.0) < 1e-15 && r.tone.label == .cooperation)
    }

    @Test(arguments: [
        (ToneCounts(cooperation: 1, conflict: 0, neutral: 4), Tone.cooperation, 0.2),
        (ToneCounts(cooperation: 1, conflict: 1, neutral: 3), .neutral, 0.0),
        (ToneCounts(cooperation: 0, conflict: 2, neutral: 2), .conflict, -0.5),
        (ToneCounts(), .neutral, 0.0),
    ])
    func toneLabelIsTheDominantToneAndNetIsDiluted(_ counts: ToneCounts, _ label: Tone, _ net: Double) {
        #expect(counts.label == label)
        #expect(abs(counts.net - net) < 1e-15)
    }

    @Test func affiliationTiesBreakToTheSmallerCode() {
        var b = EntityGraphBuilder()
        b.addEntity(Entity(kind: .person, name: "X Y", affiliation: "USA"))
        b.addEntity(Entity(kind: .person, name: "X Y", affiliation: "CAN"))
        #expect(b.build().entities[0].affiliation == "CAN")
    }

    @Test func nativeFormatRoundTripsByteForByte() throws {
        let g = sample()
        let data = GraphFile.encode(g)
        let back = try GraphFile.decode(data, path: "mem")
        #expect(back == g)
        #expect(GraphFile.encode(back) == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"format\" : \"relgraph\"") && text.contains("\"version\" : 2"))
    }

    @Test func nativeFormatErrors() {
        #expect(throws: GraphError.malformedGraphFile(path: "p", reason: "not a JSON object")) {
            try GraphFile.decode(Data("[1]".utf8), path: "p")
        }
        #expect(throws: GraphError.malformedGraphFile(path: "p", reason: "missing \"format\": \"relgraph\"")) {
            try GraphFile.decode(Data("{}".utf8), path: "p")
        }
        #expect(throws: GraphError.unsupportedVersion(path: "p", version: 9, supported: 2)) {
            try GraphFile.decode(Data(#"{"format":"relgraph","version":9}"#.utf8), path: "p")
        }
        let bad = #"{"format":"relgraph","version":1,"articles":[],"entities":[],"relations":[{"source":"a"}]}"#
        #expect(throws: GraphError.malformedGraphFile(path: "p", reason: "missing key 'target' at .relations[0]")) {
            try GraphFile.decode(Data(bad.utf8), path: "p")
        }
    }

    @Test func initValidatesInvariants() {
        let a = Entity(kind: .other, name: "a"), b = Entity(kind: .other, name: "b")
        #expect(throws: GraphError.duplicateEntity(id: "other:a")) { try EntityGraph(entities: [a, a], relations: []) }
        #expect(throws: GraphError.unknownEndpoint(id: "other:c")) {
            try EntityGraph(entities: [a, b], relations: [Relation("other:a", "other:c", weight: 1)])
        }
        #expect(throws: GraphError.invalidWeight(source: "other:a", target: "other:b", weight: -2)) {
            try EntityGraph(entities: [a, b], relations: [Relation("other:a", "other:b", weight: -2)])
        }
        #expect(throws: GraphError.duplicateRelation(source: "other:a", target: "other:b")) {
            try EntityGraph(
                entities: [a, b], relations: [Relation("other:a", "other:b", weight: 1), Relation("other:b", "other:a", weight: 1)])
        }
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)/sub")
        let path = dir.appendingPathComponent("g.relgraph.json").path
        try GraphFile.write(sample(), to: path)
        try GraphFile.write(sample(), to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.relgraph.json"])
        var warnings: [String] = []
        #expect(try GraphFile.read(path, warnings: &warnings) == sample())
    }

    @Test func builderNormalisesSwappedEndpointsInsteadOfCrashing() {
        var b = EntityGraphBuilder()
        b.addEntity(Entity(kind: .country, name: "Mali", iso3: "MLI"))
        b.addEntity(Entity(kind: .country, name: "France", iso3: "FRA"))
        var swapped = Relation("country:FRA", "country:MLI", weight: 2)
        (swapped.source, swapped.target) = (swapped.target, swapped.source)
        b.addRelation(swapped)
        b.addRelation(Relation("country:FRA", "country:MLI", weight: 1))
        let g = b.build()
        #expect(g.relations.count == 1)
        #expect(g.relations[0].source == "country:FRA" && g.relations[0].weight == 3)
        #expect(b.rejected.isEmpty)
    }

    @Test func builderRejectsBadWeightsWithTheReadersError() throws {
        var b = EntityGraphBuilder()
        b.addEntity(Entity(kind: .country, name: "Mali", iso3: "MLI"))
        b.addEntity(Entity(kind: .country, name: "France", iso3: "FRA"))
        b.addRelation(Relation("country:MLI", "country:FRA", weight: -2))
        b.addRelation(Relation("country:MLI", "country:FRA", weight: .nan))
        b.addRelation(Relation("country:MLI", "country:FRA", weight: .greatestFiniteMagnitude))
        b.addRelation(Relation("country:MLI", "country:FRA", weight: .greatestFiniteMagnitude))
        let g = b.build()
        #expect(g.relations.map(\.weight) == [.greatestFiniteMagnitude])
        let negative = GraphError.invalidWeight(source: "country:FRA", target: "country:MLI", weight: -2)
        #expect(b.rejected.count == 3 && b.rejected[0] == negative)
        #expect(
            b.rejected[0].description
                == "Edge weight '-2.0' between 'country:FRA' and 'country:MLI' is not positive; weights must be finite and > 0")
        // The graph file reader rejects the same relation with the same error.
        var bad = GraphFile.encode(try EntityGraph(entities: g.entities, relations: []))
        let text = String(decoding: bad, as: UTF8.self).replacingOccurrences(
            of: "\"relations\" : [\n\n  ]",
            with: "\"relations\" : [{\"source\": \"country:FRA\", \"target\": \"country:MLI\", \"weight\": -2, "
                + "\"articles\": 1, \"sentences\": 0, \"tone\": {\"cooperation\": 0, \"conflict\": 0, \"neutral\": 0}, \"evidence\": []}]")
        bad = Data(text.utf8)
        #expect(throws: negative) { try GraphFile.decode(bad, path: "mem") }
    }
}
