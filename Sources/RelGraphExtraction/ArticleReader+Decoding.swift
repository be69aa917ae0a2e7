import Foundation

/// UTF-8 input: byte-order mark, validation and repair.
extension ArticleReader {
    /// The bytes of `data` without a UTF-8 byte-order mark, with invalid sequences replaced by
    /// U+FFFD, and the 1-based line of the first invalid byte (`nil` when the input is valid).
    /// - Complexity: O(*b*) for *b* bytes; valid input is checked eight bytes at a time while
    ///   it is ASCII and copied once.
    static func decode(_ data: Data) -> (bytes: [UInt8], badLine: Int?) {
        let skip = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let bytes = [UInt8](data.dropFirst(skip))
        guard let bad = bytes.withUnsafeBufferPointer(firstInvalidUTF8) else { return (bytes, nil) }
        let line = 1 + bytes[..<bad].count(where: { $0 == 0x0A })
        // The standard decoder replaces each maximal invalid subsequence and never swallows a
        // line feed, so line numbers stay the same.
        return (Array(String(decoding: bytes, as: UTF8.self).utf8), line)
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (no
    /// overlong forms, surrogates or code points above U+10FFFF), or `nil`.
    /// - Complexity: O(*b*) for *b* bytes.
    static func firstInvalidUTF8(_ buf: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = buf.count
        guard let base = buf.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = buf[i]
            if b < 0x80 {
                i += 1
                continue
            }
            func cont(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                i + k < n && range.contains(buf[i + k])
            }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = cont(1) ? 2 : 0
            case 0xE0: length = cont(1, 0xA0...0xBF) && cont(2) ? 3 : 0
            case 0xE1...0xEC, 0xEE...0xEF: length = cont(1) && cont(2) ? 3 : 0
            case 0xED: length = cont(1, 0x80...0x9F) && cont(2) ? 3 : 0
            case 0xF0: length = cont(1, 0x90...0xBF) && cont(2) && cont(3) ? 4 : 0
            case 0xF1...0xF3: length = cont(1) && cont(2) && cont(3) ? 4 : 0
            case 0xF4: length = cont(1, 0x80...0x8F) && cont(2) && cont(3) ? 4 : 0
            default: length = 0
            }
            if length == 0 { return i }
            i += length
        }
        return nil
    }
}
