extension TextEscaping {
    /// Appends `text` as a JSON string literal (with quotes) to the UTF-8 bytes `out`, as
    /// ``json(_:htmlSafe:)`` describes: `"` and `\` are escaped, `\n \r \t` use their short
    /// forms, other control characters and U+2028/U+2029 become `\uXXXX` (upper-case hex), and
    /// with `htmlSafe` so do `<`, `>` and `&`. Runs of bytes that need no escape are copied at
    /// once.
    /// - Complexity: O(*k*), where *k* is the length of `text` in bytes.
    package static func appendJSON(_ text: String, htmlSafe: Bool = false, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var runStart = 0
            var i = 0
            while i < n {
                let b = bytes[i]
                let escape: StaticString?
                var skip = 1
                switch b {
                case 0x22: escape = #"\""#
                case 0x5C: escape = #"\\"#
                case 0x0A: escape = #"\n"#
                case 0x0D: escape = #"\r"#
                case 0x09: escape = #"\t"#
                case 0x3C where htmlSafe: escape = #"\u003C"#
                case 0x3E where htmlSafe: escape = #"\u003E"#
                case 0x26 where htmlSafe: escape = #"\u0026"#
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    skip = 3
                default:
                    if b < 0x20 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                        appendUnicodeEscape(b, to: &out)
                        i += 1
                        runStart = i
                        continue
                    }
                    escape = nil
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    escape.withUTF8Buffer { out.append(contentsOf: $0) }
                    i += skip
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
        }
        out.append(0x22)
    }

    /// Appends `\u00XX` for the control character `b` (below 0x20), in upper-case hex.
    private static func appendUnicodeEscape(_ b: UInt8, to out: inout [UInt8]) {
        let hex: StaticString = "0123456789ABCDEF"
        hex.withUTF8Buffer { digits in
            out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, digits[Int(b >> 4)], digits[Int(b & 0xF)]])
        }
    }
}
