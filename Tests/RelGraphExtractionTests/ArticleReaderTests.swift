import Foundation
import Testing

@testable import RelGraphExtraction

@Suite struct ArticleReaderTests {
    let tmp = TempFolder()

    // MARK: Plain text

    @Test func textFileWithHeadlineDateAndRepeatedHeadline() throws {
        let path = tmp.write("07-port-deal.txt", "Ports agree on fees\n2021-06-01\n\nPorts agree on fees\n\nThe two ports agreed.\n")
        let r = try ArticleReader().read([path])
        #expect(r.articles.count == 1)
        let a = r.articles[0]
        #expect(a.id == "07-port-deal" && a.title == "Ports agree on fees" && a.date == "2021-06-01")
        #expect(a.text.trimmingCharacters(in: .whitespacesAndNewlines) == "The two ports agreed.")
        #expect(r.problems.isEmpty)
    }

    @Test func crlfLineEndsAndMarkdownHeading() throws {
        let path = tmp.write("note.md", "# Harbour reopens.\r\n2022-02-02\r\n\r\nShips sail again.\r\nCrews cheer.\r\n")
        let a = try #require(try ArticleReader().read([path]).articles.first)
        #expect(a.title == "Harbour reopens.")
        #expect(a.date == "2022-02-02")
        #expect(a.text == "Ships sail again.\nCrews cheer.\n")
    }

    @Test func aFileWithOnlyATitleIsAnArticleWithoutBody() throws {
        let path = tmp.write("headline.txt", "Mountain pass closes for winter")
        let r = try ArticleReader().read([path])
        #expect(r.articles == [Article(id: "headline", title: "Mountain pass closes for winter", text: "", origin: path)])
    }

    @Test func aOneSentenceFileIsBodyText() throws {
        let path = tmp.write("one.txt", "The bridge was painted blue last spring.\n")
        let a = try #require(try ArticleReader().read([path]).articles.first)
        #expect(a.title == nil)
        #expect(a.text == "The bridge was painted blue last spring.\n")
    }

    @Test(arguments: ["", "   \n\r\n\t\n"])
    func emptyFilesAreReportedAndSkipped(_ content: String) throws {
        let path = tmp.write("blank.txt", content)
        let r = try ArticleReader().read([path])
        #expect(r.articles.isEmpty)
        #expect(r.problems == [.emptyInput(path: path)])
        #expect(r.skipped == 1)
    }

    // MARK: Encoding

    @Test func invalidUTF8IsReplacedAndReportedWithItsLine() throws {
        let path = tmp.write("bad.txt", bytes: [0x4F, 0x6B, 0x0A, 0x0A, 0x42, 0x61, 0xFF, 0x64, 0x2E])
        let r = try ArticleReader().read([path])
        #expect(r.problems == [.invalidUTF8(path: path, line: 3)])
        #expect(r.articles[0].text == "Ba\u{FFFD}d.")
        #expect(r.skipped == 0)
    }

