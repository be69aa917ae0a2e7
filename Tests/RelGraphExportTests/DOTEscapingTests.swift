import Foundation
import RelGraphCore
import RelGraphRendering
import Testing

@testable import RelGraphExport

/// A name that must survive a trip through DOT and Graphviz, and how it should come out: the
/// same text, except that line breaks and tabs become spaces and control characters vanish.
struct HostileName: Sendable, CustomTestStringConvertible {
    var name: String
    var expected: String
    var testDescription: String { name.debugDescription }

    init(_ name: String, _ expected: String? = nil) {
        self.name = name
        self.expected = expected ?? name
    }
}

@Suite struct DOTEscapingTests {
    static let hostileNames: [HostileName] = [
        HostileName("\""),
        HostileName("\\"),
        HostileName("end\\"),
        HostileName("a\nb", "a b"),
        HostileName("a\r\nb\tc", "a b c"),
        HostileName("bell\u{7}null\u{0}del\u{7F}", "bellnulldel"),
        HostileName("<html>"),
        HostileName("<b>html</b>"),
        HostileName("graph"),
        HostileName("node"),
        HostileName("edge"),
        HostileName("strict"),
        HostileName("subgraph"),
        HostileName("digraph { a -> b }"),
        HostileName("\\N"),
        HostileName("\\G \\E \\T \\H \\L \\l \\n \\r"),
        HostileName("\"; label=\"x"),
        HostileName("\"; evil=1"),
        HostileName("n0 -- n1; n1 [label=pwned]"),
        HostileName("C:\\new\\path"),
        HostileName("a\\\\b"),
        HostileName("\\\"quoted\\\""),
        HostileName("// not a comment /* nor this */ # nor this"),
        HostileName("AT&T < 1 > 0"),
        HostileName("🇺🇸 👩‍👩‍👧 🕊️"),
        HostileName("中文"),
        HostileName("习近平"),
        HostileName("العربية"),
        HostileName("Zürich – Ελλάδα – Москва"),
    ]

    /// A two-node graph whose first node carries `name`, also quoted as evidence.
    static func graph(named name: String) throws -> EntityGraph {
        try EntityGraph(
            entities: [Entity(kind: .other, name: name), Entity(kind: .other, name: "~anchor")],
            relations: [
                Relation(
                    "other:\(name)", "other:~anchor", weight: 2, sentences: 1,
                    tone: ToneCounts(conflict: 1),
                    evidence: [Evidence(article: "a\"1", sentence: 0, text: name)])
            ])
    }

