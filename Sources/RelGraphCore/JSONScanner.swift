#if canImport(Glibc)
    import Glibc  // memchr
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON syntax scanner over UTF-8 bytes that tracks lines: article records are read with
/// it (RelGraphExtraction) without Foundation's `JSONSerialization`, which builds an
/// `NSDictionary` per record, and graph files (``GraphFileReader``) without `JSONDecoder`.
///
/// Strings are validated (escapes, no raw control characters) and decoded only on demand;
/// nesting deeper than ``maxDepth`` is rejected rather than recursed into.
///
/// - Complexity: O(*b*) time for *b* bytes scanned; O(*f*) space for the *f* top-level members
///   of the object being read.
package struct JSONScanner {
    /// A syntax error at a 1-based line and byte column.
    package struct SyntaxError: Error, Equatable {
        package var line: Int
        package var column: Int

        /// An error at `line`, `column`.
        package init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// The deepest nesting accepted.
    package static let maxDepth = 100

    package let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    package var i: Int
    /// The 1-based line of ``i``.
    package var line = 1
    /// The index of the first byte of ``line``.
    package var lineStart = 0

    /// A scanner at the first of `bytes`.
    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        i = 0
    }

    /// Whether every byte has been read.
    package var atEnd: Bool { i >= bytes.count }
    /// The byte at ``i``, or `nil` at the end.
    package var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    /// A syntax error at ``i``.
    package func error() -> SyntaxError {
        SyntaxError(line: line, column: i - lineStart + 1)
    }

    /// Skips spaces, tabs, carriage returns and line feeds, counting lines.
    package mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            case 0x20, 0x09, 0x0D:
                i += 1
            default:
                return
            }
        }
    }

    /// Moves to the start of the next line after the current one whose first byte can start
    /// a top-level record (not white space, `}`, `]` or `,`), for recovery after an error.
    package mutating func resync(afterLine badLine: Int) {
        // Rewind is never needed: errors are found at or after the record's first line.
        while i < bytes.count {
            if bytes[i] == 0x0A {
                i += 1
                line += 1
                lineStart = i
                if line > badLine, i < bytes.count {
                    switch bytes[i] {
                    case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","):
                        continue
                    default:
                        return
                    }
                }
            } else {
                i += 1
            }
        }
    }

    /// Validates and skips the value of any kind at ``i``; containers may nest up to
    /// ``maxDepth`` below `depth`.
    package mutating func skipValue(depth: Int) throws(SyntaxError) {
        guard let b = current else { throw error() }
        switch b {
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer(depth: depth)
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
        default: throw error()
        }
    }

    private mutating func skipContainer(depth: Int) throws(SyntaxError) {
        guard depth < Self.maxDepth else { throw error() }
        let close = bytes[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let isObject = close == UInt8(ascii: "}")
        i += 1
        skipSpace()
        if current == close {
            i += 1
            return
        }
        while true {
            skipSpace()
            if isObject {
                guard current == UInt8(ascii: "\"") else { throw error() }
                _ = try scanString()
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw error() }
                i += 1
                skipSpace()
            }
            try skipValue(depth: depth + 1)
            skipSpace()
            guard let b = current else { throw error() }
            if b == UInt8(ascii: ",") {
                i += 1
            } else if b == close {
                i += 1
                return
            } else {
                throw error()
            }
        }
    }

    /// Reads the literal `word` (`true`, `false`, `null`) at ``i``.
    package mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw error() }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] {
            i += k
            throw error()
        }
        i += n
    }

    /// Scans the number at ``i``; returns its bytes' range.
    package mutating func scanNumber() throws(SyntaxError) -> Range<Int> {
        let start = i
        func digit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if current == UInt8(ascii: "-") { i += 1 }
        guard digit(current) else { throw error() }
        if current == UInt8(ascii: "0") {
            i += 1
        } else {
            while digit(current) { i += 1 }
        }
        if current == UInt8(ascii: ".") {
            i += 1
            guard digit(current) else { throw error() }
            while digit(current) { i += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            i += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
            guard digit(current) else { throw error() }
            while digit(current) { i += 1 }
        }
        return start..<i
    }

    /// Scans the string at ``i`` (at its opening quote); returns the range between the quotes
    /// and whether it holds escapes.
    package mutating func scanString() throws(SyntaxError) -> (Range<Int>, Bool) {
        i += 1
        let start = i
        var escaped = false
        while i < bytes.count {
            i = plainRunEnd(from: i)
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return (start..<(i - 1), escaped)
            } else if b == UInt8(ascii: "\\") {
                escaped = true
                i += 1
                guard let e = current else { throw error() }
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 1
                case UInt8(ascii: "u"):
                    i += 1
                    for _ in 0..<4 {
                        guard let h = current, Self.hexValue(h) != nil else { throw error() }
                        i += 1
                    }
                default:
                    throw error()
                }
            } else if b < 0x20 {
                throw error()
            } else {
                i += 1
            }
        }
        throw error()
    }

    /// The first position at or after `k` whose byte ends a run of plain string bytes: a quote,
    /// a backslash or a control byte (below 0x20); `bytes.count` when there is none.
    ///
    /// Whole 8-byte words are tested at once (bytewise tests within a register): in each test
    /// a byte is flagged only if it matches or a lower byte of the word matches, so the lowest
    /// flagged byte of the word is the first that matches. The tail is tested byte by byte.
    ///
    /// - Complexity: O(*r*) for a run of *r* bytes, about *r* / 8 word tests.
    @inline(__always)
    func plainRunEnd(from k: Int) -> Int {
        var k = k
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while k + 8 <= n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                let quote = w ^ (0x22 &* ones)
                let backslash = w ^ (0x5C &* ones)
                // Bit 7 of a byte: a zero byte of `quote` or `backslash`, or a byte below 0x20.
                let hits =
                    ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (w &- 0x20 &* ones) & ~w) & high
                if hits != 0 { return k + hits.trailingZeroBitCount >> 3 }
                k += 8
            }
        }
        while k < n {
            let b = bytes[k]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return k }
            k += 1
        }
        return n
    }

    /// The value of a hexadecimal digit, or `nil`.
    package static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    /// The text of a string value's bytes (as returned by the scanner), with escapes decoded;
    /// a lone surrogate escape becomes U+FFFD.
    package func decode(_ range: Range<Int>, escaped: Bool) -> String {
        // Without `strict` the decoding always succeeds.
        decode(range, escaped: escaped, strict: false) ?? ""
    }

    /// ``decode(_:escaped:)``, or `nil` when `strict` and a surrogate escape is not half of a
    /// pair (for stores that treat such text as damaged).
    package func decode(_ range: Range<Int>, escaped: Bool, strict: Bool) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard escaped else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var k = 0
        func hex4(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for j in at..<(at + 4) { v = v << 4 | (Self.hexValue(slice[j]) ?? 0) }
            return v
        }
        func append(_ scalar: Unicode.Scalar) {
            if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
        }
        while k < slice.count {
            guard slice[k] == UInt8(ascii: "\\") else {
                // Copy the run up to the next escape in one go; `memchr` finds its end.
                var j = slice.count
                if let base = slice.baseAddress, let hit = memchr(base + k + 1, 0x5C, slice.count - k - 1) {
                    j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: slice[k..<j]))
                k = j
                continue
            }
            let e = slice[k + 1]
            k += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                let u = hex4(k)
                k += 4
                if (0xD800...0xDBFF).contains(u), k + 6 <= slice.count, slice[k] == UInt8(ascii: "\\"),
                    slice[k + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(k + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        k += 6
                        append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                        continue
                    }
                }
                if strict, Unicode.Scalar(u) == nil { return nil }
                append(Unicode.Scalar(u) ?? "\u{FFFD}")
            default: out.append(e)  // \" \\ \/
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
