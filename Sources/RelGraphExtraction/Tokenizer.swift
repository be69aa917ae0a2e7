/// Splits cleaned text into ``Token``s, working on UTF-8 bytes with an ASCII fast path.
///
/// ## Rules
/// - A word is a run of letters, digits and combining marks, joined across an inner hyphen
///   ("Won-soon", "COVID-19"), an inner apostrophe followed by a letter ("O'Rourke", "d'Ivoire";
///   straight or curly), and the periods of dotted abbreviations ("U.S.", "U.K.", "D.C.").
/// - A known abbreviation ("Mr", "Sen", "Gen", "Jan", "No") and a single capital initial ("W")
///   keep their final period, so that it is not read as the end of a sentence.
/// - A possessive `'s` / `’s` becomes a token of its own.
/// - Numbers keep inner `.`/`,`/`:` between digits ("3.67", "1,200", "8:00").
/// - Any other non-space character is a one-character punctuation token.
///
/// - Complexity: O(*L*), where *L* is the length of the text in bytes.
enum Tokenizer {
    /// Abbreviations that keep their period (compared case-sensitively, without the period;
    /// ``WordLists/abbreviations``).
    static let abbreviations: Set<String> = WordLists.shared.abbreviations

    /// The tokens of `text`.
    static func tokenize(_ text: String) -> [Token] {
        scan(text, vocab: nil).tokens
    }

    /// The tokens of `text` with their texts, lower-cased texts and ids in `vocab`, from one
    /// pass over the bytes (see ``TokenizedText``).
    static func tokenize(_ text: String, vocab: Vocabulary) -> TokenizedText {
        scan(text, vocab: vocab)
    }

    /// The ASCII ``abbreviations`` of at most eight bytes as words of their UTF-8 bytes
    /// (little-endian, zero-padded), sorted.
    static let abbreviationWords: [UInt64] = abbreviations.filter {
        $0.utf8.count <= 8 && $0.utf8.allSatisfy { $0 < 0x80 }
    }.map { a -> UInt64 in
        var w: UInt64 = 0
        for (k, c) in a.utf8.enumerated() { w |= UInt64(c) << UInt64(8 * k) }
        return w
    }.sorted()
    /// Whether some of ``abbreviations`` is ASCII of more than eight bytes (then not in
    /// ``abbreviationWords``).
    static let hasLongASCIIAbbreviations = abbreviations.contains {
        $0.utf8.count > 8 && $0.utf8.allSatisfy { $0 < 0x80 }
    }

