import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// Streaming reads and builds: chunked JSON Lines, the spool, and the three-pass stream give
/// what whole reads and in-memory extraction give.
@Suite struct StreamingTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path

    /// Runs `body` with a fresh folder that is removed afterwards.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        try TestPaths.withTemporaryFolder("stream", body)
    }

    /// A JSON Lines file of `n` records with a broken record, a record without an id, a
    /// pretty-printed record over several lines and an invalid UTF-8 byte late in the file.
    static func messyLines(_ n: Int) -> Data {
        var out = Data()
        for k in 0..<n {
            switch k {
            case 7: out += Data("{broken record\n".utf8)
            case 11: out += Data(#"{"title": "No id here", "text": "Chile and Peru met in Lima."}"#.utf8 + [0x0A])
            case 13:
                out += Data("{\"id\": \"pretty\",\n  \"text\": \"Kenya and Uganda signed a pact.\"\n}\n".utf8)
            case n - 3:
                out += Data(#"{"id": "bad-utf8", "text": "Caf"#.utf8) + Data([0xC3, 0x28]) + Data(#" talks in Oslo."}"#.utf8 + [0x0A])
            default:
                out += Data(
                    #"{"id": "a\#(k)", "date": "2020-01-0\#(k % 9 + 1)", "text": "Norway and Sweden discussed fishing quotas, round \#(k)."}"#
                        .utf8 + [0x0A])
            }
        }
        return out
    }

    @Test(arguments: [1 << 10, 3_000, 4 << 20])
    func chunkedJSONLinesReadWhatAWholeReadReads(_ chunkBytes: Int) throws {
        try Self.withFolder { dir in
            let path = dir.appendingPathComponent("news.jsonl").path
            try Self.messyLines(200).write(to: URL(fileURLWithPath: path))
            let whole = try ArticleReader().read([path])
            var source = FileArticleSource([path], batchBytes: 2_000, chunkBytes: chunkBytes)
            var articles: [Article] = []
            while let batch = try source.nextBatch() { articles += batch }
            #expect(articles == whole.articles)
            // The same problems; a whole read notes the repaired bytes first, a chunked read at
            // the chunk that holds them.
            #expect(source.problems.map(\.description).sorted() == whole.problems.map(\.description).sorted())
            #expect(whole.articles.count == 199)
            #expect(whole.articles.contains { $0.id == "news:12" })
            #expect(source.problems.map(\.description).contains { $0.hasSuffix("news.jsonl:8: not valid JSON (column 2); record skipped") })
            #expect(source.bytesRead == Self.messyLines(200).count)
            #expect(source.totalBytes == Self.messyLines(200).count)
        }
    }

    @Test func spoolRecordsRoundTripExactly() throws {
        let extractor = try Extractor()
        let xs = extractor.extract(try ArticleReader().read([Self.examples]).articles)
        var withOddities = xs[0]
        withOddities.entities[0].affiliation = nil
        withOddities.entities[0].affiliationSource = .guess
        withOddities.relations[0].evidence.append(
            Evidence(article: "x", sentence: -4, text: "Ünïcödé — “quoted”", resolved: ["person:A", ""]))
        withOddities.relations[0].weight = 0.1 + 0.2
        // The same sentence number with the same text (written once) and with another text.
        withOddities.relations[1].evidence += [
            Evidence(article: "x", sentence: -4, text: "Ünïcödé — “quoted”", resolved: nil),
            Evidence(article: "y", sentence: -4, text: "another text", resolved: []),
        ]
        let spool = try ExtractionSpool()
        for x in xs + [withOddities] { try spool.append(record: ExtractionSpool.record(x)) }
        for headOnly in [false, true] {
            var back: [ArticleExtraction] = []
            try spool.forEachBatch(headOnly: headOnly, threads: 2, batchBytes: 1 << 12) { back += $0 }
            #expect(back.count == xs.count + 1)
            for (a, b) in zip(xs + [withOddities], back) {
                #expect(a.article == b.article)
                #expect(a.entities == b.entities)
                #expect(b.relations == (headOnly ? [] : a.relations))
            }
        }
    }

    /// A list sentence is the evidence of every pair it names: its text is spooled once.
    @Test func aSentenceSharedByManyPairsIsSpooledOnce() throws {
        let text = String(repeating: "A long sentence naming many people. ", count: 30)
        let pairs = (0..<1_000).map { i in
            Relation(
                "person:P\(i)", "person:Q\(i)", kind: .coMention, weight: 1, articles: 1, sentences: 1,
                tone: ToneCounts(cooperation: 0, conflict: 0, neutral: 1),
                evidence: [Evidence(article: "a", sentence: 3, text: text, resolved: nil)])
        }
        let x = ArticleExtraction(
            article: ArticleInfo(id: "a", title: nil, date: nil), entities: [], relations: pairs)
        let record = ExtractionSpool.record(x)
        #expect(record.count < 100 * pairs.count + text.utf8.count)  // 1,100 per pair if not shared
        let spool = try ExtractionSpool()
        try spool.append(record: record)
        var back: [ArticleExtraction] = []
        try spool.forEachBatch(headOnly: false, threads: 1, batchBytes: 1 << 12) { back += $0 }
        #expect(back.first?.relations == pairs)
    }

    @Test func streamEqualsInMemoryExtractionForAnyThreadCount() throws {
        let articles = try ArticleReader().read([Self.examples]).articles
        let whole = try Extractor().extract(articles).map { $0.jsonLine() }
        var bytesByThreads: [[Int]] = []
        for threads in [1, 2, 3] {
            var options = ExtractionOptions()
            options.threads = threads
            var source = FileArticleSource([Self.examples], batchBytes: 1_500)
            var lines: [String] = []
            var batches = 0
            var reports: [ExtractionProgress] = []
            let tally = try Extractor(options: options).stream(&source, progress: { reports.append($0) }) {
                lines += $0.map { $0.jsonLine() }
                batches += 1
            }
            #expect(lines == whole)
            #expect(tally.articles == articles.count)
            #expect(reports.map(\.articles) == reports.map(\.articles).sorted())
            #expect(reports.last?.articles == articles.count)
            #expect(reports.last?.bytesRead == reports.last?.totalBytes)
            bytesByThreads.append(reports.map(\.bytesRead))
        }
        // With several threads the next batch is read while one is analyzed; progress still
        // reports the bytes of the batches extracted, not of the one read ahead.
        #expect(bytesByThreads[0].count > 5)
        #expect(bytesByThreads[0] == bytesByThreads[0].sorted() && Set(bytesByThreads[0]).count == bytesByThreads[0].count)
        #expect(bytesByThreads[1] == bytesByThreads[0] && bytesByThreads[2] == bytesByThreads[0])
    }

    /// A source that hands out `batches` batches of two written articles each, then fails.
    struct FailingSource: ArticleSource {
        var batches: Int
        var handed = 0
        var problems: [ExtractionError] { [] }

        mutating func nextBatch() throws(ExtractionError) -> [Article]? {
            guard handed < batches else { throw .unreadableFile(path: "feed", reason: "connection reset") }
            handed += 1
            return (0..<2).map { k in
                Article(id: "b\(handed)-\(k)", text: "Chile and Peru signed a trade pact in batch \(handed), item \(k).")
            }
        }
    }

    /// With the workers pipelined, a read error still comes after every batch read before it
    /// has been extracted and merged, at any thread count; nothing is handed to `consume`
    /// (the final pass never runs).
    @Test(arguments: [1, 2, 3])
    func aReadErrorComesAfterTheBatchesBeforeIt(_ threads: Int) throws {
        var options = ExtractionOptions()
        options.threads = threads
        var source = FailingSource(batches: 3)
        var reports: [ExtractionProgress] = []
        var consumed = 0
        #expect(throws: ExtractionError.unreadableFile(path: "feed", reason: "connection reset")) {
            try Extractor(options: options).stream(&source, progress: { reports.append($0) }) { consumed += $0.count }
        }
        #expect(reports.map(\.articles) == [2, 4, 6])
        #expect(consumed == 0)
    }

    @Test func anArticleRepeatedWordForWordCountsOnce() throws {
        try Self.withFolder { dir in
            let record = #"{"id": "x1", "text": "Ghana and Togo reopened their border."}"#
            let other = #"{"id": "x1", "text": "Ghana and Togo closed their border."}"#
            let path = dir.appendingPathComponent("dup.jsonl").path
            try Data([record, record, other].joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
            var source = FileArticleSource([path])
            var xs: [ArticleExtraction] = []
            let tally = try Extractor().stream(&source) { xs += $0 }
            #expect(xs.count == 2)
            #expect(tally.articles == 2)
            #expect(tally.skipped == 1)
            #expect(
                tally.problems.map(\.description) == [
                    "\(path):2: article 'x1' repeats an earlier article word for word; skipped"
                ])
        }
    }
}

