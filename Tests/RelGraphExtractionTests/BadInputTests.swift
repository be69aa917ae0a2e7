import Foundation
import Testing

@testable import RelGraphExtraction

/// Hostile and broken input files, generated here: each is read or skipped with a warning that
/// names the file (and line), and the good articles beside it are still read.
@Suite struct BadInputTests {
    let tmp = TempFolder()

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)

    @Test func aPNGAmongTextFilesIsSkippedAsNotText() throws {
        let good = tmp.write("a-good.txt", "Harbour reopens\n\nShips sail again from the harbour.\n")
        let picture = tmp.write("b-picture.txt", bytes: Self.png + [UInt8](repeating: 0x41, count: 200))
        let r = try ArticleReader().read([good, picture])
        #expect(r.articles.map(\.id) == ["a-good"])
        #expect(r.problems == [.notText(path: picture, kind: "PNG image")])
        #expect(r.skipped == 1)
        #expect(ExtractionError.notText(path: picture, kind: "PNG image").description == "\(picture): not text (PNG image); skipped")
    }

    @Test(
        arguments: [
            ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"), (Array("%PDF-1.7\n".utf8), "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"), ([0x1F, 0x8B, 0x08], "gzip archive"),
            ([0x7F, 0x45, 0x4C, 0x46, 2, 1], "ELF executable"),
        ] as [([UInt8], String)])
    func binarySignaturesAreNamed(_ head: [UInt8], _ kind: String) throws {
        let path = tmp.write("file.txt", bytes: head + Array("The minister met the envoy.".utf8))
        let r = try ArticleReader().read([path])
        #expect(r.articles.isEmpty && r.problems == [.notText(path: path, kind: kind)])
    }

    @Test func textThatBeginsLikeASignatureIsStillText() {
        // "BZh" and "RIFF" start texts too; only with the bytes that follow are they archives.
        #expect(ByteContent.classify(Data("BZhang Wei met the envoy.".utf8)) == .utf8)
        #expect(ByteContent.classify(Data("RIFF between the two parties grew.".utf8)) == .utf8)
        #expect(ByteContent.classify(Data("BZh91AY&SY".utf8)) == .binary("bzip2 archive"))
        #expect(ByteContent.classify(Data("RIFF".utf8 + [0x24, 0, 0, 0] + "WAVEfmt ".utf8)) == .binary("RIFF media file"))
    }

    @Test func aFileMostlyOfNULBytesIsNotText() throws {
        let path = tmp.write("zeros.txt", bytes: Array("Talks".utf8) + [UInt8](repeating: 0, count: 500) + Array("end.".utf8))
        let r = try ArticleReader().read([path])
        #expect(r.articles.isEmpty && r.problems == [.notText(path: path, kind: "binary data")])
    }

    @Test func strayNULBytesInTextAreRemovedAndReportedWithTheirLine() throws {
        var bytes = Array("Ports agree on fees\n\nThe two ports agreed on new fees for ships.\nThey ".utf8)
        bytes += [0, 0] + Array("will meet again in May, officials said on Monday.\n".utf8)
        let path = tmp.write("nul.txt", bytes: bytes)
        let r = try ArticleReader().read([path])
        #expect(r.problems == [.nulBytes(path: path, line: 4, count: 2)])
        #expect(r.articles.first?.text.contains("They will meet again") == true)
        #expect(r.skipped == 0)
        #expect(ExtractionError.nulBytes(path: path, line: 4, count: 2).description == "\(path):4: 2 NUL bytes removed")
    }

    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16IsTranscoded(bigEndian: Bool, bom: Bool) throws {
        let text = "Ports agree on fees\n\nThe two ports agreed on fees in Göteborg.\n"
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        let path = tmp.write("wide.txt", bytes: bytes)
        let r = try ArticleReader().read([path])
        #expect(r.problems.isEmpty)
        #expect(r.articles.first?.title == "Ports agree on fees")
        #expect(r.articles.first?.text == "The two ports agreed on fees in Göteborg.\n")
    }

    @Test func aTruncatedLastJSONLineIsSkippedWithItsLine() throws {
        let path = tmp.write("feed.jsonl", "{\"id\":\"a\",\"text\":\"The envoy met the minister.\"}\n{\"id\":\"b\",\"text\":\"The ")
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.id) == ["a"])
        #expect(r.problems.count == 1)
        guard case .malformedRecord(path, 2, .invalidJSON)? = r.problems.first else {
            Issue.record("expected line 2 to be reported, got \(r.problems)")
            return
        }
    }

    @Test func aStrayQuoteInCSVLosesOneRowNotTheRest() throws {
        let path = tmp.write(
            "rows.csv",
            "id,text\n1,\"The envoy met the minister.\n2,\"The ports agreed on fees.\"\n3,\"Ships sail again.\"\n")
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.text) == ["The ports agreed on fees.", "Ships sail again."])
        #expect(r.problems == [.malformedRecord(path: path, line: 2, reason: .unterminatedQuote)])
    }

    @Test func anArticleAboveTheByteLimitIsCutAtASpaceAndReported() throws {
        let body = String(repeating: "Ships sail again. ", count: 20)  // 360 bytes
        let path = tmp.write("long.txt", "Harbour reopens\n\n" + body)
        let r = try ArticleReader(maxArticleBytes: 100).read([path])
        let text = try #require(r.articles.first?.text)
        #expect(text.utf8.count <= 100 && text.hasSuffix(" ") && text.hasPrefix("Ships sail again."))
        #expect(r.problems == [.articleTruncated(origin: path, id: "long", bytes: 360, limit: 100)])
        #expect(r.skipped == 0)
        // Strict mode stops there instead.
        #expect(throws: ExtractionError.self) { try ArticleReader(strict: true, maxArticleBytes: 100).read([path]) }
    }

    @Test func cuttingNeverSplitsACharacter() {
        // "é" is two bytes: a cut at byte 3 of "aéé…" must fall back to byte 3 = after "aé".
        #expect(ArticleReader.prefix(of: "aééé", bytes: 4) == "aé")
        #expect(ArticleReader.prefix(of: "aééé", bytes: 3) == "aé")
        #expect(ArticleReader.prefix(of: "one two three", bytes: 9) == "one two ")
        #expect(ArticleReader.prefix(of: "short", bytes: 9) == "short")
    }

    @Test func textWithoutSentencePunctuationIsCutIntoBoundedSentences() throws {
        // 3,000 words and not one period: without the cut, one sentence would link every pair.
        let words = ["officials", "in", "Japan", "and", "Kenya", "discussed", "trade", "with", "Peru,"]
        let text = (0..<3000).map { words[$0 % words.count] }.joined(separator: " ")
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(tokens)
        #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maxTokens })
        #expect(sentences.first?.lowerBound == 0 && sentences.last?.upperBound == tokens.count)
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        // Cut after a comma where the window has one.
        #expect(sentences.dropLast().allSatisfy { tokens[$0.upperBound - 1].text == "," })
        // Ordinary sentences are untouched.
        #expect(SentenceSplitter.split(Tokenizer.tokenize("Japan met Kenya. Peru left.")).count == 2)
    }

    @Test func theStreamingJSONLinesReaderSkipsBinaryAndTranscodesUTF16() throws {
        // JSON Lines files are read a chunk at a time; their first bytes decide whether the
        // whole-file reader (not-text detection, UTF-16, NUL bytes) takes them instead.
        let picture = tmp.write("picture.jsonl", bytes: Self.png + [UInt8](repeating: 0x41, count: 200))
        let line = #"{"id":"u16","text":"Ships sail again from the harbour."}"# + "\n"
        let utf16 = tmp.write("wide.jsonl", bytes: [0xFF, 0xFE] + line.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var source = FileArticleSource([picture, utf16], reader: ArticleReader())
        var ids: [String] = []
        while let batch = try source.nextBatch() { ids += batch.map(\.id) }
        #expect(ids == ["u16"])
        #expect(source.problems == [.notText(path: picture, kind: "PNG image")])
    }

    @Test func aSentenceEndFollowedByManyClosersIsCutToo() {
        // Found by FuzzText: a period and 215 closing quotes made one sentence of 216 tokens,
        // because the closers after a sentence end were taken whole.
        for closers in [199, 215, 1_000] {
            let tokens = Tokenizer.tokenize("Japan." + String(repeating: "\"", count: closers) + " and Kenya")
            let sentences = SentenceSplitter.split(tokens)
            #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maxTokens })
            #expect(sentences.first?.lowerBound == 0 && sentences.last?.upperBound == tokens.count)
            #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        }
    }

    @Test func aFolderWithLinksAndAnUnreadableFileIsReadAroundThem() throws {
        let good = tmp.write("news/a.txt", "Harbour reopens\n\nShips sail again from the harbour.\n")
        let other = tmp.write("elsewhere/b.txt", "Bridge opens\n\nThe new bridge opened to traffic.\n")
        let folder = tmp.url.appendingPathComponent("news").path
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder + "/b-link.txt", withDestinationPath: other)  // followed
        try fm.createSymbolicLink(atPath: folder + "/c-broken.txt", withDestinationPath: folder + "/nowhere.txt")
        try fm.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)  // not followed
        // Readable by nobody, root included: the kernel refuses to read a process's memory at 0.
        let unreadable = fm.fileExists(atPath: "/proc/self/mem")
        if unreadable { try fm.createSymbolicLink(atPath: folder + "/d-mem.txt", withDestinationPath: "/proc/self/mem") }
        for source in ["reader", "stream"] {
            let articles: [Article]
            let problems: [ExtractionError]
            if source == "reader" {
                let r = try ArticleReader().read([folder])
                (articles, problems) = (r.articles, r.problems)
            } else {
                var s = FileArticleSource([folder], reader: ArticleReader())
                var all: [Article] = []
                while let batch = try s.nextBatch() { all += batch }
                (articles, problems) = (all, s.problems)
            }
            #expect(articles.map(\.origin) == [good, folder + "/b-link.txt"], "\(source)")
            var expected: [ExtractionError] = [
                .unreadableFile(path: folder + "/c-broken.txt", reason: "No such file or directory")
            ]
            if unreadable { expected.append(.unreadableFile(path: folder + "/d-mem.txt", reason: "Input/output error")) }
            #expect(problems == expected, "\(source)")
        }
        // Named directly, a broken link or an unreadable file is an error of the run.
        #expect(throws: ExtractionError.missingInput(path: folder + "/c-broken.txt")) {
            try ArticleReader().read([folder + "/c-broken.txt"])
        }
        if unreadable {
            #expect(throws: ExtractionError.unreadableFile(path: folder + "/d-mem.txt", reason: "Input/output error")) {
                try ArticleReader().read([folder + "/d-mem.txt"])
            }
        }
    }

    @Test func classificationLooksOnlyAtTheStart() {
        // Text with an occasional NUL is text; UTF-16 without a mark is recognised by its zeros.
        #expect(ByteContent.classify(Data("plain text\0 here".utf8 + [UInt8](repeating: 0x61, count: 100))) == .utf8)
        #expect(
            ByteContent.classify(Data("ab".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) == .utf16(bigEndian: false, bom: false))
        #expect(ByteContent.classify(Data()) == .utf8)
        #expect(ByteContent.utf8(fromUTF16: Data([0x41, 0x00, 0x42]), bigEndian: false, bom: false) == Data("A\u{FFFD}".utf8))
    }
}

