import RelGraphCore

/// How text becomes DOT syntax.
///
/// ## Strings
/// Every string value is written double-quoted. Inside the quotes DOT itself only understands
/// `\"` (a quote); Graphviz then interprets backslash sequences when it draws a label
/// ("escString": `\n` breaks a line, `\N` is replaced by the node's id, `\\` is one backslash,
/// and `\x` for any other *x* loses its backslash). So that any text is drawn exactly as given:
/// - `\` is written `\\` in labels, so `C:\new` and `\N` are drawn literally;
/// - `"` is written `\"`;
/// - line breaks (LF, CR, CRLF, U+2028, U+2029), tabs, vertical tabs and form feeds become one
///   space each, and the other control characters are dropped;
/// - everything else, including `<`, `>`, `{`, `;`, `=` and any non-ASCII text, is kept as is:
///   a quoted string cannot end early or start an HTML label, so no name can inject syntax.
///
/// Tooltips need one more level: Graphviz first runs them through a line-break pass that
/// drops one level of backslashes (`\n` → line break, `\x` → `x`) and only then through
/// escString. A literal backslash in a tooltip is therefore written `\\\\`, and the line breaks
/// RelGraph intends are written `\n`.
///
/// Graphviz also decodes HTML entities (`&amp;`, `&#931;`) in labels and tooltips; a name that
/// contains one literally is drawn decoded. That changes no syntax, so names are left alone and
/// stay readable to other DOT consumers.
extension DOTEncoder {
    /// `text` as a quoted DOT string that Graphviz draws verbatim as a label.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text, backslash: #"\\"#) + "\""
    }

    /// `lines` as a quoted DOT string that Graphviz shows verbatim as a tooltip, one line each.
    static func quotedTooltip(_ lines: [String]) -> String {
        "\"" + lines.map { escaped($0, backslash: #"\\\\"#) }.joined(separator: #"\n"#) + "\""
    }

    /// The body of a quoted string: see the discussion of this extension.
    ///
    /// Works on the UTF-8 bytes: the control characters (general category Cc) are exactly
    /// U+0000–U+001F and U+007F–U+009F, so no Unicode property lookup is needed (it cost about
    /// 600 instructions per byte of tooltip).
    /// - Complexity: O(*n*) in the UTF-8 length.
    static func escaped(_ text: String, backslash: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var afterCR = false
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let wasCR = afterCR
                afterCR = b == 0x0D
                switch b {
                case 0x5C: out.append(contentsOf: backslash.utf8)
                case 0x22: out.append(contentsOf: #"\""#.utf8)
                case 0x0A where wasCR: break
                case 0x0A, 0x0D, 0x09, 0x0B, 0x0C: out.append(0x20)
                case 0x00..<0x20, 0x7F: break
                case 0xC2 where i + 1 < n && (0x80...0x9F).contains(bytes[i + 1]):
                    // C1 controls: NEL (U+0085) is a line break, the others are dropped.
                    if bytes[i + 1] == 0x85 { out.append(0x20) }
                    i += 1
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                    out.append(0x20)
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` with exactly `digits` decimals (see `NumberText.fixed`), non-finite values
    /// written `0` and magnitudes capped at 10¹², so every DOT number is a plain decimal.
    static func number(_ value: Double, digits: Int = 2) -> String {
        value.isFinite ? NumberText.fixed(max(-1e12, min(value, 1e12)), digits) : "0"
    }

    /// `value` as an integer when it is one, else with two decimals (weights in tooltips).
    static func compactNumber(_ value: Double) -> String {
        number(value, digits: value.isFinite && value == value.rounded() && abs(value) < 1e12 ? 0 : 2)
    }
}
