import Foundation
import GraphTestSupport
import RelGraphCore
import RelGraphExtraction
import Testing

@testable import RelGraphPipeline

/// `Pipeline.extract` makes each article's output on the worker threads and writes it in input
/// order: the file must hold what the extractions held in memory give, whatever the threads.
@Suite struct ExtractOutputTests {
    let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path

    /// The file `Pipeline.extract` writes for the examples in `format` with `threads` threads.
    func extracted(_ format: Pipeline.ExtractFormat, threads: Int) throws -> String {
        try TestPaths.withTemporaryFolder("extract-output") { dir in
            let out = dir.appendingPathComponent("out").path
            var options = ExtractionOptions()
            options.threads = threads
            let tally = try Pipeline.extract([examples], format: format, to: out, options: options)
            #expect(tally.articles == 22)
            return try String(contentsOfFile: out, encoding: .utf8)
        }
    }

    @Test(arguments: [1, 2]) func jsonLinesAreTheInMemoryLinesInInputOrder(_ threads: Int) throws {
        var options = ExtractionOptions()
        options.threads = threads
        let input = try ArticleInput.read([examples], options: options)
        #expect(input.extractions.count == 22)
        let expected = input.extractions.map { $0.jsonLine() + "\n" }.joined()
        #expect(input.jsonLines == expected)
        #expect(try extracted(.jsonl, threads: threads) == expected)
    }

    @Test func everyFormatIsTheSameOnOneAndTwoThreads() throws {
        for format in Pipeline.ExtractFormat.allCases {
            let one = try extracted(format, threads: 1)
            #expect(!one.isEmpty)
            #expect(try extracted(format, threads: 2) == one, "\(format)")
        }
    }

    @Test func textListingsAreSeparatedByOneBlankLine() throws {
        let text = try extracted(.text, threads: 2)
        let input = try ArticleInput.read([examples])
        #expect(text == input.extractions.map(Pipeline.listing).joined(separator: "\n"))
        #expect(!text.hasPrefix("\n"))
    }
}
