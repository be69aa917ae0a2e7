import Foundation
import RelGraphExtraction
import Testing

/// The usage example of `RelGraphExtraction.docc/RelGraphExtraction.md`, run on the bundled
/// example articles.
@Suite struct DocExampleTests {
    @Test func overviewExampleRuns() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Examples/articles").standardized.path
        let read = try ArticleReader().read([examples])
        let extractor = try Extractor(options: .init())
        let extractions = extractor.extract(read.articles)
        let graph = Extractor.graph(from: extractions)
        #expect(extractions.count == read.articles.count)
        #expect(!graph.entities.isEmpty)
        for extraction in extractions.prefix(3) {
            #expect(extraction.jsonLine().hasPrefix("{"))
        }
    }
}
