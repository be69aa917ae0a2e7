extension TextEscaping {
    /// Appends `text` as a JSON string literal (with quotes) to the UTF-8 bytes `out`, as
    /// ``json(_:htmlSafe:)`` describes: `"` and `\` are escaped, `\n \r \t` use their short
    /// forms, other control characters and U+2028/U+2029 become `\uXXXX` (upper-case hex), and
    /// with `htmlSafe` so do `<`, `>` and `&`. Runs of bytes that need no escape are copied at
    /// once. A text longer than ``escapeChunk`` bytes is escaped in pieces of at most that
    /// many, cut between characters (so that no character, U+2028/U+2029 included, is split):
    /// the scratch space stays small whatever the text's length.
    /// - Complexity: O(*k*), where *k* is the length of `text` in bytes.
    package static func appendJSON(_ text: String, htmlSafe: Bool = false, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.count > escapeChunk else {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6 * bytes.count + 2) { buffer in
                    let n = writeJSON(bytes, htmlSafe: htmlSafe, to: buffer.baseAddress!)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
                }
                return
            }
            out.append(0x22)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6 * escapeChunk + 2) { buffer in
                var start = 0
                while start < bytes.count {
                    // Cut before a character's first byte (never before a continuation byte).
                    var end = min(start + escapeChunk, bytes.count)
                    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                    let n = writeJSON(UnsafeBufferPointer(rebasing: bytes[start..<end]), htmlSafe: htmlSafe, to: buffer.baseAddress!)
                    // Without the piece's own quotes.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[1..<(n - 1)]))
                    start = end
                }
            }
            out.append(0x22)
        }
    }

    /// The length in bytes of the pieces ``appendJSON(_:htmlSafe:to:)`` escapes a long text in.
    static let escapeChunk = 1 << 16

    /// Writes the UTF-8 bytes `text` as a JSON string literal (with quotes), escaped exactly as
    /// ``appendJSON(_:htmlSafe:to:)`` escapes them, to `out`, which must have room for
    /// `6 * text.count + 2` bytes (no byte takes more than six); returns how many it wrote.
    /// For writers that fill a buffer of their own.
    /// - Complexity: O(*k*), where *k* is `text.count`.
    package static func writeJSON(
        _ text: UnsafeBufferPointer<UInt8>, htmlSafe: Bool = false, to out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        out[0] = 0x22
        var o = 1
        let n = text.count
        var i = 0
        while i < n {
            // A run of bytes that need no escape, copied at once.
            let start = i
            while i < n {
                let b = text[i]
                if b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 || (htmlSafe && (b == 0x3C || b == 0x3E || b == 0x26)) {
                    break
                }
                i += 1
            }
            if i > start {
                (out + o).update(from: text.baseAddress! + start, count: i - start)
                o += i - start
            }
            guard i < n else { break }
            let b = text[i]
            let escape: StaticString
            var skip = 1
            switch b {
            case 0x22: escape = #"\""#
            case 0x5C: escape = #"\\"#
            case 0x0A: escape = #"\n"#
            case 0x0D: escape = #"\r"#
            case 0x09: escape = #"\t"#
            case 0x3C: escape = #"\u003C"#
            case 0x3E: escape = #"\u003E"#
            case 0x26: escape = #"\u0026"#
            case 0xE2 where i + 2 < n && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9):
                escape = text[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                skip = 3
            case 0xE2:
                out[o] = b
                o += 1
                i += 1
                continue
            default:
                let digits: StaticString = "0123456789ABCDEF"
                digits.withUTF8Buffer { hex in
                    (out[o], out[o + 1], out[o + 2], out[o + 3]) = (0x5C, 0x75, 0x30, 0x30)
                    (out[o + 4], out[o + 5]) = (hex[Int(b >> 4)], hex[Int(b & 0xF)])
                }
                o += 6
                i += 1
                continue
            }
            (out + o).update(from: escape.utf8Start, count: escape.utf8CodeUnitCount)
            o += escape.utf8CodeUnitCount
            i += skip
        }
        out[o] = 0x22
        return o + 1
    }
}
