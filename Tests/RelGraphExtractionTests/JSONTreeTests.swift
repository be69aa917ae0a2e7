import Foundation
import RelGraphCore
import Testing

@testable import RelGraphExtraction

@Suite struct JSONTreeTests {
    func parse(_ text: String) throws(JSONScanner.SyntaxError) -> JSONTree {
        var result: Result<JSONTree, JSONScanner.SyntaxError> = .success(.null)
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            do throws(JSONScanner.SyntaxError) {
                result = .success(try JSONTree.parse(bytes))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    @Test func parsesEveryKindOfValue() throws {
        let tree = try parse(
            #" {"name": "C\u00f4te d\u2019Ivoire", "forms": ["CIV", "Ivory Coast"], "n": -1.5e3, "t": true, "f": false, "z": null, "o": {}, "a": []} "#
        )
        #expect(
            tree
                == .object([
                    .init(key: "name", value: .string("Côte d’Ivoire")),
                    .init(key: "forms", value: .array([.string("CIV"), .string("Ivory Coast")])),
                    .init(key: "n", value: .number("-1.5e3")),
                    .init(key: "t", value: .bool(true)),
                    .init(key: "f", value: .bool(false)),
                    .init(key: "z", value: .null),
                    .init(key: "o", value: .object([])),
                    .init(key: "a", value: .array([])),
                ]))
        #expect(tree.member("forms") == .array([.string("CIV"), .string("Ivory Coast")]))
        #expect(tree.member("missing") == nil)
        #expect(try parse(#"{"k": 1, "k": 2}"#).member("k") == .number("2"))  // the last one wins
        #expect(try parse(#""\ud83d\ude00 \n""#) == .string("😀 \n"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9), ("[1 2]", 1, 4), ("{\"a\" 1}", 1, 6), ("tru", 1, 1), ("[1]\n x", 2, 2), ("", 1, 1),
        ("\"tab\there\"", 1, 5),
    ])
    func reportsWhereTheSyntaxBreaks(_ text: String, _ line: Int, _ column: Int) {
        #expect(throws: JSONScanner.SyntaxError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func rejectsNestingBeyondTheLimit() throws {
        let deep = String(repeating: "[", count: JSONScanner.maxDepth + 1) + String(repeating: "]", count: JSONScanner.maxDepth + 1)
        #expect(throws: JSONScanner.SyntaxError.self) { try parse(deep) }
        let ok = String(repeating: "[", count: JSONScanner.maxDepth) + String(repeating: "]", count: JSONScanner.maxDepth)
        #expect(try parse(ok) != .null)
    }
}

@Suite struct JSONTreeDecoderTests {
    struct Sample: Decodable, Equatable {
        var name: String
        var forms: [String]?
        var weak: Set<String>?
        var territory: Bool?
        var count: Int
        var share: Double
        var nested: [Inner]
        struct Inner: Decodable, Equatable { var code: UInt8 }
    }

    func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try Array(text.utf8).withUnsafeBufferPointer { try JSONTreeDecoder.decode(T.self, from: $0) }
    }

    @Test func decodesLikeJSONDecoder() throws {
        let text = #"""
            {"name": "Georgia", "forms": ["Sakartvelo"], "weak": ["Georgia"], "territory": null,
             "count": 3, "share": 0.25, "nested": [{"code": 7}, {"code": 255}], "extra": {"x": [1]}}
            """#
        let fast = try decode(Sample.self, text)
        #expect(fast == (try JSONDecoder().decode(Sample.self, from: Data(text.utf8))))
        #expect(fast.forms == ["Sakartvelo"])
        #expect(fast.territory == nil)
        #expect(fast.nested.map(\.code) == [7, 255])
        #expect(try decode([Int].self, "[1, 2.0, 3e0]") == [1, 2, 3])
        #expect(try decode(Double.self, "1e-2") == 0.01)
    }

    @Test(arguments: [
        #"{"name": 1, "count": 1, "share": 1, "nested": []}"#,  // a number where a string goes
        #"{"name": "x", "count": 1.5, "share": 1, "nested": []}"#,  // not a whole number
        #"{"name": "x", "count": 1, "share": 1, "nested": [{"code": 256}]}"#,  // out of range
        #"{"name": "x", "share": 1, "nested": []}"#,  // missing key
    ])
    func failsWhereJSONDecoderFails(_ text: String) {
        #expect(throws: DecodingError.self) { try decode(Sample.self, text) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Sample.self, from: Data(text.utf8)) }
    }

    /// Strict JSON: a trailing comma is a syntax error, which `JSONDecoder` lets pass (so
    /// `Lexicon.resource` would fall back to it and decode such a file all the same).
    @Test func trailingCommaIsASyntaxError() throws {
        let text = #"{"name": "x", "count": 1, "share": 1, "nested": [], }"#
        #expect(throws: DecodingError.self) { try decode(Sample.self, text) }
        #expect(try JSONDecoder().decode(Sample.self, from: Data(text.utf8)).name == "x")
    }

    /// Every bundled resource decodes to the same values as with `JSONDecoder`.
    @Test func bundledResourcesDecodeAsWithJSONDecoder() throws {
        func data(_ name: String) throws -> Data {
            try Data(contentsOf: try #require(Bundle.module.url(forResource: name, withExtension: "json")))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func same<T: Codable>(_ name: String, _ type: T.Type) throws {
            let d = try data(name)
            let fast = try d.withUnsafeBytes { try JSONTreeDecoder.decode(T.self, from: $0.bindMemory(to: UInt8.self)) }
            let slow = try JSONDecoder().decode(T.self, from: d)
            #expect(try encoder.encode(fast) == encoder.encode(slow), "\(name).json")
        }
        try same("countries", [Lexicon.Country].self)
        try same("issues", [Lexicon.Issue].self)
        try same("people", [Lexicon.Person].self)
        try same("organizations", [Lexicon.Organization].self)
        try same("names", Lexicon.self)
        let d = try data("words")
        let fast = try d.withUnsafeBytes { try JSONTreeDecoder.decode(WordLists.self, from: $0.bindMemory(to: UInt8.self)) }
        let slow = try JSONDecoder().decode(WordLists.self, from: d)
        let pairs = zip(Mirror(reflecting: fast).children, Mirror(reflecting: slow).children)
        #expect(Mirror(reflecting: fast).children.count > 30)
        for (a, b) in pairs {
            let (x, y) = (try #require(a.value as? AnyHashable), try #require(b.value as? AnyHashable))
            #expect(x == y, "words.json \(a.label ?? "?")")
        }
        #expect(!fast.abbreviations.isEmpty)
    }
}
