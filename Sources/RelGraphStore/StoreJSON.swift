import RelGraphCore

/// The two JSON shapes the store keeps in text columns, written by a byte-level writer and read
/// back by a small parser for exactly those shapes (much faster than `JSONEncoder` and
/// `JSONDecoder` on millions of short arrays):
/// - `mentions.aliases`: an array of strings, `["Lima","Minister Ruiz"]`;
/// - `edges.evidence`: an array of objects with sorted keys,
///   `[{"article":"a1","resolved":["person:X"],"sentence":2,"text":"…"}]`, where `resolved` is
///   absent when it is `nil`, `article` when it is the id of the article storing the row, and
///   `text` when an earlier relation of that article gave the same text for that sentence.
enum StoreJSON {
    /// `strings` as a JSON array.
    /// - Complexity: O(*k*), where *k* is the total length of the strings in bytes.
    static func encode(_ strings: [String]) -> String {
        if strings.isEmpty { return "[]" }
        var w = Writer()
        w.array(strings)
        return w.text
    }

    /// `evidence` as a JSON array of objects, leaving out `"article"` where it equals `article`
    /// (the id of the article that stores it: nearly always, and ids can be long), and
    /// `"text"` where it repeats the text of the same sentence of that article written before.
    ///
    /// `sentences` holds, for the article's relations encoded so far (in order), the first text
    /// written for each of its sentence indexes; call with an empty dictionary for the first
    /// relation of an article. Many relations of an article cite the same sentence (every
    /// pair of a sentence naming several entities, every headline link).
    /// - Complexity: O(*k*), where *k* is the total length of the strings in bytes.
    static func encode(_ evidence: [Evidence], article: String, sentences: inout [Int: String]) -> String {
        if evidence.isEmpty { return "[]" }
        var w = Writer()
        w.raw("[")
        for (k, e) in evidence.enumerated() {
            w.raw(k == 0 ? "{" : ",{")
            if e.article != article {
                w.raw("\"article\":")
                w.string(e.article)
                w.raw(",")
            }
            if let r = e.resolved {
                w.raw("\"resolved\":")
                w.array(r)
                w.raw(",")
            }
            w.raw("\"sentence\":\(e.sentence)")
            if e.article == article, let known = sentences[e.sentence], known == e.text {
                w.raw("}")
                continue
            }
            if e.article == article, sentences[e.sentence] == nil { sentences[e.sentence] = e.text }
            w.raw(",\"text\":")
            w.string(e.text)
            w.raw("}")
        }
        w.raw("]")
        return w.text
    }

    /// Appends JSON to a byte buffer. Strings are escaped as ``TextEscaping/json(_:htmlSafe:)``
    /// escapes them (`"` and `\\`, short forms for `\\n \\r \\t`, `\\uXXXX` for other
    /// controls and U+2028/U+2029), but runs of plain bytes are copied at once: the store
    /// writes millions of these strings.
    private struct Writer {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(256) }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

