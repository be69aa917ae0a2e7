import Foundation
import Testing

@testable import RelGraphExtraction

@Suite struct RecordChunkerTests {
    @Test(arguments: ["", "no break", "\n", "a\nb\n\nc", "\n\n\n", "{\"text\": \"x\"}\r\n{\"text\": \"y\"}\n"])
    func lineFeedsCountsEveryLineFeed(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(RecordChunker.lineFeeds(in: bytes) == bytes.count(where: { $0 == 0x0A }))
    }
}

@Suite struct PlainTextTests {
    @Test func plainTextIsUTF8WithoutNULBytes() {
        #expect(FileArticleSource.isPlainText(Data("{\"text\": \"Ships sail.\"}\n".utf8)))
        #expect(FileArticleSource.isPlainText(Data()))
        #expect(!FileArticleSource.isPlainText(Data("{\"text\": \"a\u{0}b\"}\n".utf8)))
        #expect(!FileArticleSource.isPlainText(Data([0x7B, 0x0A, 0x00])))
    }
}
