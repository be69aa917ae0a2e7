/// A word, number or punctuation mark of a cleaned article, with its position.
struct Token: Sendable {
    /// What kind of token this is.
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// The exact surface text.
    var text: String
    /// Byte range in the UTF-8 text it came from.
    var start: Int
    var end: Int
    var kind: Kind
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// How many line breaks the whitespace before this token holds.
    var newlinesBefore: Int

    /// The lower-cased text, computed on demand.
    var lower: String { text.lowercased() }

    /// True for a word of two or more letters written entirely in capitals ("MORE", "NATO").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        // ASCII: only a-z are lower case, and bytes are scalars.
        let ascii = text.utf8.withContiguousStorageIfAvailable { buf -> Bool? in
            var lower = false
            for b in buf {
                if b >= 0x80 { return nil }
                if b >= 0x61 && b <= 0x7A { lower = true }
            }
            return buf.count > 1 && !lower
        }
        if let a = ascii, let a { return a }
        return text.unicodeScalars.count > 1 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }
}
