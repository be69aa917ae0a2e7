/// Writes the native format (``GraphFile``) one value at a time into a ``TextSink``, byte for
/// byte as Foundation's `JSONEncoder` with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]` writes it, plus a final newline; without building the document,
/// its `Data` or a boxed value per field.
///
/// ## Conventions (those of `JSONEncoder`)
/// - Two spaces of indentation per level, `"key" : value`, keys in sorted order, members and
///   elements one per line; an empty array is `[`, an empty line, and `]` at its indentation.
/// - Absent optionals are left out.
/// - Strings: `"` and `\` escaped, `\b \f \n \r \t` named, other code points below U+0020 as
///   `\u00xx` (lower-case hex), everything else (`/` included) as it is.
/// - Doubles: their `description`, with a final `.0` removed (`1`, `0.5`, `1e-05`, `1e+16`).
///
/// - Complexity: O(*s*) for *s* bytes written; O(1) space beyond the graph.
enum GraphFileWriter {
    /// Writes `graph` as the native format to `out`.
    static func write(_ graph: EntityGraph, to out: TextSink) {
        out.write("{\n  \"articles\" : " as StaticString)
        array(graph.articles, level: 1, to: out) { a in
            var fields = Fields(level: 3, out: out)
            if let date = a.date { fields.string("date", date) }
            fields.string("id", a.id)
            if let title = a.title { fields.string("title", title) }
        }
        out.write(",\n  \"entities\" : " as StaticString)
        array(graph.entities, level: 1, to: out) { e in
            var fields = Fields(level: 3, out: out)
            if let affiliation = e.affiliation { fields.string("affiliation", affiliation) }
            if let source = e.affiliationSource { fields.string("affiliationSource", source.rawValue) }
            fields.key("aliases")
            array(e.aliases, level: 3, to: out) { string($0, to: out) }
            fields.int("articles", e.articles)
            fields.string("id", e.id)
            if let iso3 = e.iso3 { fields.string("iso3", iso3) }
            fields.string("kind", e.kind.rawValue)
            fields.int("mentions", e.mentions)
            fields.string("name", e.name)
        }
        out.write(",\n  \"format\" : \"relgraph\",\n  \"relations\" : " as StaticString)
        array(graph.relations, level: 1, to: out) { r in
            var fields = Fields(level: 3, out: out)
            fields.int("articles", r.articles)
            fields.key("evidence")
            array(r.evidence, level: 3, to: out) { ev in
                var inner = Fields(level: 5, out: out)
                inner.string("article", ev.article)
                if let resolved = ev.resolved {
                    inner.key("resolved")
                    array(resolved, level: 5, to: out) { string($0, to: out) }
                }
                inner.int("sentence", ev.sentence)
                inner.string("text", ev.text)
            }
            fields.string("kind", r.kind.rawValue)
            fields.int("sentences", r.sentences)
            fields.string("source", r.source)
            fields.string("target", r.target)
            fields.key("tone")
            object(level: 4, to: out) {
                var tone = Fields(level: 4, out: out)
                tone.int("conflict", r.tone.conflict)
                tone.int("cooperation", r.tone.cooperation)
                tone.int("neutral", r.tone.neutral)
            }
            fields.key("weight")
            double(r.weight, to: out)
        }
        out.write(",\n  \"version\" : " as StaticString)
        out.write(GraphFile.version)
        out.write("\n}\n" as StaticString)
    }

    /// The members of one object at nesting `level`, written as they are added (the caller adds
    /// them in sorted key order).
    private struct Fields {
        let level: Int
        let out: TextSink
        var first = true

        init(level: Int, out: TextSink) {
            self.level = level
            self.out = out
        }

        /// Starts the member `name`; its value is written next.
        mutating func key(_ name: StaticString) {
            if !first { out.write(byte: 0x2C) }
            first = false
            out.write(byte: 0x0A)
            indent(level, to: out)
            out.write(byte: 0x22)
            out.write(name)
            out.write("\" : " as StaticString)
        }

        mutating func string(_ name: StaticString, _ value: String) {
            key(name)
            GraphFileWriter.string(value, to: out)
        }

        mutating func int(_ name: StaticString, _ value: Int) {
            key(name)
            out.write(value)
        }
    }

    /// `{`, what `body` writes (members indented `level` steps), and `}` one step less.
    private static func object(level: Int, to out: TextSink, _ body: () -> Void) {
        out.write(byte: 0x7B)
        body()
        out.write(byte: 0x0A)
        indent(level - 1, to: out)
        out.write(byte: 0x7D)
    }

    /// `items` as an array closed at indentation `level`, whose elements sit at `level + 1`;
    /// `element` writes one element: a string, or an object's members at `level + 2`.
    private static func array<T>(_ items: [T], level: Int, to out: TextSink, _ element: (T) -> Void) {
        out.write(byte: 0x5B)
        if items.isEmpty { out.write(byte: 0x0A) }
        for (i, item) in items.enumerated() {
            out.write(i == 0 ? "\n" as StaticString : ",\n" as StaticString)
            indent(level + 1, to: out)
            if T.self == String.self {
                element(item)
            } else {
                object(level: level + 2, to: out) { element(item) }
            }
        }
        out.write(byte: 0x0A)
        indent(level, to: out)
        out.write(byte: 0x5D)
    }

    private static func indent(_ level: Int, to out: TextSink) {
        for _ in 0..<level { out.write("  " as StaticString) }
    }

    /// `value` as a JSON string literal, escaped as `JSONEncoder` escapes it.
    static func string(_ value: String, to out: TextSink) {
        out.write(byte: 0x22)
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                out.write(bytes: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                out.write(byte: 0x5C)
                switch b {
                case 0x22, 0x5C: out.write(byte: b)
                case 0x08: out.write(byte: 0x62)
                case 0x0C: out.write(byte: 0x66)
                case 0x0A: out.write(byte: 0x6E)
                case 0x0D: out.write(byte: 0x72)
                case 0x09: out.write(byte: 0x74)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.write("u00" as StaticString)
                    out.write(byte: hex[Int(b >> 4)])
                    out.write(byte: hex[Int(b & 0xF)])
                }
            }
            out.write(bytes: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.write(byte: 0x22)
    }

    /// `value` as `JSONEncoder` writes a `Double`: its description without a final `.0`.
    static func double(_ value: Double, to out: TextSink) {
        if out.writeWholeNumber(value) { return }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.write(text)
    }
}
