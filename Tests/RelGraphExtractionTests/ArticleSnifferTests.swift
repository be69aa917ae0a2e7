import Foundation
import RelGraphExtraction
import Testing

@Suite struct ArticleSnifferTests {
    func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sniff-\(UUID())-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func articlesAreRecognised() throws {
        let prose = """
            Ministers meet in Lisbon

            The foreign ministers of Portugal and Spain met on Tuesday to discuss the shared river basin.
            Both sides said the talks had been useful and agreed to meet again in the spring next year.
            """
        #expect(ArticleSniffer.looksLikeArticles(path: try file("a.txt", prose)))
        let jsonl = #"{"id": "1", "title": "T", "text": "Some words here."}"# + "\n"
        #expect(ArticleSniffer.looksLikeArticles(path: try file("a.jsonl", jsonl)))
        #expect(ArticleSniffer.looksLikeArticles(path: try file("a.html", "<!DOCTYPE html><html><body><p>x</p>")))
    }

    @Test func graphsAreNot() throws {
        #expect(!ArticleSniffer.looksLikeArticles(path: try file("g.tsv", "a\tb\t1\nb\tc\t2\n")))
        #expect(!ArticleSniffer.looksLikeArticles(path: try file("g.csv", "Antony Blinken,Yang Jiechi,3\nChina,United States,4\n")))
        #expect(!ArticleSniffer.looksLikeArticles(path: try file("g.json", #"{"format": "relgraph", "version": 1, "entities": []}"#)))
        #expect(!ArticleSniffer.looksLikeArticles(path: try file("empty.txt", "")))
        #expect(!ArticleSniffer.looksLikeArticles(path: "/nonexistent/file.txt"))
    }
}