    @Test(arguments: hostileNames)
    func hostileNameSurvivesParsing(_ hostile: HostileName) throws {
        let graph = try Self.graph(named: hostile.name)
        let index = try #require(graph.index(of: "other:\(hostile.name)"))
        let dot = DOTEncoder.encode(
            graph, options: DOTOptions(title: hostile.name, legend: false, maxLabelLength: 0))
        let parsed = try Graphviz.parse(dot: dot)
        #expect(parsed.nodeCount == 2)
        #expect(parsed.edgeCount == 1)
        #expect(Set(parsed.nodeAttributes.keys) == ["n0", "n1"])
        #expect(parsed.subgraphs.isEmpty)
        #expect(parsed.labels["n\(index)"].map(unescapeLabel) == hostile.expected)
        #expect(parsed.graphAttributes["label"].map(unescapeLabel) == hostile.expected)
        let tooltip = try #require(parsed.nodeAttributes["n\(index)"]?["tooltip"])
        #expect(unescapeTooltip(tooltip).first == "Entity: \(hostile.expected)")
        // Nothing was injected: every node has exactly the attributes the encoder writes.
        #expect(
            parsed.nodeAttributes["n\(index)"]?.keys.sorted() == [
                "color", "fillcolor", "fontcolor", "fontname", "fontsize", "label", "penwidth",
                "shape", "style",
                "tooltip",
            ])
    }

    @Test(arguments: hostileNames)
    func hostileNameIsDrawnLiterally(_ hostile: HostileName) throws {
        let graph = try Self.graph(named: hostile.name)
        let dot = DOTEncoder.encode(graph, options: DOTOptions(legend: false, maxLabelLength: 0))
        let svg = String(
            decoding: try Graphviz.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        let texts = elements(in: svg, open: "<text", close: "</text>")
        #expect(texts.contains(hostile.expected), "drawn labels: \(texts)")
        let titles = attributes(in: svg, named: "xlink:title")
        #expect(
            titles.contains { $0.hasPrefix("Entity: \(hostile.expected)\n") }, "tooltips: \(titles)"
        )
        #expect(titles.contains { $0.hasSuffix("“\(hostile.expected)” (a\"1, sentence 0)") })
    }

    // MARK: Unit level

    @Test(arguments: [
        ("plain", "plain"), ("a\"b", #"a\"b"#), (#"C:\new"#, #"C:\\new"#), ("a\r\nb", "a b"),
        ("a\rb", "a b"),
        ("a\n\nb", "a  b"), ("a\u{0}b\u{1B}c\u{9F}d", "abcd"), ("line\u{2028}sep", "line sep"),
        ("é中🇺🇸", "é中🇺🇸"),
    ])
    func labelEscaping(_ input: String, _ expected: String) {
        #expect(DOTEncoder.escaped(input, backslash: #"\\"#) == expected)
        #expect(DOTEncoder.quoted(input) == "\"\(expected)\"")
    }

    /// The byte-level escaper agrees with the definition read scalar by scalar (backslash and
    /// quote escaped, line breaks and tabs one space, CRLF one space, other Cc controls
    /// dropped) on every scalar up to U+FFFF and on the planes' first scalars, alone and
    /// between letters, after a CR too.
    @Test func escapingMatchesTheScalarDefinition() {
        func reference(_ text: String) -> String {
            var out = ""
            var afterCR = false
            for scalar in text.unicodeScalars {
                defer { afterCR = scalar == "\r" }
                switch scalar {
                case "\\": out += #"\\"#
                case "\"": out += #"\""#
                case "\n" where afterCR: continue
                case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += " "
                default:
                    if scalar.properties.generalCategory == .control { continue }
                    out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let values = Array(0...0xFFFF) + (1...16).map { $0 << 16 }
        var mismatches: [String] = []
        for v in values {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in ["\(scalar)", "a\(scalar)b", "\r\(scalar)\n"] where DOTEncoder.escaped(text, backslash: #"\\"#) != reference(text) {
                mismatches.append(String(v, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "U+\(mismatches.prefix(10))")
    }

    @Test func tooltipEscapingDoublesBackslashesTwice() {
        #expect(DOTEncoder.quotedTooltip(["a\\b", "c\"d"]) == #""a\\\\b\nc\"d""#)
    }

    @Test(arguments: [
        (0.0, 2, "0.00"), (1.0, 2, "1.00"), (2.5, 2, "2.50"), (1234.5678, 2, "1234.57"),
        (-1.25, 2, "-1.25"),
        (-0.001, 2, "0.00"), (0.25, 4, "0.2500"), (2.5, 0, "3"), (0.09, 4, "0.0900"),
        (1e20, 2, "1000000000000.00"),
        (Double.nan, 2, "0"), (Double.infinity, 2, "0"),
    ])
    func numbersAreFixedAndLocaleFree(_ value: Double, _ digits: Int, _ expected: String) {
        #expect(DOTEncoder.number(value, digits: digits) == expected)
    }

    @Test func compactNumbersDropIntegralDecimals() {
        #expect(DOTEncoder.compactNumber(6) == "6")
        #expect(DOTEncoder.compactNumber(3.5) == "3.50")
    }
}

// MARK: - Helpers

/// Undoes the label escaping as Graphviz's escString does for the text we write: `\x` → `x`.
func unescapeLabel(_ value: String) -> String {
    var out = ""
    var escaped = false
    for c in value {
        if escaped {
            out.append(c); escaped = false
        } else if c == "\\" {
            escaped = true
        } else {
            out.append(c)
        }
    }
    return out
}

/// Undoes the tooltip escaping: `\n` separates lines, `\\\\` is one backslash.
func unescapeTooltip(_ value: String) -> [String] {
    var lines = [""]
    var chars = value[...]
    while let c = chars.popFirst() {
        if c == "\\", chars.first == "n" {
            chars.removeFirst()
            lines.append("")
        } else if c == "\\", chars.prefix(3) == #"\\\"# {
            chars.removeFirst(3)
            lines[lines.count - 1].append("\\")
        } else {
            lines[lines.count - 1].append(c)
        }
    }
    return lines
}

/// The decoded text content of every `open … > text close` element in `xml`.
func elements(in xml: String, open: String, close: String) -> [String] {
    var result: [String] = []
    var rest = xml[...]
    while let start = rest.range(of: open), let gt = rest[start.upperBound...].firstIndex(of: ">"),
        let end = rest[gt...].range(of: close)
    {
        result.append(decodeXML(String(rest[rest.index(after: gt)..<end.lowerBound])))
        rest = rest[end.upperBound...]
    }
    return result
}

/// The decoded values of every `name="…"` attribute in `xml`.
func attributes(in xml: String, named name: String) -> [String] {
    xml.components(separatedBy: "\(name)=\"").dropFirst().compactMap { piece in
        piece.firstIndex(of: "\"").map { decodeXML(String(piece[..<$0])) }
    }
}

/// Decodes the XML entities Graphviz writes: named ones and `&#NN;`.
func decodeXML(_ text: String) -> String {
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
        out += rest[..<amp]
        guard let semi = rest[amp...].firstIndex(of: ";") else { break }
        let entity = rest[rest.index(after: amp)..<semi]
        switch entity {
        case "amp": out += "&"
        case "lt": out += "<"
        case "gt": out += ">"
        case "quot": out += "\""
        case "apos": out += "'"
        default:
            if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16),
                let s = Unicode.Scalar(v)
            {
                out.unicodeScalars.append(s)
            } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()),
                let s = Unicode.Scalar(v)
            {
                out.unicodeScalars.append(s)
            } else {
                out += "&\(entity);"
            }
        }
        rest = rest[rest.index(after: semi)...]
    }
    return out + rest
}
