import Foundation
import Testing
@testable import RelGraphExtraction

@Suite struct ArticleReaderTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-reader-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func write(_ name: String, _ text: String) -> String {
        let url = dir.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func textFileWithHeadlineDateAndRepeatedHeadline() throws {
        let path = write("07-port-deal.txt", "Ports agree on fees\n2021-06-01\n\nPorts agree on fees\n\nThe two ports agreed.\n")
        let r = try ArticleReader().read([path])
        #expect(r.articles.count == 1)
        let a = r.articles[0]
        #expect(a.id == "07-port-deal" && a.title == "Ports agree on fees" && a.date == "2021-06-01")
        #expect(a.text.trimmingCharacters(in: .whitespacesAndNewlines) == "The two ports agreed.")
    }

    @Test func jsonLinesSkipsAndReportsMalformedRecords() throws {
        let path = write("a.jsonl", """
            {"id": "x1", "title": "T1", "date": "2020-01-01", "text": "First."}
            {"id": "x2", "text": broken}
            {"id": "x3", "title": "no text"}

            {"text": "No id here."}
            """)
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.id) == ["x1", "a:5"])
        #expect(r.problems.map(\.description) == [
            "\(path):2: not valid JSON; record skipped",
            "\(path):3: no \"text\" field; record skipped",
        ])
    }

    @Test func strictStopsAtTheFirstMalformedRecord() {
        let path = write("b.jsonl", "{\"id\": \"ok\", \"text\": \"Fine.\"}\nnot json\n")
        #expect(throws: ExtractionError.malformedRecord(path: path, line: 2, reason: "not valid JSON")) {
            try ArticleReader(strict: true).read([path])
        }
    }

    @Test func jsonArrayAndFoldersInPathOrder() throws {
        _ = write("f/b.json", #"[{"id": "j1", "text": "One."}, 42, {"id": "j2", "content": "Two."}]"#)
        _ = write("f/a/z.txt", "Headline\n\nBody text.")
        _ = write("f/ignored.csv", "x,y")
        let r = try ArticleReader().read([dir.appendingPathComponent("f").path])
        #expect(r.articles.map(\.id) == ["z", "j1", "j2"])
        #expect(r.problems.count == 1)
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsLine() throws {
        let url = dir.appendingPathComponent("bad.txt")
        try Data([0x4F, 0x6B, 0x0A, 0x0A, 0x42, 0x61, 0xFF, 0x64, 0x2E]).write(to: url)
        let r = try ArticleReader().read([url.path])
        #expect(r.problems == [.invalidUTF8(path: url.path, line: 3)])
        #expect(r.articles[0].text.contains("\u{FFFD}"))
    }

    @Test func byteOrderMarkIsDropped() throws {
        let url = dir.appendingPathComponent("bom.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("Title here\n\nBody.".utf8)).write(to: url)
        #expect(try ArticleReader().read([url.path]).articles[0].title == "Title here")
    }

    @Test func missingAndUnsupportedInputs() {
        #expect(throws: ExtractionError.missingInput(path: "/nonexistent/x.txt")) {
            try ArticleReader().read(["/nonexistent/x.txt"])
        }
        let p = write("x.pdf", "%PDF")
        #expect(throws: ExtractionError.unsupportedFormat(path: p)) { try ArticleReader().read([p]) }
    }
}
