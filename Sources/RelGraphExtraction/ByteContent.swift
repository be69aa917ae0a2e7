import Foundation

/// What the bytes of an input file are before they are read as articles: text in UTF-8,
/// text in UTF-16 (to be transcoded), or not text at all (an image, an archive, a program).
///
/// ## Conventions
/// - *UTF-16* is recognised by its byte-order mark (FF FE little-endian, FE FF big-endian), or
///   without one when, in the first 4 KiB, nine in ten of the bytes at odd (little-endian) or
///   even (big-endian) offsets are 0 and no more than one in ten of the others are: the shape
///   of mostly-ASCII text in UTF-16.
/// - *Not text*: a file that starts with the signature of a common binary format (PNG, JPEG,
///   GIF, PDF, ZIP and the office formats built on it, gzip, bzip2, xz, 7-Zip, ELF, SQLite,
///   WAV/AVI/WebP), or any other file whose first 4 KiB are more than 10 % NUL bytes. Text never
///   holds NUL; a few stray NUL bytes in text are removed and reported instead.
///
/// - Complexity: O(1) to classify (at most 4 KiB are looked at); O(*b*) to transcode or to
///   remove NUL bytes from *b* bytes.
enum ByteContent: Equatable {
    /// UTF-8 (or ASCII) text, possibly with stray NUL bytes.
    case utf8
    /// UTF-16 text, little- or big-endian, with or without a byte-order mark.
    case utf16(bigEndian: Bool, bom: Bool)
    /// Not text; the name of what it looks like ("PNG image", "binary data").
    case binary(String)

    /// How many leading bytes are looked at.
    static let window = 4096

    /// Binary signatures: leading bytes and what they mean.
    static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"), (Array("GIF89a".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("SQLite format 3".utf8) + [0], "SQLite database"),
    ]

    /// Signatures that could also start a text, checked with the bytes that follow them: bzip2
    /// ("BZh" and a block-size digit) and RIFF media ("RIFF", a size, then "WAVE", "AVI " or
    /// "WEBP").
    static func ambiguousSignature(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(12))
        if head.count >= 4, head.starts(with: Array("BZh".utf8)), (0x31...0x39).contains(head[3]) {
            return "bzip2 archive"
        }
        if head.count == 12, head.starts(with: Array("RIFF".utf8)),
            ["WAVE", "AVI ", "WEBP"].contains(where: { Array($0.utf8) == Array(head[8..<12]) })
        {
            return "RIFF media file"
        }
        return nil
    }

    /// Classifies `data` (see the type's conventions).
    static func classify(_ data: Data) -> ByteContent {
        if data.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false, bom: true) }
        if data.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true, bom: true) }
        for (signature, name) in signatures where data.starts(with: signature) { return .binary(name) }
        if let name = ambiguousSignature(data) { return .binary(name) }
        let head = data.prefix(window)
        guard head.count >= 2 else { return .utf8 }
        var zeros = (even: 0, odd: 0)
        for (k, b) in head.enumerated() where b == 0 {
            if k & 1 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let half = Double(head.count / 2)
        if Double(zeros.odd) >= 0.9 * half, Double(zeros.even) <= 0.1 * half { return .utf16(bigEndian: false, bom: false) }
        if Double(zeros.even) >= 0.9 * half, Double(zeros.odd) <= 0.1 * half { return .utf16(bigEndian: true, bom: false) }
        if Double(zeros.even + zeros.odd) > 0.1 * Double(head.count) { return .binary("binary data") }
        return .utf8
    }

    /// `data` in UTF-16 (`bigEndian` or not, after a byte-order mark when `bom`) as UTF-8, with
    /// unpaired surrogates and an odd last byte replaced by U+FFFD.
    static func utf8(fromUTF16 data: Data, bigEndian: Bool, bom: Bool) -> Data {
        let bytes = [UInt8](data.dropFirst(bom ? 2 : 0))
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var k = 0
        while k + 1 < bytes.count {
            let (hi, lo) = bigEndian ? (bytes[k], bytes[k + 1]) : (bytes[k + 1], bytes[k])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            k += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text.append("\u{FFFD}") }
        return Data(text.utf8)
    }

    /// `data` without NUL bytes, the number removed and the 1-based line of the first one
    /// (`nil` when there was none).
    static func removingNUL(_ data: Data) -> (data: Data, removed: Int, line: Int?) {
        let found = data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        guard let offset = found else { return (data, 0, nil) }
        let first = data.startIndex + offset
        let line = 1 + data[data.startIndex..<first].count(where: { $0 == 0x0A })
        let kept = data.filter { $0 != 0 }
        return (kept, data.count - kept.count, line)
    }
}
