import Foundation
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// The bytes of `relgraph extract --format jsonl`, written by `appendJSONLine(to:)`.
@Suite struct ArticleExtractionJSONLineTests {
    /// Every optional field, escapes in names, ids and titles, a pair with two kinds, an
    /// endpoint that is not among the entities and a fractional weight.
    static let sample: ArticleExtraction = {
        let peru = Entity(kind: .country, name: "Peru", aliases: ["Perú"], iso3: "PER", mentions: 3)
        let ruiz = Entity(
            kind: .person, name: "Ana \"Ruiz\"", aliases: ["Ruiz", "A. Ruiz"], affiliation: "PER",
            affiliationSource: .table, mentions: 2)
        let vidal = Entity(kind: .person, name: "Tomás Vidal")
        return ArticleExtraction(
            article: ArticleInfo(id: "a\nb", title: "Talks\u{2028}\u{1}", date: "2024-05-01"),
            entities: [peru, ruiz, vidal],
            relations: [
                Relation(peru.id, ruiz.id, weight: 2, tone: ToneCounts(cooperation: 1)),
                Relation(peru.id, ruiz.id, kind: .affiliation, weight: 1),
                Relation("org:UN", vidal.id, kind: .headline, weight: 1),
                Relation(ruiz.id, vidal.id, kind: .headline, weight: 2.5, tone: ToneCounts(conflict: 2, neutral: 5)),
            ])
    }()

    static let expected =
        #"{"date":"2024-05-01","entities":["#
        + #"{"aliases":["Perú"],"iso3":"PER","kind":"country","mentions":3,"name":"Peru"},"#
        + #"{"affiliation":"PER","affiliationSource":"table","aliases":["Ruiz","A. Ruiz"],"kind":"person","#
        + #""mentions":2,"name":"Ana \"Ruiz\""},"#
        + #"{"aliases":[],"kind":"person","mentions":1,"name":"Tomás Vidal"}],"#
        + #""id":"a\nb","relations":["#
        + #"{"kind":"co-mention","kinds":["co-mention","affiliation"],"source":"Peru","target":"Ana \"Ruiz\"","#
        + #""tone":"cooperation","weight":2},"#
        + #"{"kind":"headline","kinds":["headline"],"source":"org:UN","target":"Tomás Vidal","tone":"neutral","#
        + #""weight":1},"#
        + #"{"kind":"headline","kinds":["headline"],"source":"Ana \"Ruiz\"","target":"Tomás Vidal","#
        + #""tone":"conflict","weight":2.5}],"title":"Talks\u2028\u0001"}"#

    @Test func writesTheExpectedBytes() {
        #expect(Self.sample.jsonLine() == Self.expected)
    }

    @Test func appendsAfterWhatTheBufferHolds() {
        var out = Array("previous\n".utf8)
        Self.sample.appendJSONLine(to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "previous\n" + Self.expected)
        Self.sample.appendJSONLine(to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "previous\n" + Self.expected + Self.expected)
    }

    @Test func leavesOutAbsentFields() {
        let bare = ArticleExtraction(article: ArticleInfo(id: "x"), entities: [], relations: [])
        #expect(bare.jsonLine() == #"{"entities":[],"id":"x","relations":[]}"#)
    }

    @Test func isValidJSONWithTheSameStrings() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.sample.jsonLine().utf8)) as? [String: Any])
        #expect(object["id"] as? String == "a\nb")
        #expect(object["title"] as? String == "Talks\u{2028}\u{1}")
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.compactMap { $0["name"] as? String } == ["Peru", "Ana \"Ruiz\"", "Tomás Vidal"])
    }

    /// The static names the line is written with are the raw values of every case.
    @Test func staticNamesAreTheRawValues() {
        func text(_ s: StaticString) -> String { s.withUTF8Buffer { String(decoding: $0, as: UTF8.self) } }
        for k in EntityKind.allCases { #expect(text(ArticleExtraction.jsonName(k)) == k.rawValue) }
        for k in RelationKind.allCases { #expect(text(ArticleExtraction.jsonName(k)) == k.rawValue) }
        for t in Tone.allCases { #expect(text(ArticleExtraction.jsonName(t)) == t.rawValue) }
        for s in AffiliationSource.allCases { #expect(text(ArticleExtraction.jsonName(s)) == s.rawValue) }
    }

    /// Relation endpoints are found among the entities as strings are equal (an endpoint
    /// spelled with a combining diaeresis finds the entity spelled with "ë"), whether or not
    /// the entities are sorted by id; an endpoint that is no entity is written as it is.
    @Test(arguments: [false, true])
    func endpointsAreFoundAsEqualStrings(sorted: Bool) throws {
        let a = Entity(kind: .person, name: "Zo\u{EB} \\ \u{2029}")
        let b = Entity(kind: .issue, name: "b\t<c>")
        let decomposed = "person:Zoe\u{308} \\ \u{2029}"
        let x = ArticleExtraction(
            article: ArticleInfo(id: "x"), entities: sorted ? [b, a] : [a, b, a],
            relations: [Relation(decomposed, b.id, weight: 1), Relation("person:Nobody", a.id, weight: 0.5)])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(x.jsonLine().utf8)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.compactMap { $0["source"] as? String } == [b.name, "person:Nobody"])
        #expect(relations.compactMap { $0["target"] as? String } == [a.name, a.name])
        #expect(relations.compactMap { $0["weight"] as? Double } == [1, 0.5])
    }
}
