/// Escaping for the XML formats (GraphML, GEXF).
enum XMLText {
    /// `text` safe inside an XML 1.0 attribute value or element: `& < > " '` become entities,
    /// tab, line feed and carriage return become character references (so attribute-value
    /// normalisation keeps them), and the characters XML 1.0 forbids (other C0 controls,
    /// U+FFFE, U+FFFF) are dropped.
    /// - Complexity: O(*k*), where *k* is the length of `text`.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