        mutating func array(_ strings: [String]) {
            bytes.append(UInt8(ascii: "["))
            for (k, s) in strings.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                string(s)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        mutating func string(_ s: String) {
            var s = s
            bytes.append(UInt8(ascii: "\""))
            s.withUTF8 { u in
                var i = 0
                var run = 0
                func flush(_ end: Int) {
                    if end > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<end])) }
                }
                while i < u.count {
                    let b = u[i]
                    let separator = b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)
                    guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || separator else {
                        i += 1
                        continue
                    }
                    flush(i)
                    switch b {
                    case UInt8(ascii: "\""): raw("\\\"")
                    case UInt8(ascii: "\\"): raw("\\\\")
                    case 0x0A: raw("\\n")
                    case 0x0D: raw("\\r")
                    case 0x09: raw("\\t")
                    case 0xE2: raw(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    default:
                        let hex = String(b, radix: 16, uppercase: true)
                        raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    }
                    i += separator ? 3 : 1
                    run = i
                }
                flush(u.count)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The strings of a JSON array of strings, or `nil` if `text` is not one.
    static func decodeStrings(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { decodeStrings($0) }
    }

    /// The strings of a JSON array of strings in UTF-8 `bytes`, or `nil` if they are not one.
    static func decodeStrings(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        if bytes.count == 2, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "]") { return [] }
        var p = Parser(bytes: bytes, article: "", sentences: [:])
        guard let result = p.stringArray(), p.atEnd else { return nil }
        return result
    }

    /// The evidence of a JSON array of evidence objects, or `nil` if `text` is not one; an
    /// object without `"article"` gets `article`, and one without `"text"` the text recorded
    /// in `sentences` for its sentence (see ``encode(_:article:sentences:)``, whose bookkeeping
    /// this repeats: decode an article's relations in order, from an empty dictionary).
    static func decodeEvidence(_ text: String, article: String, sentences: inout [Int: String]) -> [Evidence]? {
        var text = text
        return text.withUTF8 { decodeEvidence($0, article: article, sentences: &sentences) }
    }

    /// ``decodeEvidence(_:article:sentences:)`` on UTF-8 `bytes` (straight from an SQLite
    /// column, without an intermediate `String`).
    static func decodeEvidence(
        _ bytes: UnsafeBufferPointer<UInt8>, article: String, sentences: inout [Int: String]
    ) -> [Evidence]? {
        if bytes.count == 2, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "]") { return [] }
        var p = Parser(bytes: bytes, article: article, sentences: [:])
        swap(&p.sentences, &sentences)  // moved, not copied: the parser updates it in place
        defer { swap(&p.sentences, &sentences) }
        guard let result = p.evidenceArray(), p.atEnd else { return nil }
        return result
    }

    /// A cursor over UTF-8 bytes; each method consumes one value or returns `nil`.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The article id of evidence objects without one.
        let article: String
        /// The first text seen for each sentence of ``article``.
        var sentences: [Int: String]
        var i = 0

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return i == bytes.count
            }
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func eat(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// `[ value, … ]` with `element` reading each value.
        mutating func array<T>(_ element: (inout Parser) -> T?) -> [T]? {
            guard eat(UInt8(ascii: "[")) else { return nil }
            var out: [T] = []
            if eat(UInt8(ascii: "]")) { return out }
            repeat {
                guard let v = element(&self) else { return nil }
                out.append(v)
            } while eat(UInt8(ascii: ","))
            return eat(UInt8(ascii: "]")) ? out : nil
        }

        mutating func stringArray() -> [String]? { array { $0.string() } }

        mutating func evidenceArray() -> [Evidence]? { array { $0.evidence() } }

        /// `{"article":…, "resolved":…?, "sentence":…, "text":…}` in any key order.
        mutating func evidence() -> Evidence? {
            guard eat(UInt8(ascii: "{")) else { return nil }
            var article: String? = self.article
            var sentence: Int?
            var text: String?
            var resolved: [String]?
            if !eat(UInt8(ascii: "}")) {
                repeat {
                    guard let key = string(), eat(UInt8(ascii: ":")) else { return nil }
                    switch key {
                    case "article": article = string()
                    case "text": text = string()
                    case "sentence": sentence = integer()
                    case "resolved": guard let r = stringArray() else { return nil }; resolved = r
                    default: return nil
                    }
                } while eat(UInt8(ascii: ","))
                guard eat(UInt8(ascii: "}")) else { return nil }
            }
            guard let article, let sentence else { return nil }
            if article == self.article {
                if let text {
                    if sentences[sentence] == nil { sentences[sentence] = text }
                } else {
                    text = sentences[sentence]
                }
            }
            guard let text else { return nil }
            return Evidence(article: article, sentence: sentence, text: text, resolved: resolved)
        }

        /// An optionally negative decimal integer.
        mutating func integer() -> Int? {
            skipSpace()
            var negative = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            var value = 0
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !o1, !o2 else { return nil }
                value = s
                i += 1
            }
            guard i > start else { return nil }
            return negative ? -value : value
        }

        /// A JSON string literal, with every escape JSON allows: the shared
        /// ``RelGraphCore/JSONScanner``, strict about lone surrogates (a damaged column).
        mutating func string() -> String? {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            var scanner = JSONScanner(bytes)
            scanner.i = i
            guard let (range, escaped) = try? scanner.scanString() else { return nil }
            i = scanner.i
            return scanner.decode(range, escaped: escaped, strict: true)
        }
    }
}
