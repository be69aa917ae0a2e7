/// Eight bytes of the tokenizer's scan buffer read as one little-endian `UInt64`, and the
/// bytewise tests the tokenizer runs on such a word in parallel ("SWAR": SIMD within a
/// register). This is the only place in the tokenizer that reads memory through a raw pointer.
///
/// ## Safety
/// ``load(_:at:)`` reads `bytes[i..<i + 8]` without bounds checks. It is only called on the
/// buffer that `Tokenizer.scan` builds: the text's *n* UTF-8 bytes followed by eight zero bytes,
/// so `bytes.count == n + 8`. Every caller passes a position `i < n` (the start of a token, or
/// a byte inside one), hence `i + 8 <= n + 8` and the read stays inside the buffer. Bytes past
/// the end of the text read as zero, and ``load(_:at:count:)`` masks off everything after the
/// token, so the padding never changes a result. The `assert` states the bound in debug builds.
///
/// ## Conventions
/// A word holds byte `k` of the read in bits `8k..<8k + 8`. The tests return a word with bit 7
/// of byte `k` set when byte `k` passes; they require every byte to be below 0x80 (ASCII), so
/// that adding a constant to a byte never carries into the next one.
///
/// - Complexity: O(1) per call.
enum ByteWord {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte: the bit each test sets.
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` of the padded scan buffer (see the type's safety argument).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        assert(i >= 0 && i + 8 <= bytes.count, "read past the padded scan buffer")
        guard let base = bytes.baseAddress else { return 0 }
        return UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
    }

    /// The `count` bytes at `i` (1 ≤ `count` ≤ 8), zero above them: the key
    /// ``Vocabulary/id(shortASCII:count:)`` takes.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, count: Int) -> UInt64 {
        let w = load(bytes, at: i)
        return count < 8 ? w & ((1 << UInt64(8 * count)) - 1) : w
    }

    /// Bit 7 set in each byte of `w` that is 0x41...0x5A (A–Z). Requires ASCII bytes.
    @inline(__always)
    static func upperBits(_ w: UInt64) -> UInt64 {
        (w &+ 0x3F &* ones) & ~(w &+ 0x25 &* ones) & high
    }

    /// Bit 7 set in each byte of `w` that is 0x2D ("-"). Requires ASCII bytes.
    @inline(__always)
    static func hyphenBits(_ w: UInt64) -> UInt64 {
        ~((w ^ (0x2D &* ones)) &+ 0x7F &* ones) & high
    }

    /// `w` with A–Z lower-cased, given `upper == upperBits(w)` (0x80 >> 2 is 0x20, the case bit).
    @inline(__always)
    static func lowercased(_ w: UInt64, upper: UInt64) -> UInt64 {
        w | upper >> 2
    }

    /// How many bytes of `w` from its first on are ASCII letters or digits, and whether those
    /// include a letter, resp. a digit. Any byte may be given: each is first cut to its low
    /// seven bits, so no sum carries into the next byte, and bytes of 0x80 and above are then
    /// excluded by their high bit.
    @inline(__always)
    static func letterDigitRun(_ w: UInt64) -> (run: Int, letters: Bool, digits: Bool) {
        let y = w & ~high
        let t = y | 0x20 &* ones  // ASCII letters folded to lower case
        // Bit 7 of a byte: 0x61...0x7A after folding (a letter), resp. 0x30...0x39 (a digit).
        let letter = (t &+ 0x1F &* ones) & ~(t &+ 0x05 &* ones) & ~w & high
        let digit = (y &+ 0x50 &* ones) & ~(y &+ 0x46 &* ones) & ~w & high
        let stop = ~(letter | digit) & high
        let run = stop.trailingZeroBitCount >> 3  // 8 when no byte stops the run
        let mask: UInt64 = run == 8 ? ~0 : (1 << UInt64(8 * run)) - 1
        return (run, letter & mask != 0, digit & mask != 0)
    }
}