/// One sentence that names more entities than ``ExtractionOptions/maxEntitiesPerSentence``:
/// only the first ones named are linked, and the article is reported.
@Suite struct EntityCapTests {
    let tmp = TempFolder()

    static let countries = [
        "Peru", "Chile", "Bolivia", "Argentina", "Brazil", "Uruguay", "Paraguay", "Ecuador", "Colombia", "Venezuela",
        "Mexico", "Cuba", "Panama", "Honduras", "Guatemala", "Nicaragua", "Kenya", "Uganda", "Tanzania", "Rwanda",
        "Burundi", "Ethiopia", "Somalia", "Sudan", "Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Mali", "Niger",
        "Chad", "Nigeria", "Ghana", "Togo", "Benin", "Senegal", "Liberia", "Angola", "Zambia", "Malawi", "Mozambique",
        "Namibia", "Botswana", "Lesotho", "Madagascar", "France", "Spain", "Portugal", "Italy", "Greece", "Turkey",
        "Cyprus", "Malta", "Austria", "Hungary", "Poland", "Latvia",
    ]

    @Test func aSentenceNamingMoreThanTheCapLinksTheFirstOnes() throws {
        let text = "Delegates from " + Self.countries.joined(separator: ", ") + " met on Monday."
        let article = Article(id: "list", title: nil, date: nil, text: text, origin: "list.txt")
        var options = ExtractionOptions()
        options.maxEntitiesPerSentence = 10
        let x = try Extractor(options: options).extract(article)
        let countries = x.entities.filter { $0.kind == .country }
        #expect(countries.count > 50)
        #expect(x.cappedSentences == 1)
        // The ten linked are the first ten named: every pair of them, and nothing else.
        let named = Self.countries.compactMap { name in countries.first { $0.name == name }?.id }
        let first = Set(named.prefix(10))
        #expect(first.count == 10)
        let linked = x.relations.filter { $0.kind == .coMention }
        #expect(linked.count == 45)
        #expect(linked.allSatisfy { first.contains($0.source) && first.contains($0.target) })
        // Under the cap nothing changes.
        options.maxEntitiesPerSentence = 100
        let all = try Extractor(options: options).extract(article)
        #expect(all.cappedSentences == 0)
        #expect(all.relations.filter { $0.kind == .coMention }.count == countries.count * (countries.count - 1) / 2)
    }

