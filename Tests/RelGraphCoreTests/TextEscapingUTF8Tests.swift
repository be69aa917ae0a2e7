import Testing

@testable import RelGraphCore

@Suite struct TextEscapingUTF8Tests {
    /// `appendJSON` as a string, after a prefix already in the buffer.
    func appended(_ text: String) -> String {
        var out = Array("x:".utf8)
        TextEscaping.appendJSON(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func knownEscapes() {
        #expect(appended("a\"b\\c\nd\te\u{01}\u{2028}") == #"x:"a\"b\\c\nd\te\u0001\u2028""#)
        #expect(appended("\r\u{1F}\u{2029}\u{7F}") == "x:\"\\r\\u001F\\u2029\u{7F}\"")
        #expect(appended("Wáng Yì 王毅 — ’s") == "x:\"Wáng Yì 王毅 — ’s\"")
        #expect(appended("") == "x:\"\"")
        // U+2020 (†) and U+20AC (€) share the lead byte E2 with U+2028 but are not escaped.
        #expect(appended("†€") == "x:\"†€\"")
    }

    @Test(arguments: [
        "", "plain", "</script>&", "tab\there", "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}", "a\u{2028}b\u{2029}c",
        "\"quoted\" \\ back", "Ærø 東京 😀 ﬁ", "line\r\nbreak", "ends with \u{E2}", "\u{2028}",
    ])
    func equalsStringEscaper(_ text: String) {
        var out: [UInt8] = []
        TextEscaping.appendJSON(text, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == Self.scalarEscaped(text))
        #expect(TextEscaping.json(text) == Self.scalarEscaped(text))
        #expect(TextEscaping.json(text, htmlSafe: true) == Self.scalarEscaped(text, htmlSafe: true))
    }

    /// A text longer than one piece is escaped as a whole would be, whatever characters
    /// straddle the cuts (multi-byte letters, U+2028, escapes).
    @Test(arguments: [0, 1, 2, 3])
    func longTextsEscapeAcrossPieces(_ shift: Int) {
        let unit = "é\u{2028}王\"a\n😀"
        let count = 3 * TextEscaping.escapeChunk / unit.utf8.count + 7
        let text = String(repeating: "x", count: shift) + String(repeating: unit, count: count)
        #expect(text.utf8.count > 2 * TextEscaping.escapeChunk)
        var out: [UInt8] = []
        TextEscaping.appendJSON(text, htmlSafe: true, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == Self.scalarEscaped(text, htmlSafe: true))
    }

    /// The JSON string literal of `text` built scalar by scalar, as the escaper was first
    /// written: the reference for the byte escaper.
    static func scalarEscaped(_ text: String, htmlSafe: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where htmlSafe: out += "\\u003C"
            case ">" where htmlSafe: out += "\\u003E"
            case "&" where htmlSafe: out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
