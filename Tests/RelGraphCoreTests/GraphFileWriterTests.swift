import Foundation
import GraphTestSupport
import Testing

@testable import RelGraphCore

@Suite struct GraphFileWriterTests {
    /// A graph with every optional field both present and absent, empty and full arrays, text
    /// that needs every kind of escape, and weights in every form a `Double` prints.
    static func awkward(seed: UInt64) throws -> EntityGraph {
        var rng = SeededRandom(seed: seed)
        let texts = [
            "plain", "", "quote \" and back\\slash", "slash / stays", "tab\tline\nfeed\r\u{8}\u{C}",
            "control \u{1}\u{1F} and \u{7F}", "Zoë “curly” 😀 \u{2028}", "Ahmad Shah Massoud",
        ]
        let weights = [1, 0.5, 2.3000000000000003, 1e-05, 1e16, 123_456_789_012, 1e300, 3e-320, 1e15, 7]
        var entities: [Entity] = []
        for i in 0..<8 {
            let kind = EntityKind.allCases[i % EntityKind.allCases.count]
            entities.append(
                Entity(
                    kind: kind, name: "\(texts[i]) \(i)",
                    aliases: i % 3 == 0 ? [] : Array(texts.shuffled(using: &rng).prefix(i % 4)),
                    iso3: i % 2 == 0 ? "X\(i)" : nil, affiliation: i % 3 == 1 ? texts[i] : nil,
                    affiliationSource: i % 3 == 1 ? AffiliationSource.allCases[i % AffiliationSource.allCases.count] : nil,
                    mentions: i * 7, articles: i))
        }
        var relations: [Relation] = []
        for a in 0..<8 {
            for b in (a + 1)..<8 where (a + b) % 3 != 0 {
                let evidence = (0..<((a + b) % 4)).map { k in
                    Evidence(
                        article: "a\(k)", sentence: k * 3, text: texts[(a + b + k) % texts.count],
                        resolved: k % 2 == 0 ? nil : (k == 1 ? [] : [texts[a], texts[b]]))
                }
                relations.append(
                    Relation(
                        entities[a].id, entities[b].id, kind: RelationKind.allCases[(a * b) % RelationKind.allCases.count],
                        weight: weights[(a * 8 + b) % weights.count], articles: a, sentences: b,
                        tone: ToneCounts(cooperation: a, conflict: b, neutral: a * b), evidence: evidence))
            }
        }
        let articles = (0..<4).map { k in
            ArticleInfo(id: "a\(k)", title: k == 1 ? nil : texts[k + 2], date: k == 2 ? nil : "2021-0\(k + 1)-15")
        }
        return try EntityGraph(entities: entities, relations: relations, articles: articles)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func writesWhatJSONEncoderWrites(seed: UInt64) throws {
        let graph = try Self.awkward(seed: seed)
        let ours = GraphFile.encode(graph)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: GraphFile.foundationEncode(graph), as: UTF8.self))
        #expect(try GraphFile.decode(ours, path: "g.relgraph.json") == graph)
    }

    @Test func emptyGraphAndStreamedFile() throws {
        #expect(GraphFile.encode(.empty) == GraphFile.foundationEncode(.empty))
        let graph = try Self.awkward(seed: 4)
        try TestPaths.withTemporaryFolder("graph-file") { dir in
            let path = dir.appendingPathComponent("g.relgraph.json").path
            try GraphFile.write(graph, to: path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == GraphFile.foundationEncode(graph))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.relgraph.json"])
        }
    }
}
