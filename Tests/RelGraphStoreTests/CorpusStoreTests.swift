import Foundation
import RelGraphCore
import Testing

@testable import RelGraphStore

@Suite struct CorpusStoreTests {
    @Test func roundTripIsExact() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("c.store"))
        var plain = Samples.article("plain-2")
        plain.info.title = nil
        var bare = StoredArticle(info: ArticleInfo(id: "bare-3"), text: nil)
        bare.hash = "0000000000000000"
        let input = [Samples.rich, plain, bare]
        #expect(try store.add(input) == [.added, .added, .added])
        let back = try store.articles(in: .all)
        #expect(back == input.map(Samples.readBack))
        // Spot checks, so a failure says what differs.
        let rich = try #require(back.first)
        #expect(
            rich.entities.map(\.id) == [
                "country:PER", "person:Ana Ruiz", "person:Bo Li", "issue:port fees", "organization:NATO \"alliance\"",
            ])
        #expect(rich.entities[1].aliases == ["Ruiz", "Minister Ruiz"])
        #expect(rich.entities[2].affiliationSource == .guess)
        #expect(rich.entities[4].aliases == ["OTAN\n\\"])
        #expect(rich.relations.map(\.kind) == [.coMention, .affiliation, .headline, .coMention])
        #expect(
            rich.relations[3].evidence.map(\.text) == [
                "Peru and NATO", "Another text for sentence 1", "Ana Ruiz met \"NATO\" in Lima.\tOK",
            ])
        #expect(rich.relations[3].source == "country:PER")
        let raw = try store.db.prepare("SELECT evidence FROM edges WHERE seq = 1 AND ord = 3")
        #expect(try raw.step())
        #expect(
            raw.text(0)?.hasPrefix(#"[{"sentence":0},{"sentence":1,"text":"Another text for sentence 1"},{"article":"other-9""#) == true)
        #expect(rich.relations[0].evidence.map(\.resolved) == [nil, ["person:Ana Ruiz"], []])
        #expect(rich.relations[0].tone == ToneCounts(cooperation: 2, conflict: 1, neutral: 0))
        #expect(rich.relations[0].weight == 2.5 && rich.bytes == 1234 && rich.source == "Reuters")
        #expect(back[1].info.title == nil && back[1].info.date == nil && back[1].bytes == "Body text.".utf8.count)
        #expect(back[2].entities.isEmpty && back[2].relations.isEmpty && back[2].url == nil)
        // The streaming variant sees the same.
        var streamed: [StoredArticle] = []
        try store.forEachArticle(in: .all) { streamed.append($0) }
        #expect(streamed == back)
    }

    @Test func entityIdAndEndpointsReadBackAsStoredEvenIfUnusual() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("c.store"))
        var a = Samples.article("odd")
        a.entities[0].id = "country:custom id"
        a.entities[0].affiliationSource = .table  // a source without an affiliation
        a.relations[0].source = "z"
        a.relations[0].target = "a"  // not canonical order
        try store.add([a])
        #expect(try store.articles() == [Samples.readBack(a)])
    }

    @Test func addingAgainIsIncremental() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("c.store")
        let a = Samples.article("A", date: "2020-01-01")
        let b = Samples.article("B", date: "2020-01-02")
        do {
            let store = try CorpusStore(path: path)
            #expect(try store.change(id: "A", hash: a.hash) == .added)
            #expect(try store.add([a, b]) == [.added, .added])
            let rows = try ["articles", "mentions", "edges", "article_text"].map { try store.rowCount($0) }
            #expect(rows == [2, 4, 2, 2])

            #expect(try store.change(id: "A", hash: a.hash) == .unchanged)
            #expect(try store.add([a]) == [.unchanged])
            #expect(try ["articles", "mentions", "edges", "article_text"].map { try store.rowCount($0) } == rows)
            #expect(try store.ids() == ["A", "B"])

            var a2 = Samples.article("A", date: "2020-01-01", text: "Changed text.")
            a2.entities = [Samples.fees]
            #expect(a2.hash != a.hash)
            #expect(try store.change(id: "A", hash: a2.hash) == .replaced)
            #expect(try store.add([a2]) == [.replaced])
            #expect(try store.ids() == ["B", "A"])
            #expect(try store.articles() == [b, a2].map(Samples.readBack))
            #expect(try ["articles", "mentions", "edges"].map { try store.rowCount($0) } == [2, 3, 2])
            // The replaced text's index entries stay but match nothing; the new text matches.
            #expect(try store.articles(in: StoreSlice(query: "Changed")).map(\.info.id) == ["A"])
            #expect(try store.count == 2)
        }
        let reopened = try CorpusStore(path: path)
        #expect(try reopened.ids() == ["B", "A"])
        #expect(try reopened.articles()[1].entities == [Samples.fees])
        let readOnly = try CorpusStore(path: path, readOnly: true)
        #expect(try readOnly.ids() == ["B", "A"])
        #expect(try readOnly.change(id: "A", hash: a.hash) == .replaced)
    }

    @Test func duplicateIdsInOneBatchBehaveAsSingleAdds() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("c.store"))
        let a1 = Samples.article("A", text: "one")
        let b = Samples.article("B")
        let a2 = Samples.article("A", text: "two")
        #expect(try store.add([a1, b, a1, a2]) == [.added, .added, .unchanged, .replaced])
        #expect(try store.articles() == [b, a2].map(Samples.readBack))
        #expect(try store.articles(in: StoreSlice(query: "one")).isEmpty)
        #expect(try store.articles(in: StoreSlice(query: "two")).map(\.info.id) == ["A"])
    }

    @Test func aFailingBatchLeavesTheStoreAsBefore() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("c.store"))
        let x = Samples.article("X", date: "2019-05-05")
        try store.add([x, Samples.article("Y")])
        let before = try store.articles()
        var bad = Samples.article("Z")
        bad.bytes = -1  // violates CHECK (bytes >= 0) after X was replaced and W added
        let batch = [Samples.article("X", text: "new X"), Samples.article("W"), bad]
        #expect(throws: StoreError.self) { try store.add(batch) }
        #expect(try store.articles() == before)
        #expect(try ["articles", "mentions", "edges", "article_text"].map { try store.rowCount($0) } == [2, 4, 2, 2])
        #expect(try store.articles(in: StoreSlice(query: "new")).isEmpty)
        // A weight SQLite stores as NULL (NaN) fails in the middle of an article's relations.
        var nan = Samples.article("N")
        nan.relations.append(Relation("a", "b", weight: .nan))
        let error = try #require(throws: StoreError.self) { try store.add([nan]) }
        guard case .sqlite(let path, _, _, let message) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(path == store.path && message.contains("NOT NULL"))
        #expect(try store.articles() == before)
        // The store still works after a rolled-back batch.
        #expect(try store.add([Samples.article("W")]) == [.added])
        #expect(try store.ids() == ["X", "Y", "W"])
    }

    @Test func aReadSeesOneSnapshotWhileAnotherConnectionWrites() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("c.store")
        let writer = try CorpusStore(path: path)
        try writer.add([Samples.article("A")])
        let reader = try CorpusStore(path: path, readOnly: true)
        try writer.add([Samples.article("B")])
        #expect(try reader.ids() == ["A", "B"])
        var seen: [String] = []
        var added: [CorpusStore.Change] = []
        try reader.forEachArticle(in: .all) { article in
            seen.append(article.info.id)
            if added.isEmpty { added = (try? writer.add([Samples.article("C")])) ?? [] }
        }
        #expect(added == [.added])
        #expect(seen == ["A", "B"])
        #expect(try reader.ids() == ["A", "B", "C"])
    }

    @Test func summaries() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("c.store"))
        #expect(try store.count == 0)
        #expect(try store.dateRange() == nil)
        #expect(try store.sources().isEmpty)
        try store.add([
            Samples.article("1", date: "2020-05-01", source: "AP"), Samples.article("2", date: "2019-12-31", source: "Reuters"),
            Samples.article("3", source: "AP"), Samples.article("4", date: "2021-01-09"),
        ])
        #expect(try store.count == 4)
        let range = try #require(try store.dateRange())
        #expect(range.first == "2019-12-31" && range.last == "2021-01-09")
        #expect(try store.sources().map { "\($0.source)=\($0.articles)" } == ["AP=2", "Reuters=1"])
    }

    @Test func contentHashIsFNV1a64() {
        // Reference vectors of the FNV draft (FNV-1a, 64 bits).
        #expect(ContentHash.hex(ContentHash.fnv1a("".utf8)) == "cbf29ce484222325")
        #expect(ContentHash.hex(ContentHash.fnv1a("a".utf8)) == "af63dc4c8601ec8c")
        #expect(ContentHash.hex(ContentHash.fnv1a("foobar".utf8)) == "85944171f73967e8")
        #expect(ContentHash.digest(title: "a", date: nil, text: "b") == ContentHash.hex(ContentHash.fnv1a("a\n\nb".utf8)))
        #expect(ContentHash.digest(title: nil, date: nil, text: nil) == ContentHash.hex(ContentHash.fnv1a("\n\n".utf8)))
        #expect(
            ContentHash.digest(title: "T", date: "2020-01-01", text: "x") != ContentHash.digest(title: "T", date: "2020-01-02", text: "x"))
        #expect(Samples.article("A").hash == ContentHash.digest(title: "Title of A", date: nil, text: "Body text."))
    }

    @Test func jsonColumnsRoundTripHostileText() throws {
        let strings = ["", "a\"b", "back\\slash", "line\nfeed\r\t", "\u{01}\u{1F}", "emoji \u{1F600}", "\u{2028}\u{2029}", "港口"]
        #expect(StoreJSON.decodeStrings(StoreJSON.encode(strings)) == strings)
        // The fast writer escapes exactly as the package's JSON escaping does.
        #expect(StoreJSON.encode(strings) == "[" + strings.map { TextEscaping.json($0) }.joined(separator: ",") + "]")
        let evidence = strings.enumerated().map { Evidence(article: $1, sentence: $0, text: $1, resolved: $0 % 2 == 0 ? nil : [$1]) }
        var written: [Int: String] = [:]
        var read: [Int: String] = [:]
        let json = StoreJSON.encode(evidence, article: "a\"b", sentences: &written)
        #expect(StoreJSON.decodeEvidence(json, article: "a\"b", sentences: &read) == evidence)
        // Own article id and repeated sentence texts are left out; other articles keep both.
        let first = [Evidence(article: "x1", sentence: 0, text: "T"), Evidence(article: "y", sentence: 1, text: "U", resolved: [])]
        let second = [
            Evidence(article: "x1", sentence: 0, text: "T"), Evidence(article: "x1", sentence: 0, text: "T2"),
            Evidence(article: "y", sentence: 1, text: "U"),
        ]
        written = [:]
        read = [:]
        let json1 = StoreJSON.encode(first, article: "x1", sentences: &written)
        let json2 = StoreJSON.encode(second, article: "x1", sentences: &written)
        #expect(json1 == #"[{"sentence":0,"text":"T"},{"article":"y","resolved":[],"sentence":1,"text":"U"}]"#)
        #expect(json2 == #"[{"sentence":0},{"sentence":0,"text":"T2"},{"article":"y","sentence":1,"text":"U"}]"#)
        #expect(StoreJSON.decodeEvidence(json1, article: "x1", sentences: &read) == first)
        #expect(StoreJSON.decodeEvidence(json2, article: "x1", sentences: &read) == second)
        #expect(read == written && read == [0: "T"])
        var none: [Int: String] = [:]
        #expect(StoreJSON.decodeEvidence(json2, article: "x1", sentences: &none) == nil)  // text never given
        #expect(StoreJSON.decodeStrings(#"[ "\u00e9\ud83d\ude00", "\/" ]"#) == ["é\u{1F600}", "/"])
        for bad in ["", "[", "[\"a\"", "[\"a\",]", "{}", "[1]", "[\"\\ud83d\"]", "[\"a\"] x"] {
            #expect(StoreJSON.decodeStrings(bad) == nil, "\(bad)")
        }
        var empty: [Int: String] = [:]
        #expect(StoreJSON.decodeEvidence(#"[{"article":"b","sentence":1}]"#, article: "a", sentences: &empty) == nil)
        #expect(StoreJSON.decodeEvidence(#"[{"article":"a","sentence":1,"text":"t","extra":1}]"#, article: "a", sentences: &empty) == nil)
        #expect(empty.isEmpty)
    }
}
