import Foundation

#if canImport(Glibc)
    import Glibc  // memchr
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes boilerplate that news scraping leaves in article text, before tokenisation.
///
/// ## What is removed or repaired
/// - Lines that hold only a date ("Friday, January 4, 2019") or a wire dateline.
/// - Lines that are boilerplate: "Advertisement", "Read more…", "Related: …", "Share this",
///   "Sign up…", photo credits and captions ("Photo: …", "(Photo by …)", "Image: …", "Getty Images").
/// - A dateline prefix at the start of a paragraph ("WASHINGTON (Reuters) — ").
/// - A related-headline teaser glued into a paragraph: it starts where a word is run into the
///   next without a space ("BlinkenAntony") and runs to a standalone `MORE`; the whole teaser
///   goes, leaving the words before the glue.
/// - Other glued words ("BlinkenSunday" → "Blinken Sunday") when the left part also occurs on
///   its own in the article, or the right part is a weekday or month.
///
/// - Complexity: O(*L*) per pass, where *L* is the text length.
enum TextCleaner {
    /// Weekday and month names (``WordLists/weekdays``, ``WordLists/months``).
    static let weekdays: [String] = WordLists.shared.weekdays
    static let months: [String] = WordLists.shared.months

    static func clean(_ text: String) -> String {
        let normalized = containsByte(text, 0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = splitLines(normalized)
        var changed = false
        for k in lines.indices where !lines[k].isEmpty {
            if lines[k].utf8.count < 200, isBoilerplateLine(lines[k]) {
                lines[k] = ""
                changed = true
            } else if let stripped = strippingDateline(lines[k]) {
                lines[k] = stripped
                changed = true
            }
        }
        var cleaned = changed ? lines.joined(separator: "\n") : normalized
        if containsBytes(cleaned, morePattern) { cleaned = removeTeasers(cleaned) }
        return splitGluedWords(cleaned)
    }

    /// The lines of `text` (split at "\n" bytes, which is far faster than splitting Characters).
    static func splitLines(_ text: String) -> [Substring] {
        let u = text.utf8
        let offsets: [Int]? = u.withContiguousStorageIfAvailable { buf in
            var o: [Int] = []
            guard let base = buf.baseAddress else { return o }
            // memchr jumps from one "\n" to the next; it reads base[k..<buf.count].
            var k = 0
            while k < buf.count, let hit = memchr(base + k, 0x0A, buf.count - k) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                o.append(at)
                k = at + 1
            }
            return o
        }
        guard let offsets else {
            var out: [Substring] = []
            var start = u.startIndex
            var i = u.startIndex
            while i != u.endIndex {
                if u[i] == 0x0A {
                    out.append(text[start..<i])
                    start = u.index(after: i)
                }
                i = u.index(after: i)
            }
            out.append(text[start..<u.endIndex])
            return out
        }
        var out: [Substring] = []
        out.reserveCapacity(offsets.count + 1)
        var start = u.startIndex
        for k in offsets {
            let i = u.index(u.startIndex, offsetBy: k)
            out.append(text[start..<i])
            start = u.index(after: i)
        }
        out.append(text[start..<u.endIndex])
        return out
    }

