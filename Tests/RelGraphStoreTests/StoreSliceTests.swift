import Foundation
import RelGraphCore
import Testing

@testable import RelGraphStore

@Suite struct StoreSliceTests {
    /// Seven articles over three years, two sources, one undated.
    static let corpus: [StoredArticle] = [
        Samples.article("a", title: "Climate talks open", date: "2019-12-31", source: "AP", text: "Delegates met in Madrid."),
        Samples.article("b", title: "Sanctions", date: "2020-01-01", source: "Reuters", text: "Al-Assad's government was sanctioned."),
        Samples.article("c", title: "Summit", date: "2020-03-01", source: "AP", text: "Leaders discussed climate change."),
        Samples.article(
            "d", title: "Summit ends", date: "2020-03-31", source: "AFP", text: "The \"climate\" summit ended; Putin's aide left."),
        Samples.article("e", title: "Elections", date: "2020-04-01", source: "Reuters", text: "Voters in Perú went to the polls."),
        Samples.article("f", title: "Undated climate note", date: nil, source: "AP", text: "No date here."),
        Samples.article("g", title: "Later", date: "2021-06-15", source: nil, text: "Climate and trade-offs."),
    ]

    func ids(_ slice: StoreSlice) throws -> [String] {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("s.store"))
        try store.add(Self.corpus)
        return try store.ids(slice)
    }

    static func date(_ text: String) -> PartialDate { PartialDate(text)! }

    @Test(arguments: [
        (StoreSlice(), ["a", "b", "c", "d", "e", "f", "g"]),
        (StoreSlice(since: date("2020")), ["b", "c", "d", "e", "g"]),
        (StoreSlice(until: date("2019")), ["a"]),
        (StoreSlice(since: date("2020"), until: date("2020")), ["b", "c", "d", "e"]),
        (StoreSlice(since: date("2020-03"), until: date("2020-03")), ["c", "d"]),
        (StoreSlice(until: date("2020-03")), ["a", "b", "c", "d"]),
        (StoreSlice(since: date("2020-03-31")), ["d", "e", "g"]),
        (StoreSlice(since: date("2020-03-01"), until: date("2020-03-01")), ["c"]),
        (StoreSlice(until: date("2020-03-30")), ["a", "b", "c"]),
        (StoreSlice(since: date("2020-03-15"), until: date("2020-03")), ["d"]),
        (StoreSlice(since: date("2021"), until: date("2020")), []),
    ])
    func dateBoundsAreInclusiveAndDropUndated(_ slice: StoreSlice, _ expected: [String]) throws {
        #expect(try ids(slice) == expected)
    }

    @Test(arguments: [
        (StoreSlice(sources: ["AP"]), ["a", "c", "f"]),
        (StoreSlice(sources: ["AP", "AFP"]), ["a", "c", "d", "f"]),
        (StoreSlice(sources: ["ap"]), []),
    ])
    func sourcesMatchExactly(_ slice: StoreSlice, _ expected: [String]) throws {
        #expect(try ids(slice) == expected)
    }

    @Test(arguments: [
        ("climate", ["a", "c", "d", "f", "g"]),  // title or text, any case
        ("CLIMATE summit", ["c", "d"]),  // every word must occur
        ("al-Assad's", ["b"]),  // hyphen and apostrophe: a token sequence
        ("Al-Assad", ["b"]),
        ("\"climate\"", ["a", "c", "d", "f", "g"]),  // quotes are text, not syntax
        ("climate\" OR \"x", []),
        ("peru", ["e"]),  // diacritics ignored
        ("trade-offs", ["g"]),
        ("climate AND NOT OR NEAR(x) * ^ : ( )", []),  // operators are plain words; none is in the texts
        ("climate -", ["a", "c", "d", "f", "g"]),  // a word without letters or digits is ignored
        ("  ", []),  // no words: nothing
        ("madrid", ["a"]),
        ("nowhere", []),
    ])
    func queryWordsMustAllOccurAndNeverThrow(_ query: String, _ expected: [String]) throws {
        #expect(try ids(StoreSlice(query: query)) == expected)
    }

    @Test func conditionsCombine() throws {
        #expect(try ids(StoreSlice(since: Self.date("2020"), sources: ["AP", "AFP"], query: "climate")) == ["c", "d"])
        #expect(try ids(StoreSlice(until: Self.date("2020-03"), sources: ["AP"], query: "climate")) == ["a", "c"])
        #expect(try ids(StoreSlice(since: Self.date("2020-04"), sources: ["Reuters"], query: "polls voters")) == ["e"])
        #expect(try ids(StoreSlice(since: Self.date("2020-04"), sources: ["Reuters"], query: "climate")) == [])
    }

    @Test func slicesCarryTheirRowsOnly() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("s.store"))
        var c = Self.corpus
        c[2].entities = [Samples.fees]
        c[2].relations = []
        try store.add(c)
        let got = try store.articles(in: StoreSlice(sources: ["AP"], query: "climate"))
        #expect(got == [c[0], c[2], c[5]].map(Samples.readBack))
    }

    @Test func matchExpressionQuotesEveryWord() {
        #expect(StoreSlice(query: #"a "b" c-d"#).matchExpression == #""a" """b""" "c-d""#)
        #expect(StoreSlice(query: "- ?").matchExpression == "")
        #expect(StoreSlice().matchExpression == nil)
    }
}