    @Test func invalidUTF8InARecordKeepsLineNumbers() throws {
        // A truncated three-byte sequence just before a line feed must not eat the line feed.
        let bytes = Array(#"{"text": "Caf"#.utf8) + [0xE2, 0x82] + Array("\"}\n{\"text\": \"Two.\"}\n".utf8)
        let path = tmp.write("enc.jsonl", bytes: bytes)
        let r = try ArticleReader().read([path])
        #expect(r.problems == [.invalidUTF8(path: path, line: 1)])
        #expect(r.articles.map(\.id) == ["enc:1", "enc:2"])
        #expect(r.articles[0].text == "Caf\u{FFFD}")
    }

    @Test(
        arguments: [
            ([0xC0, 0xAF], 0), ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
            ([0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0xFE], 9),
        ] as [([UInt8], Int)])
    func malformedUTF8Sequences(_ bytes: [UInt8], _ offset: Int) {
        #expect(bytes.withUnsafeBufferPointer(ArticleReader.firstInvalidUTF8) == offset)
    }

    @Test func wellFormedUTF8IsAccepted() {
        let text = Array("Zürich – 北京 – 🙂 plain ASCII tail that is longer than eight bytes".utf8)
        #expect(text.withUnsafeBufferPointer(ArticleReader.firstInvalidUTF8) == nil)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let path = tmp.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Title here\n\nBody.".utf8))
        #expect(try ArticleReader().read([path]).articles[0].title == "Title here")
        let csv = tmp.write("bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("title,text\nA,B\n".utf8))
        #expect(try ArticleReader().read([csv]).articles.map(\.title) == ["A"])
    }

    // MARK: Folders, paths and formats

    @Test func foldersAreReadInPathOrderWithEveryKnownExtension() throws {
        _ = tmp.write("f/b.json", #"[{"id": "j1", "text": "One."}, 42, {"id": "j2", "content": "Two."}]"#)
        _ = tmp.write("f/a/z.txt", "Headline\n\nBody text.")
        _ = tmp.write("f/c.csv", "id,text\nc1,Three.\n")
        _ = tmp.write("f/d.htm", "<p>Four.</p>")
        _ = tmp.write("f/e.tsv", "id\ttext\ne1\tFive.\n")
        _ = tmp.write("f/ignored.pdf", "%PDF")
        _ = tmp.write("f/.hidden.txt", "Not read.")
        let r = try ArticleReader().read([tmp.url.appendingPathComponent("f").path])
        #expect(r.articles.map(\.id) == ["z", "j1", "j2", "c1", "d", "e1"])
        #expect(
            r.problems.map(\.description) == [
                "\(tmp.url.appendingPathComponent("f/b.json").path):1: expected a JSON object, found a number; record skipped"
            ])
    }

    @Test func missingAndUnsupportedInputs() {
        #expect(throws: ExtractionError.missingInput(path: "/nonexistent/x.txt")) {
            try ArticleReader().read(["/nonexistent/x.txt"])
        }
        let p = tmp.write("x.pdf", "%PDF")
        #expect(throws: ExtractionError.unsupportedFormat(path: p)) { try ArticleReader().read([p]) }
    }

    @Test func anExplicitFormatOverridesTheExtension() throws {
        let p = tmp.write("dump.data", "id,text\nq1,Hello there.\n")
        #expect(try ArticleReader(format: .csv).read([p]).articles.map(\.id) == ["q1"])
    }

    @Test(arguments: [
        ("  {\"text\": \"a\"}", InputFormat.jsonLines), ("\n[ ]", .json), ("\t<html>", .html),
        ("Plain words", .text), ("", .text), ("\u{FEFF}{}", .jsonLines),
    ])
    func standardInputFormatIsDetectedFromTheFirstByte(_ text: String, _ format: InputFormat) {
        #expect(InputFormat.detect(Array(text.utf8)) == format)
    }

    @Test func unnamedInputUsesStdinNamesAndDetection() {
        let r = ArticleReader().readUnnamed("\n{\"text\": \"Alpha.\"}\n{\"id\": \"b\", \"text\": \"Beta.\"}\n")
        #expect(r.articles.map(\.id) == ["stdin:2", "b"])
        #expect(r.articles[0].origin == "<stdin>:2")
        let text = ArticleReader().readUnnamed("Quiet morning\n\nNothing happened.")
        #expect(text.articles.map(\.id) == ["stdin"])
        #expect(text.articles[0].title == "Quiet morning")
        let forced = ArticleReader(format: .text).readUnnamed("{not json at all}")
        #expect(forced.articles.map(\.title) == ["{not json at all}"])
    }

    @Test(arguments: [
        ("a.TXT", InputFormat.text), ("b.markdown", .text), ("c.ndjson", .jsonLines), ("d.JSON", .json),
        ("e.csv", .csv), ("f.tab", .tsv), ("g.xhtml", .html),
    ])
    func extensions(_ path: String, _ format: InputFormat) {
        #expect(InputFormat(pathExtensionOf: "/some/dir/" + path) == format)
    }

    @Test func unknownExtensionsHaveNoFormat() {
        #expect(InputFormat(pathExtensionOf: "notes") == nil)
        #expect(InputFormat(pathExtensionOf: "/x.y/.txt") == nil)
        #expect(InputFormat(pathExtensionOf: "paper.pdf") == nil)
    }

    // MARK: Strict mode

    @Test func strictStopsAtTheFirstProblem() {
        let path = tmp.write("b.jsonl", "{\"id\": \"ok\", \"text\": \"Fine.\"}\nnot json\n{\"text\": 1}\n")
        #expect(throws: ExtractionError.malformedRecord(path: path, line: 2, reason: .invalidJSON(line: nil, column: 2))) {
            try ArticleReader(strict: true).read([path])
        }
        let empty = tmp.write("empty.md", "")
        #expect(throws: ExtractionError.emptyInput(path: empty)) { try ArticleReader(strict: true).read([empty]) }
    }

    @Test func strictStopsAcrossFilesOfAFolder() {
        _ = tmp.write("s/1.txt", "Fine\n\nBody.")
        let bad = tmp.write("s/2.csv", "title,text\nA\n")
        _ = tmp.write("s/3.txt", "Also fine\n\nBody.")
        #expect(throws: ExtractionError.malformedRecord(path: bad, line: 2, reason: .wrongFieldCount(found: 1, expected: 2))) {
            try ArticleReader(strict: true).read([tmp.url.appendingPathComponent("s").path])
        }
    }

    // MARK: Field names

    @Test func fieldNamesMatchExactlyThenIgnoringCase() {
        #expect(FieldNames.firstMatch(["text", "body"], in: ["Body", "text"]) == 1)
        #expect(FieldNames.firstMatch(["text", "body"], in: ["Body", " TEXT "]) == 1)
        #expect(FieldNames.firstMatch(["text", "body"], in: ["Body", "x"]) == 0)
        #expect(FieldNames.firstMatch(["text"], in: ["x"]) == nil)
    }
}