extension StreamingTests {
    @Test func aSourceThatIsAnAddressGivesTheURLAndItsHost() throws {
        try Self.withFolder { dir in
            let path = dir.appendingPathComponent("feed.jsonl").path
            let lines = [
                #"{"id": "w1", "source": "https://en.wikinews.org/wiki/Talks", "text": "Peru and Chile met."}"#,
                #"{"id": "w2", "outlet": "Coast Gazette", "link": "http://example.test/2", "text": "Peru and Chile met again."}"#,
            ]
            try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
            let articles = try ArticleReader().read([path]).articles
            #expect(articles.map(\.source) == ["en.wikinews.org", "Coast Gazette"])
            #expect(articles.map(\.url) == ["https://en.wikinews.org/wiki/Talks", "http://example.test/2"])
        }
    }
}

extension StreamingTests {
    @Test(arguments: [0, 20_000, 1 << 30])
    func mergingGivesTheSameWhetherItSpillsOrNot(_ budget: Int) throws {
        let articles = try ArticleReader().read([Self.examples]).articles
        let extractor = try Extractor()
        let whole = extractor.extract(articles).map { $0.jsonLine() }
        let merger = ExtractionMerger(threads: 2, memoryBudget: budget)
        for x in extractor.extractEach(articles) { try merger.add(x) }
        #expect(merger.spilled == (budget < 1 << 30))
        var lines: [String] = []
        try merger.finish { lines += $0.map { $0.jsonLine() } }
        #expect(lines == whole)
        #expect(merger.count == articles.count)
    }
}