    /// One-character strings for the bytes 0x00...0x7F (ASCII punctuation tokens).
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Whether the word `bytes[a..<z]` (without a final period) is one of ``abbreviations``;
    /// `ascii` tells whether its bytes are all below 0x80.
    ///
    /// - Complexity: O(1) for an ASCII word of at most eight bytes (a binary search over
    ///   ``abbreviationWords``); one `Set` lookup otherwise.
    @inline(__always)
    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ z: Int, ascii: Bool) -> Bool {
        let len = z - a
        guard ascii, len <= 8 else {
            if ascii && !hasLongASCIIAbbreviations { return false }
            return abbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<z]), as: UTF8.self))
        }
        let w = ByteWord.load(bytes, at: a, count: len)
        let words = abbreviationWords
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if words[mid] < w { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo] == w
    }

    /// The tokens of `text`; with a vocabulary, also the other arrays of ``TokenizedText``. An
    /// ASCII token is looked up on its bytes, and lower-cased on its bytes (only A–Z change, as
    /// with `String.lowercased()`); any other token goes through `String`.
    private static func scan(_ text: String, vocab: Vocabulary?) -> TokenizedText {
        // Eight zero bytes after the text: reads just past the end see NUL (a sentinel), and a
        // token's bytes can be loaded as one 8-byte word. `decode` never reads them as part of
        // a scalar, since a Swift string is valid UTF-8.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.utf8.count + 8)
        buffer.append(contentsOf: text.utf8)
        buffer.append(contentsOf: repeatElement(0, count: 8))
        let n = buffer.count - 8
        // News text averages about 5.4 bytes per token, so n / 4 tokens nearly always suffice;
        // a text with more is scanned again with room for n (every token holds a byte or more).
        return buffer.withUnsafeBufferPointer { bytes in
            if let out = scan(bytes, n, vocab: vocab, capacity: n / 4 + 16) { return out }
            guard let out = scan(bytes, n, vocab: vocab, capacity: n) else {
                preconditionFailure("a text of \(n) bytes has at most \(n) tokens")
            }
            return out
        }
    }

    /// The tokens of the text `bytes[0..<n]` (followed by eight zero bytes) and, with a
    /// vocabulary, their look-ups, or `nil` when it has more than `capacity` tokens. The arrays
    /// are written in place, through a ``Columns`` over their storage.
    ///
    /// - Complexity: O(*n*).
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ n: Int, vocab: Vocabulary?, capacity: Int
    ) -> TokenizedText? {
        let entries = vocab == nil ? 0 : capacity
        var out = TokenizedText()
        var complete = false
        out.tokens = [Token](unsafeUninitializedCapacity: capacity) { tokens, tokenCount in
            var texts: [String] = [], lowers: [String] = [], ids: [Int32] = [], lowerIds: [Int32] = []
            var hasHyphen: [Bool] = []
            texts = [String](unsafeUninitializedCapacity: entries) { texts, textCount in
                lowers = [String](unsafeUninitializedCapacity: entries) { lowers, lowerCount in
                    ids = [Int32](unsafeUninitializedCapacity: entries) { ids, idCount in
                        lowerIds = [Int32](unsafeUninitializedCapacity: entries) { lowerIds, lowerIDCount in
                            hasHyphen = [Bool](unsafeUninitializedCapacity: entries) { hasHyphen, hyphenCount in
                                var columns = Columns(
                                    tokens: tokens, texts: texts, lowers: lowers, ids: ids, lowerIds: lowerIds,
                                    hasHyphen: hasHyphen, capacity: capacity)
                                complete = fill(&columns, bytes, n, vocab: vocab)
                                tokenCount = columns.count
                                (textCount, lowerCount, idCount) = (columns.entries, columns.entries, columns.entries)
                                (lowerIDCount, hyphenCount) = (columns.entries, columns.entries)
                            }
                        }
                    }
                }
            }
            (out.texts, out.lowers, out.ids, out.lowerIds, out.hasHyphen) = (texts, lowers, ids, lowerIds, hasHyphen)
        }
        return complete ? out : nil
    }

    /// Scans the text `bytes[0..<n]` into `out`; `false` when `out` fills up before the end.
    ///
    /// - Complexity: O(*n*).
    private static func fill(
        _ out: inout Columns, _ bytes: UnsafeBufferPointer<UInt8>, _ n: Int, vocab: Vocabulary?
    ) -> Bool {
        // The byte-table accessors (``Vocabulary/asciiText(_:)`` etc.) need a finished vocabulary.
        let fast = vocab?.isFinished ?? false
        let possessiveID = vocab?.id("'s") ?? Vocabulary.unknown
        var i = 0
        var newlines = 0
        // The scan reads `bytes` without bounds checks: every read is below `n + 8` (at most
        // three bytes past a position below `n`, an 8-byte word at a position below `n` through
        // ``ByteWord``, or through `decode`, which checks the end).
        do {
            while i < n {
                let b = bytes[i]
                // Whitespace (ASCII and NBSP / thin spaces).
                if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
                if b == 0x0A { newlines += 1; i += 1; continue }
                if b == 0xC2 && bytes[i + 1] == 0xA0 { i += 2; continue }
                if b == 0xE2 && bytes[i + 1] == 0x80 && (0x80...0x8B).contains(bytes[i + 2]) { i += 3; continue }
                let (scalar, len) = decode(bytes, i)
                if isWordScalar(scalar) {
                    let start = i
                    var j = i + len
                    var ascii = len == 1
                    var lettersOnly = isLetterScalar(scalar)
                    var isNumber = !lettersOnly
                    var singleLetterDots = lettersOnly && len == 1  // "U" in "U.S."
                    scan: while j < n {
                        let c = bytes[j]
                        // A letter, digit or mark continues the word (ASCII bytes are scalars).
                        if c < 0x80 {
                            // The run of ASCII letters and digits at `j`, up to eight bytes at once.
                            let (run, letters, digits) = asciiWordRun(bytes, j)
                            if run > 0 {
                                if letters { isNumber = false }
                                if digits { lettersOnly = false }
                                // Every byte of the run but the first follows a letter or digit.
                                if run > 1 || bytes[j - 1] != 0x2E { singleLetterDots = false }
                                j += run
                                continue
                            }
                        } else {
                            let (s, l) = decode(bytes, j)
                            if isWordScalar(s) {
                                if isLetterScalar(s) { isNumber = false } else { lettersOnly = false }
                                ascii = false
                                j += l
                                if bytes[j - l - 1] != 0x2E { singleLetterDots = false }
                                continue
                            }
                        }
                        // Otherwise only these join a word, depending on the scalar after them.
                        switch c {
                        case 0x2D:  // hyphen inside a word
                            if isWordScalar(decode(bytes, j + 1).0) { j += 1; singleLetterDots = false; continue scan }
                            break scan
                        case 0x27:  // straight apostrophe
                            if isPossessive(bytes, j + 1) { break scan }
                            if isLetterScalar(decode(bytes, j + 1).0) { j += 1; singleLetterDots = false; continue scan }
                            break scan
                        case 0xE2 where bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99:  // ’
                            if isPossessive(bytes, j + 3) { break scan }
                            if isLetterScalar(decode(bytes, j + 3).0) {
                                j += 3; singleLetterDots = false; ascii = false; continue scan
                            }
                            break scan
                        case 0x2E, 0x2C, 0x3A:  // . , :
                            if isNumber, isDigit(bytes[j + 1]) {
                                j += 1; continue scan
                            }
                            if c == 0x2E, singleLetterDots, isASCIILetter(bytes[j + 1]), bytes[j + 2] == 0x2E {
                                j += 1; continue scan  // U.S.
                            }
                            break scan
                        default:
                            break scan
                        }
                    }
                    var end = j
                    if bytes[end] == 0x2E {
                        // In a single-letter dotted word every "." byte stands between ASCII
                        // letters, so the byte test equals `contains(".")`.
                        let dotted = singleLetterDots && bytes[start..<end].contains(0x2E)
                        let initial = end - start == 1 && isASCIIUpper(bytes[start])
                        if dotted || initial || isAbbreviation(bytes, start, end, ascii: ascii) {
                            end += 1
                        }
                    }
                    guard out.hasRoom else { return false }
                    let word: String
                    if let vocab, fast, ascii {
                        word = lookUpASCII(bytes, start, end, vocab, &out)
                    } else {
                        word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                        if let vocab { lookUp(word, bytes, start, end, vocab, &out) }
                    }
                    let b0 = bytes[start]
                    let capitalized = b0 < 0x80 ? (b0 >= 0x41 && b0 <= 0x5A) : scalar.properties.isUppercase
                    out.append(
                        Token(
                            text: word, start: start, end: end, kind: isNumber ? .number : .word,
                            isCapitalized: capitalized, newlinesBefore: newlines))
                    newlines = 0
                    i = end
                    continue
                }
                // Possessive 's as its own token.
                if (b == 0x27 && isPossessive(bytes, i + 1))
                    || (b == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 && isPossessive(bytes, i + 3))
                {
                    let l = b == 0x27 ? 2 : 4
                    guard out.hasRoom else { return false }
                    if vocab != nil {
                        out.append(text: "'s", lower: "'s", id: possessiveID, lowerID: possessiveID, hyphen: false)
                    }
                    out.append(Token(text: "'s", start: i, end: i + l, kind: .word, isCapitalized: false, newlinesBefore: newlines))
                    newlines = 0
                    i += l
                    continue
                }
                guard out.hasRoom else { return false }
                let punct: String
                if b < 0x80 {
                    // ASCII punctuation: no capitals, so its lower-cased form is itself.
                    punct = asciiStrings[Int(b)]
                    if let vocab {
                        let id = fast ? vocab.id(asciiByte: b) : vocab.id(punct)
                        out.append(text: punct, lower: punct, id: id, lowerID: id, hyphen: b == 0x2D)
                    }
                } else {
                    punct = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + len)]), as: UTF8.self)
                    if let vocab { lookUp(punct, bytes, i, i + len, vocab, &out) }
                }
                out.append(
                    Token(
                        text: punct, start: i, end: i + len, kind: .punct, isCapitalized: false, newlinesBefore: newlines))
                newlines = 0
                i += len
            }
        }
        return true
    }

    /// Appends the lower-cased text, ids and hyphen flag of the ASCII token `bytes[a..<z]` to
    /// `out` (and its text), and returns its text: the vocabulary's string when the token is
    /// known (no string is built), else a new one. Requires `vocab.isFinished`.
    ///
    /// - Complexity: O(`z - a`); one byte-table lookup, two for an unknown token with capitals.
    @inline(__always)
    private static func lookUpASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ z: Int, _ vocab: Vocabulary, _ out: inout Columns
    ) -> String {
        let len = z - a
        let id: Int32
        var upper = false
        var hyphen = false
        var shortLower: UInt64 = 0
        if len <= 8 {
            // One load masked to the token; bytewise tests in parallel (see ``ByteWord``).
            let w = ByteWord.load(bytes, at: a, count: len)
            id = vocab.id(shortASCII: w, count: len)
            let upperBits = ByteWord.upperBits(w)
            hyphen = ByteWord.hyphenBits(w) != 0
            upper = upperBits != 0
            shortLower = ByteWord.lowercased(w, upper: upperBits)
        } else {
            id = vocab.id(ascii: UnsafeBufferPointer(rebasing: bytes[a..<z])) ?? Vocabulary.unknown
            for k in a..<z {
                let c = bytes[k]
                if c >= 0x41 && c <= 0x5A { upper = true }
                if c == 0x2D { hyphen = true }
            }
        }
        let text = id >= 0 ? vocab.asciiText(id) : String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<z]), as: UTF8.self)
        guard upper else {
            out.append(text: text, lower: text, id: id, lowerID: id, hyphen: hyphen)
            return text
        }
        // With capitals: the lower-cased bytes (only A–Z change, as in `lowercased()`).
        var lowerId: Int32
        if id >= 0 {
            lowerId = vocab.asciiLowerID(id)
        } else if len <= 8 {
            lowerId = vocab.id(shortASCII: shortLower, count: len)
        } else {
            lowerId = Vocabulary.unknown - 1  // not looked up yet
        }
        if lowerId >= 0 {
            out.append(text: text, lower: vocab.asciiText(lowerId), id: id, lowerID: lowerId, hyphen: hyphen)
            return text
        }
        var lower = String(unsafeUninitializedCapacity: len) { dst in
            for k in 0..<len {
                let c = bytes[a + k]
                dst[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return len
        }
        if lowerId < Vocabulary.unknown {
            lowerId = lower.withUTF8 { vocab.id(ascii: $0) } ?? Vocabulary.unknown
        }
        out.append(text: text, lower: lower, id: id, lowerID: lowerId, hyphen: hyphen)
        return text
    }

    /// Appends the text, lower-cased text and ids of a token whose UTF-8 is `bytes[a..<z]` (or,
    /// when that is not ASCII, whatever `text` holds) to `out`.
    @inline(__always)
    private static func lookUp(
        _ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ z: Int, _ vocab: Vocabulary, _ out: inout Columns
    ) {
        let len = z - a
        if len <= 8 {
            // Short token: one load masked to the token; if it is ASCII, bytewise tests in
            // parallel (see ``ByteWord``).
            let w = ByteWord.load(bytes, at: a, count: len)
            if w & ByteWord.high == 0 {
                let id = vocab.id(shortASCII: w, count: len)
                let upper = ByteWord.upperBits(w)
                let hyphen = ByteWord.hyphenBits(w) != 0
                if upper == 0 {
                    out.append(text: text, lower: text, id: id, lowerID: id, hyphen: hyphen)
                    return
                }
                let lower = ByteWord.lowercased(w, upper: upper)
                let lowerText = String(unsafeUninitializedCapacity: len) { dst in
                    for k in 0..<len { dst[k] = UInt8(truncatingIfNeeded: lower >> UInt64(8 * k)) }
                    return len
                }
                out.append(
                    text: text, lower: lowerText, id: id, lowerID: vocab.id(shortASCII: lower, count: len), hyphen: hyphen)
                return
            }
        }
        var hyphen = false
        let found: (id: Int32, upper: Bool)? = { () -> (id: Int32, upper: Bool)? in
            let b = UnsafeBufferPointer(rebasing: bytes[a..<z])
            guard let id = vocab.id(ascii: b) else { return nil }
            var upper = false
            for c in b {
                if c >= 0x41 && c <= 0x5A { upper = true }
                if c == 0x2D { hyphen = true }
            }
            return (id, upper)
        }()
        guard let found else {
            let hyphen = text.utf8.contains(0x2D)
            let exact = vocab.id(text)
            let lower = lowercased(text)
            out.append(text: text, lower: lower, id: exact, lowerID: lower == text ? exact : vocab.id(lower), hyphen: hyphen)
            return
        }
        guard found.upper else {
            out.append(text: text, lower: text, id: found.id, lowerID: found.id, hyphen: hyphen)
            return
        }
        // ASCII with capitals: lower-case the bytes (only A–Z change, as in `lowercased()`).
        let lower = String(unsafeUninitializedCapacity: z - a) { dst in
            for k in a..<z {
                let c = bytes[k]
                dst[k - a] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return z - a
        }
        var l = lower
        let lowerID = l.withUTF8 { vocab.id(ascii: $0) } ?? Vocabulary.unknown
        out.append(text: text, lower: lower, id: found.id, lowerID: lowerID, hyphen: hyphen)
    }

    /// How many bytes from `i` on (at most eight) are ASCII letters or digits, and whether
    /// those include a letter, resp. a digit; `i` is a position within the text (see
    /// ``ByteWord``).
    ///
    /// - Complexity: O(1): ``ByteWord/letterDigitRun(_:)`` on one 8-byte word.
    @inline(__always)
    static func asciiWordRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (run: Int, letters: Bool, digits: Bool) {
        ByteWord.letterDigitRun(ByteWord.load(bytes, at: i))
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// `s` followed by a non-letter at `i`: the tail of a possessive.
    static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard bytes[i] == 0x73 || bytes[i] == 0x53 else { return false }
        let (next, _) = decode(bytes, i + 1)
        return !isWordScalar(next)
    }

    /// `text` in lower case; returns `text` itself (no copy) when it has no ASCII capitals and
    /// is pure ASCII, which is most words.
    static func lowercased(_ text: String) -> String {
        func scan<C: Sequence<UInt8>>(_ bytes: C) -> Bool {
            var upper = false
            for b in bytes {
                if b >= 0x80 { return false }
                if b >= 0x41 && b <= 0x5A { upper = true }
            }
            return !upper
        }
        let unchanged = text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
        return unchanged ? text : text.lowercased()
    }

    /// A letter: ASCII fast path, Unicode `Alphabetic` otherwise.
    @inline(__always) static func isLetterScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v | 0x20 >= 0x61 && v | 0x20 <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .decimalNumber
    }

    /// Decodes the scalar at `i` (the sentinel 0 decodes as NUL); invalid bytes decode as U+FFFD.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        guard i < bytes.count else { return ("\0", 1) }
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        var len = 1
        var v: UInt32 = 0
        if b >> 5 == 0x6 {
            len = 2; v = UInt32(b & 0x1F)
        } else if b >> 4 == 0xE {
            len = 3; v = UInt32(b & 0x0F)
        } else if b >> 3 == 0x1E {
            len = 4; v = UInt32(b & 0x07)
        } else {
            return ("\u{FFFD}", 1)
        }
        guard i + len <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<len { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }
}

