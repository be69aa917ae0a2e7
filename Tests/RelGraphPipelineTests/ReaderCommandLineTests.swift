import Foundation
import GraphTestSupport
import Testing

/// The article readers end to end through the built `relgraph` binary: standard input, CSV,
/// field and format options, warnings, the skipped-records summary and exit codes.
@Suite struct ReaderCommandLineTests {
    /// Runs `relgraph args`, feeding `stdin` to its standard input.
    func run(_ args: [String], stdin: String = "") throws -> ProcessOutput {
        try TestProcess.relgraph(args, stdin: stdin)
    }

    /// The `id` of each JSON line on standard output.
    func ids(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map { line in
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(obj["id"] as? String)
        }
    }

    let csv = TestPaths.fixture("readers/harbour-news.csv").path

    @Test func jsonLinesOnStandardInput() throws {
        let r = try run(
            ["extract", "-", "--format", "jsonl"],
            stdin: """
                {"id": "s1", "title": "Greece and Italy agree on ferry links", "text": "The ministers met in Rome."}
                {"text": 12}
                {"text": "Canada and Mexico discussed trade on Friday."}

                """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try ids(r.stdout) == ["s1", "stdin:3"])
        #expect(r.stderr.contains("warning: <stdin>:2: field 'text' is a number, not a string; record skipped"))
        #expect(r.stderr.contains("Read 2 articles; skipped 1 malformed, empty, non-text or repeated record"))
    }

    @Test func maxArticleBytesReachesTheReader() throws {
        let text = "Canada and Mexico discussed trade on Friday. " + String(repeating: "Talks went on. ", count: 20)
        let line = #"{"id": "long", "text": "\#(text)"}"#
        let r = try run(["extract", "-", "--format", "jsonl", "--max-article-bytes", "60"], stdin: line + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("article 'long' has \(text.utf8.count) bytes of text, more than the limit of 60"))
        #expect(try ids(r.stdout) == ["long"])
        // The default leaves such an article whole.
        #expect(try run(["extract", "-", "--format", "jsonl"], stdin: line + "\n").stderr.isEmpty)
        #expect(try run(["extract", "-", "--max-article-bytes", "0"], stdin: line).status == 64)
    }

    @Test func maxEntitiesPerSentenceReachesTheExtractor() throws {
        let line = #"{"id": "list", "text": "Delegates from Peru, Chile, Kenya, Japan and Spain met on Monday."}"#
        let r = try run(["extract", "-", "--format", "jsonl", "--max-entities-per-sentence", "3"], stdin: line + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("article 'list': 1 sentence named more than 3 entities"))
        // Three of the five countries linked: three pairs.
        #expect(r.stdout.components(separatedBy: "\"kind\":\"co-mention\"").count - 1 == 3)
        // The default links all five, without a warning.
        let all = try run(["extract", "-", "--format", "jsonl"], stdin: line + "\n")
        #expect(all.stderr.isEmpty)
        #expect(all.stdout.components(separatedBy: "\"kind\":\"co-mention\"").count - 1 == 10)
        #expect(try run(["extract", "-", "--max-entities-per-sentence", "1"], stdin: line).status == 64)
    }

    @Test func htmlOnStandardInputIsDetected() throws {
        let r = try run(
            ["extract", "-", "--format", "jsonl"],
            stdin: """
                <html><head><title>Kenya hosts summit</title><script>var x = "Japan";</script></head>
                <body><nav>Sports</nav><article><p>Leaders met in Nairobi&nbsp;on Monday.</p></article></body></html>
                """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"title\":\"Kenya hosts summit\""))
        #expect(r.stdout.contains("Kenya"))
        #expect(!r.stdout.contains("Japan"))
    }

    @Test func aCSVFileWithAMalformedRowAndTitlesThatCount() throws {
        let r = try run(["extract", csv, "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try ids(r.stdout) == ["h-1", "h-3"])
        // The countries are named only in the title: titles are part of the article.
        let first = try #require(r.stdout.split(separator: "\n").first)
        #expect(first.contains("\"Norway\"") && first.contains("\"Chile\""))
        #expect(r.stderr.contains("warning: \(csv):5: row has 3 fields; the header has 7; record skipped"))
        #expect(r.stderr.contains("Read 2 articles; skipped 1 malformed, empty, non-text or repeated record (--strict stops at the first)"))
    }

    @Test func strictStopsWithExitCodeOne() throws {
        let r = try run(["extract", csv, "--strict"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: \(csv):5: row has 3 fields; the header has 7; record skipped\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func fieldAndFormatOptions() throws {
        let r = try run(
            ["extract", "-", "--input-format", "csv", "--text-field", "story", "--id-field", "ref", "--format", "jsonl"],
            stdin: "ref;story;text\nr-9;Peru and Bolivia share a lake.;ignored\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try ids(r.stdout) == ["r-9"])
        #expect(r.stdout.contains("\"Peru\""))
    }

    @Test func everyRecordSkippedIsAnError() throws {
        let r = try run(["extract", "-", "--text-field", "missing"], stdin: "{\"text\": \"x\"}\n")
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                "error: No articles read from '-': 1 record skipped; the first: <stdin>:1: no text field; expected one of 'missing'"))
    }

    @Test func usageErrorsExit64() throws {
        let format = try run(["extract", "-", "--input-format", "pdf"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("pdf"))
        let field = try run(["extract", "-", "--title-field", " "])
        #expect(field.status == 64)
        #expect(field.stderr.contains("Field name ' ' for --title-field is empty"))
    }

    @Test func emptyStandardInput() throws {
        let r = try run(["extract", "-"], stdin: "")
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>: no article text; skipped"))
    }
}
