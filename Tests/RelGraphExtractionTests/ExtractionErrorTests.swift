import Testing
@testable import RelGraphExtraction

@Suite struct ExtractionErrorTests {
    @Test(arguments: [
        (ExtractionError.missingInput(path: "a.txt"), "Input 'a.txt' does not exist"),
        (.unreadableFile(path: "a.txt", reason: "denied"), "Cannot read 'a.txt': denied"),
        (.malformedRecord(path: "n.jsonl", line: 4, reason: "not valid JSON"), "n.jsonl:4: not valid JSON; record skipped"),
        (.invalidUTF8(path: "b.txt", line: 2), "b.txt:2: invalid UTF-8 bytes replaced with U+FFFD"),
        (.unsupportedFormat(path: "x.pdf"), "Cannot read 'x.pdf': unsupported file type; expected .txt, .md, .jsonl, .ndjson or .json"),
        (.noArticles(inputs: ["d"]), "No articles found in 'd'"),
        (.malformedLexicon(name: "l.json", reason: "bad"), "Lexicon 'l.json' is malformed: bad"),
    ])
    func messages(_ error: ExtractionError, _ message: String) {
        #expect(error.description == message)
    }
}