extension Tokenizer {
    /// The uninitialised storage of the arrays of a ``TokenizedText`` being scanned, with how
    /// many of their elements are written: appending checks no uniqueness or capacity (as
    /// `Array.append` does each time), as the scan tests ``hasRoom`` once before each token.
    /// Local to one scan, hence never shared.
    ///
    /// ## Conventions
    /// - `tokens` has room for `capacity` elements, the other columns for `capacity` elements
    ///   with a vocabulary and none without (then ``append(text:lower:id:lowerID:hyphen:)`` is
    ///   never called).
    /// - Elements `0..<count` of `tokens` and `0..<entries` of the other columns are
    ///   initialised, the rest are not.
    ///
    /// - Complexity: O(1) per append.
    fileprivate struct Columns {
        private let tokens: UnsafeMutableBufferPointer<Token>
        private let texts: UnsafeMutableBufferPointer<String>
        private let lowers: UnsafeMutableBufferPointer<String>
        private let ids: UnsafeMutableBufferPointer<Int32>
        private let lowerIds: UnsafeMutableBufferPointer<Int32>
        private let hasHyphen: UnsafeMutableBufferPointer<Bool>
        private let capacity: Int
        /// How many tokens are written.
        private(set) var count = 0
        /// How many elements of each other column are written.
        private(set) var entries = 0

        /// Columns over the given storage, none of it written yet; each buffer holds at least
        /// `capacity` elements, or (all but `tokens`) none.
        init(
            tokens: UnsafeMutableBufferPointer<Token>, texts: UnsafeMutableBufferPointer<String>,
            lowers: UnsafeMutableBufferPointer<String>, ids: UnsafeMutableBufferPointer<Int32>,
            lowerIds: UnsafeMutableBufferPointer<Int32>, hasHyphen: UnsafeMutableBufferPointer<Bool>, capacity: Int
        ) {
            (self.tokens, self.texts, self.lowers, self.ids) = (tokens, texts, lowers, ids)
            (self.lowerIds, self.hasHyphen, self.capacity) = (lowerIds, hasHyphen, capacity)
        }

        /// Whether one more token (and its entries) fits.
        var hasRoom: Bool { count < capacity }

        /// Writes the next token; requires ``hasRoom``.
        @inline(__always) mutating func append(_ token: Token) {
            assert(count < capacity && count < tokens.count)
            tokens.initializeElement(at: count, to: token)
            count += 1
        }

        /// Writes the look-ups of the next token (before the token itself); requires
        /// ``hasRoom`` and columns with room.
        @inline(__always) mutating func append(text: String, lower: String, id: Int32, lowerID: Int32, hyphen: Bool) {
            let k = entries
            assert(k == count && k < capacity && k < texts.count)
            texts.initializeElement(at: k, to: text)
            lowers.initializeElement(at: k, to: lower)
            ids.initializeElement(at: k, to: id)
            lowerIds.initializeElement(at: k, to: lowerID)
            hasHyphen.initializeElement(at: k, to: hyphen)
            entries += 1
        }
    }
}
