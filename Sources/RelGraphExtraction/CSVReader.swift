/// A byte-level reader of delimiter-separated rows (RFC 4180 CSV, and TSV), tracking the
/// line each row starts on.
///
/// - A field is unquoted (ends at the separator or line end) or quoted (`"…"`, where `""` is a
///   quote and separators and line breaks are data).
/// - Rows end at LF or CRLF. A quote inside an unquoted field is kept as data; text after a
///   closing quote is appended to the field (lenient, as spreadsheets do).
/// - A quote that is never closed makes the row ``Row/unterminated(line:)``; reading resumes
///   at the line after the row's first line, so one stray quote cannot swallow the file. So does
///   a quoted field that runs over line breaks to a quote followed by more text (`"a⏎b,"c"`):
///   its opening quote was a stray one.
///
/// - Complexity: O(*b*) time for *b* bytes; O(*f*) space for the *f* fields of one row
///   (fields are byte ranges until asked for as strings).
struct CSVReader {
    /// One field: a byte range, with doubled quotes to undo, or (rare) bytes already decoded.
    enum Field {
        case plain(Range<Int>)
        case quoted(Range<Int>, doubledQuotes: Bool)
        case owned([UInt8])
    }

    /// What ``nextRow()`` found.
    enum Row {
        case fields(line: Int, [Field])
        case unterminated(line: Int)
    }

    static let quote = UInt8(ascii: "\"")

    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    var i = 0
    var line = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
    }

    /// The separator a `.csv` file uses: whichever of `,`, `;` and tab occurs most often
    /// outside quotes on its first line (comma on a tie or when none occurs).
    static func sniffSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var inQuotes = false
        for b in bytes {
            if b == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == 0x0A { break }
                counts[b]? += 1
            }
        }
        let comma = counts[UInt8(ascii: ",")] ?? 0
        guard let best = counts.max(by: { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) })
        else { return UInt8(ascii: ",") }
        return best.value > comma ? best.key : UInt8(ascii: ",")
    }

    /// The next row, or `nil` at the end of the input.
    mutating func nextRow() -> Row? {
        guard i < bytes.count else { return nil }
        let rowStart = i
        let startLine = line
        var fields: [Field] = []
        while true {
            if i < bytes.count, bytes[i] == Self.quote {
                guard let field = quotedField() else {
                    // Unterminated: resume after the row's first line.
                    i = rowStart
                    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                    if i < bytes.count { i += 1 }
                    line = startLine + 1
                    return .unterminated(line: startLine)
                }
                fields.append(field)
            } else {
                let start = i
                while i < bytes.count, bytes[i] != separator, bytes[i] != 0x0A { i += 1 }
                var end = i
                if end > start, bytes[end - 1] == 0x0D, i == bytes.count || bytes[i] == 0x0A { end -= 1 }
                fields.append(.plain(start..<end))
            }
            if i >= bytes.count { return .fields(line: startLine, fields) }
            if bytes[i] == separator {
                i += 1
                if i >= bytes.count {
                    fields.append(.plain(i..<i))
                    return .fields(line: startLine, fields)
                }
                continue
            }
            if bytes[i] == 0x0D { i += 1 }
            if i < bytes.count, bytes[i] == 0x0A {
                i += 1
                line += 1
            }
            return .fields(line: startLine, fields)
        }
    }

    /// Reads a quoted field at `i` (its opening quote); `nil` if the quote is never closed.
    private mutating func quotedField() -> Field? {
        i += 1
        let start = i
        var doubled = false
        var newlines = 0
        while true {
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == Self.quote {
                if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
                    doubled = true
                    i += 2
                    continue
                }
                break
            }
            if b == 0x0A { newlines += 1 }
            i += 1
        }
        let end = i
        i += 1
        line += newlines
        // Text between the closing quote and the separator: keep it, leniently.
        let junkStart = i
        while i < bytes.count, bytes[i] != separator, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        if i == junkStart { return .quoted(start..<end, doubledQuotes: doubled) }
        // A field that ran over line breaks to a "closing" quote followed by text was opened by
        // a stray quote: it swallowed the rows after it.
        if newlines > 0 { return nil }
        var owned = unquote(start..<end)
        owned.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[junkStart..<i]))
        return .owned(owned)
    }

    private func unquote(_ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            out.append(bytes[k])
            k += bytes[k] == Self.quote ? 2 : 1
        }
        return out
    }

    /// Whether `field` holds no bytes.
    func isEmpty(_ field: Field) -> Bool {
        switch field {
        case .plain(let r), .quoted(let r, _): return r.isEmpty
        case .owned(let b): return b.isEmpty
        }
    }

    /// The text of `field`.
    func string(_ field: Field) -> String {
        switch field {
        case .plain(let r), .quoted(let r, doubledQuotes: false):
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        case .quoted(let r, doubledQuotes: true):
            return String(decoding: unquote(r), as: UTF8.self)
        case .owned(let b):
            return String(decoding: b, as: UTF8.self)
        }
    }
}
