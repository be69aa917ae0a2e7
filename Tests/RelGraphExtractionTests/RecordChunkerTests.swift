import Testing

@testable import RelGraphExtraction

@Suite struct RecordChunkerTests {
    @Test(arguments: ["", "no break", "\n", "a\nb\n\nc", "\n\n\n", "{\"text\": \"x\"}\r\n{\"text\": \"y\"}\n"])
    func lineFeedsCountsEveryLineFeed(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(RecordChunker.lineFeeds(in: bytes) == bytes.count(where: { $0 == 0x0A }))
    }
}