    @Test func fiveThousandNamesInOneSentenceAreReportedAndBounded() throws {
        // 5,000 people in one comma-separated sentence: the 200-token sentence cut and the
        // entity cap bound the pairs to at most 1,225 per piece, and the article is reported.
        let given = ["Maria", "John", "Ana", "Peter", "Laura", "David", "Sofia", "Carlos", "Elena", "Omar"]
        let syllables = ["ba", "ko", "ri", "mel", "dan", "su", "vor", "tel", "gan", "lis"]
        var names: [String] = []
        for a in syllables {
            for b in syllables {
                for c in syllables {
                    for d in syllables.prefix(5) {
                        names.append("\(given[names.count % given.count]) \((a + b + c + d).capitalized)")
                    }
                }
            }
        }
        #expect(names.count == 5_000)
        let path = tmp.write("assembly.txt", "Assembly\n\nThe assembly heard " + names.joined(separator: ", ") + " and nobody else.\n")
        var source = FileArticleSource([path])
        var extractions: [ArticleExtraction] = []
        let tally = try Extractor().stream(&source) { extractions += $0 }
        let x = try #require(extractions.first)
        #expect(x.entities.count(where: { $0.kind == .person }) > 1_000)
        let pieces = Tokenizer.tokenize(TextCleaner.clean(names.joined(separator: ", "))).count / 100
        #expect(x.relations.count <= (pieces + 1) * 1_225)
        #expect(tally.problems.count == 1)
        guard case .entitiesCapped(let origin, "assembly", let sentences, 50) = tally.problems.first else {
            Issue.record("expected an entitiesCapped warning, got \(tally.problems)")
            return
        }
        #expect(origin == path && sentences > 10)
        #expect(tally.problems[0].description.contains("--max-entities-per-sentence"))
    }
}
