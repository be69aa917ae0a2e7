/// Escaping of text for the markup and data formats RelGraph writes (JSON, HTML, XML, CSV), in
/// one place so that every writer escapes the same way. DOT has its own rules, which depend on
/// where a string goes (label or tooltip): see `DOTEncoder` in RelGraphExport.
package enum TextEscaping {
    /// `text` as a JSON string literal (with quotes): `"` and `\` are escaped, `\n \r \t` use
    /// their short forms, other control characters and U+2028/U+2029 become `\uXXXX`. With
    /// `htmlSafe`, `<`, `>` and `&` become `\u003C`, `\u003E`, `\u0026` too, so the literal can
    /// sit inside an HTML `<script>` element without closing it.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    package static func json(_ text: String, htmlSafe: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendJSON(text, htmlSafe: htmlSafe, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with `& < > " '` replaced by HTML entities (`&#39;` for the apostrophe), safe in
    /// HTML text and attribute values and in Graphviz HTML-like labels.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    package static func html(_ text: String) -> String { markup(text, xml: false) }

    /// `text` safe inside an XML 1.0 attribute value or element: `& < > " '` become entities,
    /// tab, line feed and carriage return become character references (so attribute-value
    /// normalisation keeps them), and the characters XML 1.0 forbids (other C0 controls,
    /// U+FFFE, U+FFFF) are dropped.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    package static func xml(_ text: String) -> String { markup(text, xml: true) }

    /// The escaping shared by ``html(_:)`` and ``xml(_:)``: `& < > "` become entities, and `'`
    /// becomes `&apos;` in XML and `&#39;` in HTML (which has no `&apos;` before HTML5); in XML,
    /// tab, line feed and carriage return become character references and the other characters
    /// XML 1.0 forbids are dropped.
    private static func markup(_ text: String, xml: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += xml ? "&apos;" : "&#39;"
            case "\t" where xml: out += "&#9;"
            case "\n" where xml: out += "&#10;"
            case "\r" where xml: out += "&#13;"
            default:
                if xml, scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` as one RFC 4180 CSV field: a field with a comma, a quote, a line break or
    /// leading/trailing white space is quoted and its quotes doubled; any other field is written
    /// as it is.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    package static func csv(_ text: String) -> String {
        var copy = text
        if copy.withUTF8({ plainCSV($0) }) { return text }
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Appends ``csv(_:)`` of `text` to `out` as UTF-8.
    /// - Complexity: O(length of `text`).
    package static func appendCSV(_ text: String, to out: inout [UInt8]) {
        var copy = text
        let plain = copy.withUTF8 { bytes -> Bool in
            guard plainCSV(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !plain { out.append(contentsOf: csv(text).utf8) }
    }

    /// Whether `bytes` surely need no CSV quoting: printable ASCII without `,` or `"`, not
    /// starting or ending with a space. `false` leaves the decision to the Unicode rules of
    /// ``csv(_:)`` (newlines, whitespace at either end).
    private static func plainCSV(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        for b in bytes where b < 0x20 || b >= 0x7F || b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") {
            return false
        }
        return true
    }
}
