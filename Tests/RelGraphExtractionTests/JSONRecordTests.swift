import Foundation
import Testing

@testable import RelGraphExtraction

@Suite struct JSONRecordTests {
    let tmp = TempFolder()

    @Test func jsonLinesSkipsAndReportsMalformedRecords() throws {
        let path = tmp.write(
            "a.jsonl",
            """
            {"id": "x1", "title": "T1", "date": "2020-01-01", "text": "First."}
            {"id": "x2", "text": broken}
            {"id": "x3", "summary": "no text field"}

            {"text": "No id here."}
            {"id": 17, "text": "Numeric id."}
            {"id": "x6", "text": ["not", "a", "string"]}
            ["an", "array"]
            {"id": "x8", "text": "  ", "title": null}
            {"id": "", "text": "Empty id falls back."}
            """)
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.id) == ["x1", "a:5", "17", "a:10"])
        #expect(
            r.problems.map(\.description) == [
                "\(path):2: not valid JSON (column 22); record skipped",
                "\(path):3: no text field; expected one of 'text', 'content', 'article', 'body', 'story'; record skipped",
                "\(path):7: field 'text' is an array, not a string; record skipped",
                "\(path):8: expected a JSON object, found an array; record skipped",
                "\(path):9: empty text and no title; record skipped",
            ])
        #expect(r.skipped == 5)
        #expect(r.articles[0] == Article(id: "x1", title: "T1", date: "2020-01-01", text: "First.", origin: "\(path):1"))
    }

    @Test func aTitleAloneIsEnoughAndTitlesAreKept() throws {
        let r = ArticleReader().readUnnamed(#"{"headline": "Rivers rise in the north", "date": 20240301}"#)
        #expect(r.problems.isEmpty)
        #expect(
            r.articles == [
                Article(id: "stdin:1", title: "Rivers rise in the north", date: "20240301", text: "", origin: "<stdin>:1")
            ])
    }

    @Test func aTruncatedLineDoesNotSwallowTheNextRecord() {
        let r = ArticleReader().readUnnamed("{\"id\": \"cut\", \"text\": \"Half\n{\"id\": \"whole\", \"text\": \"Fine.\"}\n")
        #expect(r.articles.map(\.id) == ["whole"])
        #expect(r.problems == [.malformedRecord(path: "<stdin>", line: 1, reason: .invalidJSON(line: nil, column: 28))])
    }

    @Test func anUnclosedObjectIsReportedAtItsFirstLine() {
        let r = ArticleReader().readUnnamed("{\"id\": \"open\"\n{\"id\": \"next\", \"text\": \"Kept.\"}\n")
        #expect(r.articles.map(\.id) == ["next"])
        #expect(r.problems == [.malformedRecord(path: "<stdin>", line: 1, reason: .invalidJSON(line: 2, column: 1))])
    }

    @Test func crlfAndBlankLinesInJSONLines() {
        let r = ArticleReader().readUnnamed("{\"text\": \"One.\"}\r\n\r\n   \r\n{\"text\": \"Two.\"}\r\n")
        #expect(r.articles.map(\.id) == ["stdin:1", "stdin:4"])
        #expect(r.problems.isEmpty)
    }

    @Test func escapesAreDecoded() {
        let r = ArticleReader().readUnnamed(#"{"text": "Tab\there \"quoted\" caf\u00e9 \ud83d\ude00 lone \ud800 slash\/ end\\"}"#)
        #expect(r.articles.first?.text == "Tab\there \"quoted\" café 😀 lone \u{FFFD} slash/ end\\")
    }

    @Test func nestedValuesAndOtherFieldsAreSkipped() {
        let r = ArticleReader().readUnnamed(
            #"{"meta": {"tags": ["a", {"b": [1, 2.5e3, -0.1, true, false, null]}]}, "text": "Body.", "n": -3}"#)
        #expect(r.articles.map(\.text) == ["Body."])
    }

    @Test(arguments: [
        #"{"text": "a",}"#, #"{"text": 01}"#, #"{"text": "a" "b"}"#, #"{text: "a"}"#, #"{"text": "\x"}"#,
        #"{"text": tru}"#, #"{"text": "a"]"#, #"{"text": 1.}"#, "{\"text\": \"raw\u{1}control\"}",
    ])
    func syntaxErrorsAreMalformedRecords(_ line: String) {
        let r = ArticleReader().readUnnamed(line)
        #expect(r.articles.isEmpty)
        #expect(r.skipped == 1)
    }

    @Test func deepNestingIsRejectedNotRecursed() {
        let deep = #"{"text": "x", "d": "# + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}"
        let r = ArticleReader().readUnnamed(deep)
        #expect(r.articles.isEmpty && r.skipped == 1)
    }

    @Test func jsonArrayRecordsAreNumberedByTheirLine() throws {
        let path = tmp.write(
            "list.json",
            """
            [
              {"title": "First", "text": "One."},
              {"title": "Second",
               "text": "Two."},
              "stray string",
              {"id": "named", "body": "Three."}
            ]
            """)
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.id) == ["list:2", "list:3", "named"])
        #expect(r.problems == [.malformedRecord(path: path, line: 5, reason: .notAnObject(found: "string"))])
    }

    @Test func aBrokenArrayKeepsTheRecordsBeforeTheBreak() throws {
        let path = tmp.write("broken.json", "[\n{\"text\": \"Kept.\"},\n{\"text\": \"Lost\" oops},\n{\"text\": \"Also lost.\"}\n]")
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.text) == ["Kept."])
        #expect(r.problems == [.malformedFile(path: path, line: 3, reason: .invalidJSON(line: nil, column: 17))])
        #expect(r.problems[0].description == "\(path):3: not valid JSON (column 17); rest of file skipped")
    }

    @Test func jsonDocumentsMayBeOneObjectOrSeveral() throws {
        let one = tmp.write("one.json", "{\n  \"id\": \"solo\",\n  \"text\": \"Only.\"\n}\n")
        #expect(try ArticleReader().read([one]).articles.map(\.id) == ["solo"])
        let lines = tmp.write("lines.json", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n")
        #expect(try ArticleReader().read([lines]).articles.map(\.id) == ["lines:1", "lines:2"])
    }

    @Test func emptyAndScalarJSONDocuments() throws {
        let empty = tmp.write("empty.json", "[]")
        #expect(try ArticleReader().read([empty]).problems == [.emptyInput(path: empty)])
        let blank = tmp.write("blank.jsonl", "\n\n")
        #expect(try ArticleReader().read([blank]).problems == [.emptyInput(path: blank)])
        let scalar = tmp.write("scalar.json", "42")
        #expect(
            try ArticleReader().read([scalar]).problems == [
                .malformedFile(path: scalar, line: 1, reason: .notAnArray(found: "number"))
            ])
        let lines = tmp.write("scalar.jsonl", "42\n{\"text\": \"Fine.\"}\n")
        let r = try ArticleReader().read([lines])
        #expect(r.problems == [.malformedRecord(path: lines, line: 1, reason: .notAnObject(found: "number"))])
        #expect(r.articles.count == 1)
    }

    @Test func customFieldNamesReplaceTheDefaults() {
        let reader = ArticleReader(fields: FieldNames(id: ["ref"], title: ["hed"], date: ["when"], text: ["story_text"]))
        let r = reader.readUnnamed(#"{"ref": "r1", "hed": "H", "when": "2020-05-05", "story_text": "S.", "text": "ignored"}"#)
        #expect(r.articles == [Article(id: "r1", title: "H", date: "2020-05-05", text: "S.", origin: "<stdin>:1")])
        let missing = reader.readUnnamed(#"{"text": "T."}"#)
        #expect(
            missing.problems.map(\.description) == [
                "<stdin>:1: no text field; expected one of 'story_text'; record skipped"
            ])
    }

    @Test func keysMatchIgnoringCaseAndLaterCandidatesWin() {
        let r = ArticleReader().readUnnamed(#"{"ID": "up", "Title": "Caps", "text": null, "Content": "From content."}"#)
        #expect(r.articles == [Article(id: "up", title: "Caps", text: "From content.", origin: "<stdin>:1")])
    }
}
