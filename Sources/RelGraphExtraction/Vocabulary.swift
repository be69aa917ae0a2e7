import Foundation

/// Integer ids for every string the extractor ever compares tokens against, with a bitset of
/// word classes per id.
///
/// ## Conventions
/// - One vocabulary holds both case-sensitive forms ("Foreign", a government word) and
///   lower-case forms ("foreign", a role word); the flags belong to the exact string.
/// - A token that is not in the vocabulary has id ``unknown`` (-1); it has no flags and equals
///   no phrase token. So comparing ids gives the same answer as comparing strings, whenever
///   one side is a vocabulary string.
/// - Ids are dense, starting at 0, so that per-id tables are flat arrays.
///
/// - ASCII tokens are looked up in an open-addressing table over their UTF-8 bytes (built by
///   ``finish()``); other tokens in a `[String: Int32]`, which compares by canonical
///   equivalence like `String ==`. A non-ASCII key whose NFC form is ASCII (the Kelvin sign
///   "K") is entered in the byte table under that form, so both paths agree with `==`.
///
/// - Complexity: ``id(_:)`` is one hash lookup; ``has(_:_:)`` is O(1).
struct Vocabulary: Sendable {
    /// Word classes, one bit each.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let given = Flags(rawValue: 1 << 0)
        static let eastAsianSurname = Flags(rawValue: 1 << 1)
        static let orgWord = Flags(rawValue: 1 << 2)
        static let titleWord = Flags(rawValue: 1 << 3)
        static let functionWord = Flags(rawValue: 1 << 4)
        static let notNameWord = Flags(rawValue: 1 << 5)
        static let particle = Flags(rawValue: 1 << 6)
        static let roleWord = Flags(rawValue: 1 << 7)
        static let roleNoun = Flags(rawValue: 1 << 8)
        static let language = Flags(rawValue: 1 << 9)
        static let govWord = Flags(rawValue: 1 << 10)
        static let reportingVerb = Flags(rawValue: 1 << 11)
        static let pronoun = Flags(rawValue: 1 << 12)
        static let chainConnector = Flags(rawValue: 1 << 13)
        static let starter = Flags(rawValue: 1 << 14)
        /// First token of a case-sensitive phrase that is not capitalised ("al-Qaeda").
        static let lowercaseStart = Flags(rawValue: 1 << 15)
        /// First token of a phrase of the matcher of that name in ``CompiledLexicon``.
        static let startsTitle = Flags(rawValue: 1 << 16)
        static let startsPlace = Flags(rawValue: 1 << 17)
        static let startsOrganization = Flags(rawValue: 1 << 18)
        static let startsNamedOrganization = Flags(rawValue: 1 << 19)
        static let startsCountry = Flags(rawValue: 1 << 20)
        static let startsIssue = Flags(rawValue: 1 << 21)
        static let startsPerson = Flags(rawValue: 1 << 22)
        static let firstPerson = Flags(rawValue: 1 << 23)
        /// Tone words (``ToneLexicon``, ``ClauseTone``), on lower-case forms: a word that opens
        /// a clause after a comma, a negation, a negation of a subject ("neither", "nor"), and a
        /// word that some tone cue may start with (see ``ToneLexicon/mayStartCue(_:)``).
        static let clauseBreak = Flags(rawValue: 1 << 24)
        static let negation = Flags(rawValue: 1 << 25)
        static let subjectNegation = Flags(rawValue: 1 << 26)
        static let mayStartCue = Flags(rawValue: 1 << 27)
    }

    static let unknown: Int32 = -1

    private var table: [String: Int32] = [:]
    private var flagsByID: [Flags] = []
    /// One entry of the byte table. `meta` is 0 for an empty slot, else
    /// `(check << 32) | (id + 1)`, where `check` is 24 bits of the hash above the byte length
    /// (capped at 255); `head` is the key's first eight bytes, little-endian, zero-padded. So
    /// a key of at most eight bytes is compared within its slot (one cache line), and a
    /// longer one also with its bytes in `keys`.
    private struct Slot {
        var meta: UInt64 = 0
        var head: UInt64 = 0
    }

    /// Byte table (open addressing, linear probing); `keys` holds the bytes of ASCII keys back
    /// to back, id `i` at `keyStart[i]..<keyEnd[i]`.
    private var slots: [Slot] = []
    private var keyStart: [Int32] = []
    private var keyEnd: [Int32] = []
    private var keys: [UInt8] = []
    /// One bit per hash value (2^18 bits, 32 KiB): a clear bit means "not an ASCII key", which
    /// spares most unknown tokens a cache miss in `slots`.
    private var bloom: [UInt64] = []
    private static let bloomBits = 18
    /// Per id in the byte table (built by ``finish()``): the key as a `String` with exactly
    /// the key's bytes, and the id of those bytes with A–Z lower-cased (``unknown`` if none).
    /// Other ids hold "" and ``unknown``.
    private var asciiTexts: [String] = []
    private var asciiLowerIDs: [Int32] = []
    /// ``id(shortASCII:count:)`` of each one-byte string 0x00...0x7F.
    private var byteIDs: [Int32] = []

    /// How many strings have ids.
    var count: Int { flagsByID.count }

    /// The id of `s`, adding it if new.
    @discardableResult
    mutating func intern(_ s: String) -> Int32 {
        if let id = table[s] { return id }
        let id = Int32(flagsByID.count)
        table[s] = id
        flagsByID.append([])
        return id
    }

    /// Adds flag `f` to `id`.
    mutating func mark(_ id: Int32, _ f: Flags) { flagsByID[Int(id)].insert(f) }

    /// Adds every string of `words` with flag `f`.
    mutating func mark<S: Sequence<String>>(_ words: S, _ f: Flags) {
        for w in words {
            let id = intern(w)
            flagsByID[Int(id)].insert(f)
        }
    }

    /// Adds flag `f` to every id whose string passes `test`.
    ///
    /// - Complexity: O(*n*) tests for *n* strings.
    mutating func mark(_ f: Flags, where test: (String) -> Bool) {
        for (k, id) in table where test(k) { flagsByID[Int(id)].insert(f) }
    }

    /// Builds the byte table for ASCII lookups; call after the last ``intern(_:)``.
    mutating func finish() {
        var size = 64
        while size < table.count * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        keyStart = [Int32](repeating: 0, count: count)
        keyEnd = [Int32](repeating: 0, count: count)
        keys = []
        bloom = [UInt64](repeating: 0, count: (1 << Self.bloomBits) / 64)
        // Keys are read in place (no copy per key); a key that is not ASCII goes in by its NFC
        // form when that is ASCII, and not at all otherwise (`hashASCII` is nil).
        for (k, id) in table {
            var key = k
            let ascii = key.withUTF8 { insert($0, id: id) }
            if !ascii {
                var nfc = k.precomposedStringWithCanonicalMapping
                nfc.withUTF8 { _ = insert($0, id: id) }
            }
        }
        asciiTexts = [String](repeating: "", count: count)
        asciiLowerIDs = [Int32](repeating: Self.unknown, count: count)
        var lower: [UInt8] = []
        for slot in slots where slot.meta != 0 {
            let k = Int(slot.meta & 0xFFFF_FFFF) - 1
            let key = keys[Int(keyStart[k])..<Int(keyEnd[k])]
            asciiTexts[k] = String(decoding: key, as: UTF8.self)
            lower.removeAll(keepingCapacity: true)
            for b in key { lower.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            asciiLowerIDs[k] = lower.withUnsafeBufferPointer { id(ascii: $0) } ?? Self.unknown
        }
        byteIDs = (0..<128).map { id(shortASCII: UInt64($0), count: 1) }
    }

    /// Puts the ASCII `bytes` of id `id` into the byte table, unless an equal key is there
    /// already (it has the same id). `false` when `bytes` are not ASCII.
    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, id: Int32) -> Bool {
        guard let hash = Self.hashASCII(bytes) else { return false }
        let bit = Self.bloomBit(hash)
        bloom[bit >> 6] |= 1 << UInt64(bit & 63)
        let found = probe(bytes, hash: hash)
        if found.id >= 0 { return true }
        slots[found.slot] = Slot(meta: found.check << 32 | UInt64(id + 1), head: Self.head(bytes))
        keyStart[Int(id)] = Int32(keys.count)
        keys.append(contentsOf: bytes)
        keyEnd[Int(id)] = Int32(keys.count)
        return true
    }

    /// Whether ``finish()`` has built the byte table (and with it ``asciiText(_:)``,
    /// ``asciiLowerID(_:)`` and ``id(asciiByte:)``).
    var isFinished: Bool { !slots.isEmpty }

    /// For an id returned by a byte lookup (``id(ascii:)`` or ``id(shortASCII:count:)``, not
    /// ``unknown``): the string whose UTF-8 is exactly the bytes looked up. Requires
    /// ``isFinished``.
    ///
    /// - Complexity: O(1) (no string is built).
    @inline(__always) func asciiText(_ id: Int32) -> String { asciiTexts[Int(id)] }

    /// For an id returned by a byte lookup (not ``unknown``): the id of the looked-up bytes
    /// with A–Z lower-cased, which is ``id(_:)`` of `Tokenizer.lowercased` of the string.
    /// Requires ``isFinished``.
    ///
    /// - Complexity: O(1).
    @inline(__always) func asciiLowerID(_ id: Int32) -> Int32 { asciiLowerIDs[Int(id)] }

    /// ``id(shortASCII:count:)`` of the one-byte string `b` (below 0x80). Requires
    /// ``isFinished``.
    ///
    /// - Complexity: O(1).
    @inline(__always) func id(asciiByte b: UInt8) -> Int32 { byteIDs[Int(b)] }

    @inline(__always) private static func bloomBit(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: h >> 40) & ((1 << bloomBits) - 1)
    }

    /// A hash of `b` eight bytes at a time, or `nil` when `b` is not ASCII.
    @inline(__always) private static func hashASCII(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        let n = b.count
        var h = UInt64(n) &* k
        var high: UInt64 = 0
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= w
                h = (h ^ w) &* k
                h ^= h >> 32
                i += 8
            }
        }
        if i < n {
            var w: UInt64 = 0
            var s: UInt64 = 0
            while i < n {
                w |= UInt64(b[i]) << s
                s += 8
                i += 1
            }
            high |= w
            h = (h ^ w) &* k
            h ^= h >> 32
        }
        return high & 0x8080_8080_8080_8080 == 0 ? h : nil
    }

    /// The first eight bytes of `b`, little-endian, zero-padded.
    @inline(__always) private static func head(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = b.baseAddress else { return 0 }
        if b.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) }
        var w: UInt64 = 0
        for k in 0..<b.count { w |= UInt64(b[k]) << UInt64(8 * k) }
        return w
    }

    /// The slot holding `b` (with its id), or the empty slot where it would go (with id -1);
    /// `check` is what the slot's `meta` holds above the id; `h` is ``hashASCII(_:)`` of `b`.
    @inline(__always) private func probe(
        _ b: UnsafeBufferPointer<UInt8>, hash h: UInt64
    ) -> (slot: Int, id: Int32, check: UInt64) {
        probe(head: Self.head(b), count: b.count, hash: h, bytes: b)
    }

    /// ``probe(_:hash:)`` given the key's ``head(_:)`` and length; `bytes` is read only for a
    /// key longer than eight bytes.
    @inline(__always) private func probe(
        head: UInt64, count n: Int, hash h: UInt64, bytes b: UnsafeBufferPointer<UInt8>
    ) -> (slot: Int, id: Int32, check: UInt64) {
        let check = (h >> 40) << 8 | UInt64(min(n, 255))
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[i]
            if e.meta == 0 { return (i, -1, check) }
            if e.meta >> 32 == check, e.head == head {
                let id = Int(e.meta & 0xFFFF_FFFF) - 1
                if n <= 8 { return (i, Int32(id), check) }
                let a = Int(keyStart[id]), z = Int(keyEnd[id])
                if z - a == n {
                    var k = 8
                    while k < n, keys[a + k] == b[k] { k += 1 }
                    if k == n { return (i, Int32(id), check) }
                }
            }
            i = (i + 1) & mask
        }
    }

    /// The id of `s`, or ``unknown``.
    @inline(__always) func id(_ s: String) -> Int32 {
        if !slots.isEmpty,
            let r = s.utf8.withContiguousStorageIfAvailable({ b -> Int32? in
                guard let h = Self.hashASCII(b) else { return nil }
                let bit = Self.bloomBit(h)
                if bloom[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return Self.unknown }
                return probe(b, hash: h).id
            }), let r
        {
            return r
        }
        return table[s] ?? Self.unknown
    }

    /// The id of the string whose UTF-8 bytes are `b`, or ``unknown``; `nil` when `b` is not
    /// all ASCII (then ask ``id(_:)`` with the string). Equal to ``id(_:)`` of that string.
    @inline(__always) func id(ascii b: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let h = Self.hashASCII(b) else { return nil }
        if slots.isEmpty { return table[String(decoding: b, as: UTF8.self)] ?? Self.unknown }
        let bit = Self.bloomBit(h)
        if bloom[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return Self.unknown }
        return probe(b, hash: h).id
    }

    /// ``id(ascii:)`` of a string of `n` bytes (1 ≤ `n` ≤ 8) given as one word: its bytes
    /// little-endian, zero above the string, all below 0x80. The hash is the one
    /// ``hashASCII(_:)`` computes for such a string (a single, final word step).
    @inline(__always) func id(shortASCII word: UInt64, count n: Int) -> Int32 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = (UInt64(n) &* k ^ word) &* k
        h ^= h >> 32
        if slots.isEmpty {
            let s = String(unsafeUninitializedCapacity: n) { dst in
                for i in 0..<n { dst[i] = UInt8(truncatingIfNeeded: word >> UInt64(8 * i)) }
                return n
            }
            return table[s] ?? Self.unknown
        }
        let bit = Self.bloomBit(h)
        if bloom[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return Self.unknown }
        return probe(head: word, count: n, hash: h, bytes: UnsafeBufferPointer(start: nil, count: 0)).id
    }

    /// Whether `id` (possibly ``unknown``) has any flag of `f`.
    @inline(__always) func has(_ id: Int32, _ f: Flags) -> Bool {
        id >= 0 && !flagsByID[Int(id)].isDisjoint(with: f)
    }

    /// The flags of `id` (empty for ``unknown``).
    @inline(__always) func flags(_ id: Int32) -> Flags {
        id >= 0 ? flagsByID[Int(id)] : []
    }
}
