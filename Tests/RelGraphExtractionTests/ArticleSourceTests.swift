import Foundation
import GraphTestSupport
import RelGraphExtraction
import Testing

/// Reading in batches gives exactly what reading everything at once gives.
@Suite struct ArticleSourceTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path

    /// A folder with several formats, a malformed record and an empty file.
    static func mixedFolder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = [
            "a.txt": "Talks in Lima\n\nPeru and Chile agreed on Tuesday to reopen the border crossing.",
            "b.jsonl": #"{"id": "b1", "text": "Bolivia's president visited Brazil."}"# + "\n{broken\n"
                + #"{"id": "b2", "title": "Quito summit", "text": "Ecuador hosted the summit."}"# + "\n",
            "c.md": "",
            "sub/d.txt": "Argentina and Uruguay signed a trade deal in Montevideo on Friday.",
        ]
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir.path
    }

    @Test(arguments: [1, 64, 8 << 20])
    func batchesReadWhatTheReaderReads(_ batchBytes: Int) throws {
        let paths = [Self.examples, try Self.mixedFolder()]
        let whole = try ArticleReader().read(paths)
        var source = FileArticleSource(paths, batchBytes: batchBytes)
        var batches: [[Article]] = []
        while let batch = try source.nextBatch() { batches.append(batch) }
        #expect(batches.flatMap { $0 } == whole.articles)
        #expect(source.problems.map(\.description) == whole.problems.map(\.description))
        #expect(!source.problems.isEmpty)
        if batchBytes == 1 { #expect(batches.count > 20) }
        if batchBytes == 8 << 20 { #expect(batches.count == 1) }
    }

    /// The first batch (and JSON Lines chunk) holds about 256 KiB of text and each next one
    /// twice the last, up to `batchBytes`, so extraction starts before the first 8 MiB are read.
    @Test func batchesStartSmallAndDouble() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ramp-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = "Chile and Peru agreed to reopen the border crossing near Tacna after talks in Lima. "
        let lines = (0..<900).map { k in
            #"{"id": "a\#(k)", "text": "\#(String(repeating: sentence, count: 20))"}"#
        }
        let path = dir.appendingPathComponent("feed.jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var source = FileArticleSource([path])
        var sizes: [Int] = []
        var ids: [String] = []
        while let batch = try source.nextBatch() {
            sizes.append(batch.reduce(0) { $0 + $1.text.utf8.count })
            ids += batch.map(\.id)
        }
        #expect(ids == (0..<900).map { "a\($0)" })
        // 1.5 MB of text: about 256 KiB, 512 KiB, then the rest.
        #expect(sizes.count == 3, "\(sizes)")
        #expect(sizes[0] >= 1 << 18 && sizes[0] < (1 << 18) + 4_000, "\(sizes)")
        #expect(sizes[1] >= 1 << 19 && sizes[1] < (1 << 19) + 4_000, "\(sizes)")
    }

    @Test func extractionFromASourceEqualsExtractionOfAllArticles() throws {
        let paths = [Self.examples]
        let extractor = try Extractor()
        var source = FileArticleSource(paths, batchBytes: 2_000)
        let streamed = try extractor.extract(from: &source)
        let whole = extractor.extract(try ArticleReader().read(paths).articles)
        #expect(streamed.map { $0.jsonLine() } == whole.map { $0.jsonLine() })
    }

    /// With two threads the next batch is read while one is analyzed: a strict read error in
    /// that batch is still thrown, and it is the same error as on one thread.
    @Test func aReadErrorAheadIsThrownAsOnOneThread() throws {
        let folder = try Self.mixedFolder()
        var errors: [String] = []
        for threads in [1, 2] {
            var options = ExtractionOptions()
            options.threads = threads
            var source = FileArticleSource([folder], reader: ArticleReader(strict: true), batchBytes: 1)
            do {
                _ = try Extractor(options: options).stream(&source) { _ in }
                Issue.record("no error with \(threads) threads")
            } catch {
                errors.append("\(error)")
            }
        }
        #expect(errors.count == 2 && errors[0] == errors[1])
        #expect(errors[0].contains("b.jsonl"))
    }

    @Test func missingInputsAndStrictModeThrowAsTheReaderDoes() throws {
        var missing = FileArticleSource(["/nonexistent/folder"])
        #expect(throws: ExtractionError.missingInput(path: "/nonexistent/folder")) { try missing.nextBatch() }
        var strict = FileArticleSource([try Self.mixedFolder()], reader: ArticleReader(strict: true))
        #expect(throws: ExtractionError.self) { while try strict.nextBatch() != nil {} }
    }
}