extension StreamingTests {
    /// Pruning drops evidence, never what a graph of everything keeps: the graph is the same.
    @Test(arguments: [0, 1 << 30])
    func pruningEvidenceLeavesTheGraphUnchanged(_ budget: Int) throws {
        let articles = try ArticleReader().read([Self.examples]).articles
        let extractor = try Extractor()
        let expected = GraphFile.encode(Extractor.graph(from: extractor.extract(articles)))
        let merger = ExtractionMerger(threads: 2, memoryBudget: budget, pruneEvidence: true)
        let raw = extractor.extractEach(articles)
        for x in raw { try merger.add(x) }
        var pruned: [ArticleExtraction] = []
        try merger.finish { pruned += $0 }
        #expect(GraphFile.encode(Extractor.graph(from: pruned)) == expected)
        let before = raw.reduce(0) { $0 + $1.relations.reduce(0) { $0 + $1.evidence.count } }
        let after = pruned.reduce(0) { $0 + $1.relations.reduce(0) { $0 + $1.evidence.count } }
        #expect(after < before)
    }
}

extension StreamingTests {
    /// Record files: a line that is not a record is reported with its place and skipped, a
    /// repeated record counts once, blank lines are ignored, and the rest reads back exactly.
    @Test(arguments: [1 << 10, 4 << 20])
    func recordFilesReportBadLinesAndRepeats(_ chunkBytes: Int) throws {
        try Self.withFolder { dir in
            let articles = try ArticleReader().read([Self.examples]).articles
            let xs = try Extractor().extractEach(articles)
            var lines = xs.map { $0.recordLine() }
            lines.insert("{\"format\": \"relgraph-article\", \"version\": 1}", at: 2)
            lines.insert("not json", at: 4)
            lines.insert("", at: 5)
            lines.append(lines[0])
            let path = dir.appendingPathComponent("records.jsonl").path
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
            var reader = ArticleRecordReader(threads: 2, chunkBytes: chunkBytes)
            var back: [ArticleExtraction] = []
            try reader.read(path) { back += $0 }
            #expect(back.map { $0.recordLine() } == xs.map { $0.recordLine() })
            #expect(reader.records == xs.count)
            #expect(
                reader.problems.map(\.description) == [
                    "\(path):3: not a RelGraph article record (missing key 'article'); record skipped",
                    "\(path):5: not a RelGraph article record (not valid JSON); record skipped",
                    "\(path):\(lines.count): article '\(xs[0].article.id)' repeats an earlier article word for word; skipped",
                ])
        }
    }
}

extension StreamingTests {
    /// A graph built in parts on several threads (each part keeping the ids that hash to it) is
    /// the graph one builder makes, byte for byte, affiliation votes, aliases and evidence
    /// included.
    @Test func graphBuiltInPartsEqualsOneBuilder() throws {
        let articles = try ArticleReader().read([Self.examples]).articles
        let extractions = try Extractor().extract(articles)
        let one = Extractor.graph(from: extractions)
        #expect(one.entities.contains { $0.affiliation != nil } && one.entities.contains { !$0.aliases.isEmpty })
        #expect(one.relations.count > 100)
        let expected = GraphFile.encode(one)
        for parts in [2, 3, 7] {
            // Compared first, so that a failure does not print a diff of two whole graph files.
            let same = GraphFile.encode(Extractor.graph(from: extractions, threads: parts)) == expected
            #expect(same, "\(parts) parts")
        }
    }
}
