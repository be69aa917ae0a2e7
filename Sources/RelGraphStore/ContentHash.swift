/// A stable fingerprint of an article's content, used to tell whether an article that is added
/// again has changed.
///
/// The digest is the 64-bit FNV-1a hash of the UTF-8 bytes of `title + "\n" + date + "\n" +
/// text` (a missing field counts as the empty string), written as 16 lowercase hexadecimal
/// digits. It depends on nothing but those bytes, so the same article has the same hash in
/// every run and on every machine. It is not cryptographic: it detects edits, not tampering.
///
/// ## Reference
/// Fowler, Glenn, Landon Curt Noll, Kiem-Phong Vo, Donald Eastlake, and Tony Hansen. "The FNV
/// Non-Cryptographic Hash Algorithm." IETF Internet-Draft draft-eastlake-fnv (2024).
/// https://datatracker.ietf.org/doc/draft-eastlake-fnv/ (offset basis 0xcbf29ce484222325,
/// prime 0x100000001b3).
public enum ContentHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The digest of an article's title, date and text; see the type's discussion.
    /// - Complexity: O(*k*), where *k* is the total length of the three fields in bytes.
    public static func digest(title: String?, date: String?, text: String?) -> String {
        var h = fnv1a((title ?? "").utf8)
        h = fnv1a("\n".utf8, from: h)
        h = fnv1a((date ?? "").utf8, from: h)
        h = fnv1a("\n".utf8, from: h)
        h = fnv1a((text ?? "").utf8, from: h)
        return hex(h)
    }

    /// The 64-bit FNV-1a hash of `bytes`, continuing from the state `h` (the offset basis to
    /// start afresh).
    /// - Complexity: O(*k*), where *k* is the number of bytes.
    static func fnv1a<S: Sequence<UInt8>>(_ bytes: S, from h: UInt64 = offsetBasis) -> UInt64 {
        var h = h
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// `value` as 16 lowercase hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