    /// Whether the UTF-8 bytes of `text` contain `byte`.
    /// - Complexity: O(*L*), a plain scan of contiguous storage.
    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b in
            guard let base = b.baseAddress else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        } ?? text.utf8.contains(byte)
    }

    /// A byte string to search for, with the position of the byte a search looks for first:
    /// the first one that is not a space or a lower-case ASCII letter (rarer in text), else 0.
    struct BytePattern: Sendable {
        let needle: [UInt8]
        let anchor: Int

        init(_ s: String) { self.init(bytes: Array(s.utf8)) }

        init(bytes: [UInt8]) {
            needle = bytes
            anchor = bytes.firstIndex { $0 != 0x20 && !($0 >= 0x61 && $0 <= 0x7A) } ?? 0
        }
    }

    /// The marker that ends a glued related-headline teaser.
    static let morePattern = BytePattern(" MORE ")

    /// Whether the UTF-8 bytes of `text` contain `needle` (a plain byte search, no Unicode folding).
    static func containsBytes(_ text: String, _ needle: [UInt8]) -> Bool {
        containsBytes(text, BytePattern(bytes: needle))
    }

    /// Whether the UTF-8 bytes of `text` contain `pattern.needle`: `memchr` finds each
    /// occurrence of the anchor byte, then the bytes around it are compared.
    /// - Complexity: O(*L* + *a* · *m*) for a text of *L* bytes with *a* anchor bytes and an
    ///   *m*-byte needle.
    static func containsBytes(_ text: String, _ pattern: BytePattern) -> Bool {
        let needle = pattern.needle, anchor = pattern.anchor
        let m = needle.count
        guard m > 0 else { return true }
        func search(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = buf.baseAddress, buf.count >= m else { return false }
            // Candidate starts are 0...(n - m); their anchors lie in anchor...(n - m + anchor).
            var from = anchor
            let last = buf.count - m + anchor
            while from <= last {
                // memchr reads only within the buffer: from + count <= buf.count.
                guard let hit = memchr(base + from, Int32(needle[anchor]), last - from + 1) else { return false }
                let a = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let start = a - anchor
                var k = 0
                while k < m, buf[start + k] == needle[k] { k += 1 }
                if k == m { return true }
                from = a + 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(search)
            ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// ``isBoilerplate(_:)`` of `line` trimmed of `CharacterSet.whitespaces`. An all-ASCII line
    /// (nearly every line) is tested on its bytes with the same rules and no Foundation call or
    /// allocation: in ASCII, that set is only space and tab, lower-casing maps only A–Z, and
    /// `Character` comparisons are byte comparisons.
    /// - Complexity: O(*n*) for a line of *n* bytes.
    static func isBoilerplateLine(_ line: Substring) -> Bool {
        let fast: Bool?? = line.utf8.withContiguousStorageIfAvailable { buf -> Bool? in
            for b in buf where b >= 0x80 { return nil }
            var a = 0, z = buf.count
            while a < z, buf[a] == 0x20 || buf[a] == 0x09 { a += 1 }
            while z > a, buf[z - 1] == 0x20 || buf[z - 1] == 0x09 { z -= 1 }
            return isBoilerplateASCII(UnsafeBufferPointer(rebasing: buf[a..<z]))
        }
        if let fast, let fast { return fast }
        // Most lines have nothing to trim: check the ends before calling Foundation.
        if let first = line.unicodeScalars.first, let last = line.unicodeScalars.last,
            !CharacterSet.whitespaces.contains(first), !CharacterSet.whitespaces.contains(last)
        {
            return isBoilerplate(String(line))
        }
        return isBoilerplate(line.trimmingCharacters(in: .whitespaces))
    }

    /// Boilerplate lines, whole or by start or end (``WordLists/boilerplateExact`` etc.).
    static let boilerplateExact: Set<String> = WordLists.shared.boilerplateExact
    static let boilerplatePrefixes: [String] = WordLists.shared.boilerplatePrefixes
    static let boilerplateSuffixes: [String] = WordLists.shared.boilerplateSuffixes
    private static let boilerplatePrefixBytes = boilerplatePrefixes.map { Array($0.utf8) }
    private static let boilerplateSuffixBytes = boilerplateSuffixes.map { Array($0.utf8) }

    /// ``isBoilerplate(_:)`` for a trimmed all-ASCII line given as bytes.
    private static func isBoilerplateASCII(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        if n == 0 { return false }
        if n <= 40, isDateLine(String(decoding: line, as: UTF8.self)) { return true }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        func hasPrefix(_ p: [UInt8]) -> Bool {
            guard p.count <= n else { return false }
            for k in 0..<p.count where lower(line[k]) != p[k] { return false }
            return true
        }
        func hasSuffix(_ p: [UInt8]) -> Bool {
            guard p.count <= n else { return false }
            for k in 0..<p.count where lower(line[n - p.count + k]) != p[k] { return false }
            return true
        }
        if n <= 16 {
            let lowered = String(decoding: line.lazy.map(lower), as: UTF8.self)
            if boilerplateExact.contains(lowered) { return true }
        }
        if n < 200, boilerplatePrefixBytes.contains(where: hasPrefix) { return true }
        if n < 80, boilerplateSuffixBytes.contains(where: hasSuffix) { return true }
        return false
    }

    /// Whether a trimmed line is boilerplate: a date line, an exact phrase
    /// (``boilerplateExact``), a lower-cased prefix (``boilerplatePrefixes``) on a line under 200
    /// characters, or a credit suffix (``boilerplateSuffixes``) on a line under 80.
    static func isBoilerplate(_ line: String) -> Bool {
        if line.isEmpty { return false }
        if isDateLine(line) { return true }
        let lower = line.lowercased()
        if boilerplateExact.contains(lower) { return true }
        if boilerplatePrefixes.contains(where: lower.hasPrefix) && line.count < 200 { return true }
        if line.count < 80, boilerplateSuffixes.contains(where: lower.hasSuffix) { return true }
        return false
    }

    /// "Friday, January 4, 2019", "January 4, 2019", "4 January 2019", "2019-01-04".
    static func isDateLine(_ line: String) -> Bool {
        guard line.count <= 40 else { return false }
        if ArticleReader.isISODate(line) { return true }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard (2...4).contains(words.count) else { return false }
        var hasMonth = false
        var hasYear = false
        for w in words {
            if months.contains(w) {
                hasMonth = true
            } else if weekdays.contains(w) {
                continue
            } else if w.count == 4, w.allSatisfy(\.isNumber) {
                hasYear = true
            } else if w.count <= 2, w.allSatisfy(\.isNumber) {
                continue
            } else {
                return false
            }
        }
        return hasMonth && hasYear
    }

    /// `line` without a dateline prefix "CITY (Agency) — ", or `nil` when it has none: a run of
    /// at least three capital letters (spaces, dots, commas allowed), an optional parenthesised
    /// agency, then a dash (" - ", "--", "—" or "–") and a space, within the first 64 bytes.
    static func strippingDateline(_ line: Substring) -> Substring? {
        // Most lines fail at the first two bytes; test them before copying the head.
        var start = line.utf8.makeIterator()
        guard let b0 = start.next(), let b1 = start.next(), (0x41...0x5A).contains(b0), (0x41...0x5A).contains(b1)
        else { return nil }
        let head = Array(line.utf8.prefix(64))
        guard head.count > 5, (0x41...0x5A).contains(head[0]), (0x41...0x5A).contains(head[1]) else { return nil }
        var i = 0
        var capitals = 0
        while i < head.count {
            let c = head[i]
            if (0x41...0x5A).contains(c) {
                capitals += 1
            } else if c == 0x20 || c == 0x2E || c == 0x2C || c == 0x27 {
            } else {
                break
            }
            i += 1
        }
        guard capitals >= 3, i < head.count else { return nil }
        if head[i] == 0x28, let close = head[i...].firstIndex(of: 0x29) {
            i = close + 1
            while i < head.count, head[i] == 0x20 { i += 1 }
        }
        var after = -1
        if i + 1 < head.count, head[i] == 0x2D, head[i + 1] == 0x2D {
            after = i + 2
        } else if i + 2 < head.count, head[i] == 0xE2, head[i + 1] == 0x80, head[i + 2] == 0x94 || head[i + 2] == 0x93 {
            after = i + 3
        } else if i < head.count, head[i] == 0x2D {
            after = i + 1
        }
        guard after > 0, after < head.count, head[after] == 0x20 else { return nil }
        return line[line.utf8.index(line.utf8.startIndex, offsetBy: after + 1)...]
    }

    /// The positions where a lower-case letter (after another letter) is directly followed by an
    /// upper-case one, as indices of `s`. ASCII only, which is where scraping glue occurs.
    static func glueRanges(_ s: Substring) -> [String.Index] {
        let u = s.utf8
        let fast: [String.Index]? = u.withContiguousStorageIfAvailable { buf in
            var out: [String.Index] = []
            // A glue point is an upper-case byte: find those a word at a time, then look back.
            func isGlue(_ k: Int) -> Bool {
                guard k >= 2 else { return false }
                let prev = buf[k - 1], prevPrev = buf[k - 2] | 0x20
                return prev >= 0x61 && prev <= 0x7A && prevPrev >= 0x61 && prevPrev <= 0x7A
            }
            var k = 0
            if let base = buf.baseAddress {
                let raw = UnsafeRawPointer(base)
                while k + 8 <= buf.count {
                    var upper = upperCaseBits(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)))
                    while upper != 0 {
                        let at = k + upper.trailingZeroBitCount >> 3
                        if isGlue(at) { out.append(u.index(u.startIndex, offsetBy: at)) }
                        upper &= upper - 1
                    }
                    k += 8
                }
            }
            while k < buf.count {
                if buf[k] >= 0x41 && buf[k] <= 0x5A && isGlue(k) { out.append(u.index(u.startIndex, offsetBy: k)) }
                k += 1
            }
            return out
        }
        if let fast { return fast }
        var out: [String.Index] = []
        var prev: UInt8 = 0
        var prevPrev: UInt8 = 0
        var idx = u.startIndex
        while idx != u.endIndex {
            let c = u[idx]
            if c >= 0x41 && c <= 0x5A && prev >= 0x61 && prev <= 0x7A && ((prevPrev | 0x20) >= 0x61 && (prevPrev | 0x20) <= 0x7A) {
                out.append(idx)
            }
            prevPrev = prev
            prev = c
            idx = u.index(after: idx)
        }
        return out
    }

    /// Bit 7 set in each byte of the 8-byte word `w` that is 0x41...0x5A (A–Z), for any bytes:
    /// each is cut to its low seven bits first, so no sum carries into the next byte, and bytes
    /// of 0x80 and above are then excluded by their own high bit.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func upperCaseBits(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let y = w & ~high
        return (y &+ 0x3F &* ones) & ~(y &+ 0x25 &* ones) & ~w & high
    }

    static func removeTeasers(_ text: String) -> String {
        var out: [String] = []
        for para in splitLines(text) {
            var p = Substring(para)
            // A teaser: glued word ... standalone MORE.
            while let more = p.range(of: " MORE "), let glue = firstGlue(in: p[..<more.lowerBound]) {
                p = Substring(String(p[..<glue]) + " " + String(p[more.upperBound...]))
            }
            out.append(String(p))
        }
        return out.joined(separator: "\n")
    }

    /// The first glue point that begins a teaser: a capitalised word run into the previous one.
    static func firstGlue(in s: Substring) -> String.Index? {
        for g in glueRanges(s) {
            // Require the left part to be a capitalised word of 3+ letters.
            var k = g
            var letters = 0
            while k > s.startIndex {
                let prev = s.index(before: k)
                if !s[prev].isLetter { break }
                k = prev
                letters += 1
            }
            if letters >= 3, s[k].isUppercase { return g }
        }
        return nil
    }

    /// How many times `word` occurs in `bytes` as a whole word (not inside a longer word; bytes
    /// ≥ 0x80 count as letters).
    /// - Complexity: O(*n* · *m*) worst case for *n* bytes and an *m*-byte word; `memchr`
    ///   skips to the next occurrence of the word's first byte.
    static func wordCount(_ bytes: [UInt8], _ word: [UInt8]) -> Int {
        func isLetter(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        guard let first = word.first else { return 0 }
        let n = bytes.count, m = word.count
        return bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return 0 }
            var count = 0
            var i = 0
            while i + m <= n {
                // memchr jumps to the next possible start; it reads base[i..<(n - m + 1)].
                guard let hit = memchr(base + i, Int32(first), n - m + 1 - i) else { break }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i == 0 || !isLetter(buf[i - 1]) {
                    var k = 1
                    while k < m && buf[i + k] == word[k] { k += 1 }
                    if k == m, i + m == n || !isLetter(buf[i + m]) { count += 1 }
                }
                i += 1
            }
            return count
        }
    }

    static func splitGluedWords(_ text: String) -> String {
        let glues = glueRanges(Substring(text))
        guard !glues.isEmpty else { return text }
        let bytes = Array(text.utf8)
        func occurrences(_ word: Substring) -> Int { wordCount(bytes, Array(word.utf8)) }
        var result = ""
        var last = text.startIndex
        for g in glues {
            var a = g
            while a > text.startIndex, text[text.index(before: a)].isLetter { a = text.index(before: a) }
            var b = g
            while b < text.endIndex, text[b].isLetter { b = text.index(after: b) }
            let left = text[a..<g]
            let right = text[g..<b]
            let whole = text[a..<b]
            let split =
                (weekdays.contains(String(right)) || months.contains(String(right)))
                || (left.utf8.count >= 3 && left.first?.isUppercase == true && occurrences(whole) == 1
                    && occurrences(left) > 0 && occurrences(right) > 0)
            if split, a >= last {
                result += text[last..<g]
                result += " "
                last = g
            }
        }
        result += text[last...]
        return result
    }
}
