import Foundation
import Testing

@testable import RelGraphCore

/// The one-pass graph-file reader against Foundation's `JSONDecoder` on the same bytes: equal
/// graphs for everything the `Codable` definitions accept, and the same errors.
@Suite struct GraphFileReaderTests {
    func both(_ text: String) throws -> (EntityGraph, EntityGraph) {
        let data = Data(text.utf8)
        return (try GraphFile.decode(data, path: "p"), try GraphFile.foundationDecode(data, path: "p"))
    }

    func reason(_ text: String) -> String? {
        do {
            _ = try GraphFile.decode(Data(text.utf8), path: "p")
            return nil
        } catch {
            if case .malformedGraphFile(_, let reason) = error { return reason }
            return "\(error)"
        }
    }

    @Test func theCommittedGraphsReadAsJSONDecoderReadsThem() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Graphs").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".relgraph.json") }
        #expect(files.count >= 2)
        var evidence = 0
        for f in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(f))
            let ours = try GraphFile.decode(data, path: f)
            #expect(ours == (try GraphFile.foundationDecode(data, path: f)), "\(f)")
            #expect(GraphFile.encode(ours) == data, "\(f) round trip")
            evidence += ours.relations.reduce(0) { $0 + $1.evidence.count }
        }
        #expect(evidence > 100)
    }

    /// Keys in any order, unknown keys (with nested values) skipped, `null` optionals,
    /// integers written `3.0` and `1e1`, escapes including a surrogate pair, a version 1 file
    /// without `kind`, `affiliationSource` or `resolved`, endpoints not in sorted order, a
    /// byte order mark and white space everywhere.
    @Test func whatCodableAcceptsIsReadTheSame() throws {
        let text = """
            \u{FEFF} { "version" : 1, "extra": {"a": [1, {"b": null}], "c": "\\u00e9"}, "relations": [
              {"target": "person:A\\u00e9 \\ud83c\\udf0d", "source": "country:PER", "weight": 2.5, "articles": 1.0,
               "sentences": 1e1, "tone": {"neutral": 0, "conflict": 1, "cooperation": 2, "more": true},
               "evidence": [{"text": "Line\\nbreak \\"quoted\\" \\\\ \\/", "sentence": 0, "article": "a1"}]}],
              "entities": [
                {"name": "Peru", "kind": "country", "id": "country:PER", "aliases": [], "mentions": 2,
                 "articles": 1, "iso3": "PER", "affiliation": null},
                {"name": "A\\u00e9 \\ud83c\\udf0d", "kind": "person", "id": "person:A\\u00e9 \\ud83c\\udf0d",
                 "aliases": ["A"], "mentions": 3, "articles": 1, "affiliation": "PER"}],
              "articles": [{"id": "a1", "title": null}, {"id": "a2", "date": "2020-01", "title": "T"}],
              "format": "relgraph" }

            """
        let (ours, reference) = try both(text)
        #expect(ours == reference)
        #expect(ours.entities.map(\.name).contains("Aé 🌍"))
        let r = try #require(ours.relations.first)
        #expect(r.kind == .coMention && r.weight == 2.5 && r.sentences == 10 && r.tone.cooperation == 2)
        #expect(r.evidence.first?.text == "Line\nbreak \"quoted\" \\ /")
        #expect(ours.articles.count == 2 && ours.articles[0].title == nil && ours.articles[1].date == "2020-01")
    }

    /// Weights are read to the same `Double` as the standard library's parser: the fast path
    /// (up to 15 digits and 22 decimals) and the slow one (long, exponent, tiny).
    @Test(arguments: [
        "1", "0.1", "0.3", "2.675", "123456.789012345", "0.000001", "1e-7", "9007199254740993",
        "0.1000000000000000055511151231257827", "1.7976931348623157e308", "4.9e-324", "12345678901234567890",
        "3.0000000000000004", "1E+2", "0.5", "7.25e0",
    ])
    func weightsAreCorrectlyRounded(_ number: String) throws {
        let text = """
            {"format": "relgraph", "version": 2, "articles": [], "entities": [
            {"id": "other:a", "kind": "other", "name": "a", "aliases": [], "mentions": 1, "articles": 1},
            {"id": "other:b", "kind": "other", "name": "b", "aliases": [], "mentions": 1, "articles": 1}],
            "relations": [{"source": "other:a", "target": "other:b", "kind": "co-mention", "weight": \(number),
            "articles": 1, "sentences": 0, "tone": {"cooperation": 0, "conflict": 0, "neutral": 0}, "evidence": []}]}
            """
        let expected = try #require(Double(number))
        let (ours, reference) = try both(text)
        #expect(ours.relations[0].weight.bitPattern == expected.bitPattern, "\(number)")
        #expect(ours == reference)
    }

    @Test func errorsSayWhereAndWhat() {
        let head = #"{"format": "relgraph", "version": 2, "articles": [], "entities": [], "relations": "#
        #expect(reason("[1]") == "not a JSON object")
        #expect(reason("{}") == "missing \"format\": \"relgraph\"")
        #expect(
            reason(#"{"format": "relgraph", "version": 2, "articles": [], "entities": []}"#) == "missing key 'relations' at the top level")
        #expect(reason(head + #"[{"source": "a"}]}"#) == "missing key 'target' at .relations[0]")
        #expect(reason(head + #"[{"source": 1}]}"#) == "wrong type at .relations[0].source")
        #expect(
            reason(#"{"format": "relgraph", "version": 2, "relations": [], "articles": [], "entities": [{"id": "x", "kind": "planet"}]}"#)
                == "wrong type at .entities[0].kind")
        #expect(reason(head + "[{\"source\": \"a\",\n \"target\" \"b\"}]}") == "invalid JSON at line 2, column 11")
        #expect(reason(head + "[]} trailing") == "invalid JSON at line 1, column \(head.utf8.count + 5)")
        // A later version is reported as such even when its content no longer parses.
        #expect(throws: GraphError.unsupportedVersion(path: "p", version: 9, supported: 2)) {
            try GraphFile.decode(Data(#"{"format": "relgraph", "relations": {"new": 1}, "version": 9}"#.utf8), path: "p")
        }
        #expect(
            reason(#"{"format": "relgraph", "relations": {"new": 1}, "version": 2, "articles": [], "entities": []}"#)
                == "wrong type at .relations")
    }

    /// Every truncation of a valid file fails with a message, none crashes, and none reads.
    @Test func everyTruncationFails() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Graphs/seed.relgraph.json").standardized
        let data = try Data(contentsOf: dir).prefix(6_000)
        let whole = Data(data)
        for cut in stride(from: 0, to: whole.count, by: 7) {
            #expect(throws: GraphError.self) { try GraphFile.decode(whole.prefix(cut), path: "p") }
        }
    }
}
