import Testing

@testable import RelGraphExtraction

@Suite struct ExtractionErrorTests {
    @Test(arguments: [
        (ExtractionError.missingInput(path: "a.txt"), "Input 'a.txt' does not exist"),
        (.unreadableFile(path: "a.txt", reason: "denied"), "Cannot read 'a.txt': denied"),
        (
            .malformedRecord(path: "n.jsonl", line: 4, reason: .invalidJSON(line: nil, column: 9)),
            "n.jsonl:4: not valid JSON (column 9); record skipped"
        ),
        (
            .malformedRecord(path: "n.jsonl", line: 4, reason: .invalidJSON(line: 5, column: 1)),
            "n.jsonl:4: not valid JSON (line 5, column 1); record skipped"
        ),
        (
            .malformedRecord(path: "n.json", line: 2, reason: .notAnObject(found: "array")),
            "n.json:2: expected a JSON object, found an array; record skipped"
        ),
        (
            .malformedRecord(path: "n.json", line: 2, reason: .notAnObject(found: "null")),
            "n.json:2: expected a JSON object, found null; record skipped"
        ),
        (
            .malformedFile(path: "n.json", line: 1, reason: .notAnArray(found: "string")),
            "n.json:1: expected a JSON array or object, found a string; rest of file skipped"
        ),
        (
            .malformedRecord(path: "n.jsonl", line: 3, reason: .missingField(role: "text", tried: ["text", "body"])),
            "n.jsonl:3: no text field; expected one of 'text', 'body'; record skipped"
        ),
        (
            .malformedFile(path: "d.csv", line: 1, reason: .missingColumn(role: "text", tried: ["text"])),
            "d.csv:1: the header has no text column; expected one of 'text'; rest of file skipped"
        ),
        (
            .malformedRecord(path: "n.jsonl", line: 6, reason: .notAString(name: "text", found: "number")),
            "n.jsonl:6: field 'text' is a number, not a string; record skipped"
        ),
        (
            .malformedRecord(path: "d.csv", line: 8, reason: .emptyText),
            "d.csv:8: empty text and no title; record skipped"
        ),
        (
            .malformedRecord(path: "d.csv", line: 9, reason: .wrongFieldCount(found: 1, expected: 3)),
            "d.csv:9: row has 1 field; the header has 3; record skipped"
        ),
        (
            .malformedRecord(path: "d.csv", line: 9, reason: .wrongFieldCount(found: 4, expected: 3)),
            "d.csv:9: row has 4 fields; the header has 3; record skipped"
        ),
        (
            .malformedRecord(path: "d.csv", line: 12, reason: .unterminatedQuote),
            "d.csv:12: quoted field is never closed; record skipped"
        ),
        (.emptyInput(path: "e.txt"), "e.txt: no article text; skipped"),
        (.invalidUTF8(path: "b.txt", line: 2), "b.txt:2: invalid UTF-8 bytes replaced with U+FFFD"),
        (
            .unsupportedFormat(path: "x.pdf"),
            "Cannot read 'x.pdf': unsupported file type; expected .txt, .md, .jsonl, .ndjson, .json, .csv, .tsv, "
                + ".html or .htm, or an explicit input format"
        ),
        (.noArticles(inputs: ["d"]), "No articles found in 'd'"),
        (
            .allSkipped(inputs: ["d.csv", "-"], skipped: 2, first: .malformedRecord(path: "d.csv", line: 2, reason: .emptyText)),
            "No articles read from 'd.csv', '-': 2 records skipped; the first: d.csv:2: empty text and no title; record skipped"
        ),
        (.malformedLexicon(name: "l.json", reason: "bad"), "Lexicon 'l.json' is malformed: bad"),
    ])
    func messages(_ error: ExtractionError, _ message: String) {
        #expect(error.description == message)
    }

    @Test func whichProblemsSkipInput() {
        #expect(ExtractionError.malformedRecord(path: "a", line: 1, reason: .emptyText).skipsInput)
        #expect(ExtractionError.malformedFile(path: "a", line: 1, reason: .unterminatedQuote).skipsInput)
        #expect(ExtractionError.emptyInput(path: "a").skipsInput)
        #expect(!ExtractionError.invalidUTF8(path: "a", line: 1).skipsInput)
        #expect(!ExtractionError.missingInput(path: "a").skipsInput)
    }
}
