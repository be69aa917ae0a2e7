/// Escaping of text for the markup and data formats RelGraph writes (JSON, HTML), in one place
/// so that every writer escapes the same way.
public enum TextEscaping {
    /// `text` as a JSON string literal (with quotes): `"` and `\` are escaped, `\n \r \t` use
    /// their short forms, other control characters and U+2028/U+2029 become `\uXXXX`. With
    /// `htmlSafe`, `<`, `>` and `&` become `\u003C`, `\u003E`, `\u0026` too, so the literal can
    /// sit inside an HTML `<script>` element without closing it.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    public static func json(_ text: String, htmlSafe: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
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

    /// `text` with `& < > " '` replaced by HTML entities (`&#39;` for the apostrophe), safe in
    /// HTML text and attribute values and in Graphviz HTML-like labels.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
