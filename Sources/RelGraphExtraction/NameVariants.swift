import Foundation

/// A key that spelling variants of one person's name share: transliterations ("Mohammed",
/// "Mohammad", "Muhammad"; "Zelensky", "Zelenskyy", "Zelenskiy"; "Sergei", "Sergey") and
/// diacritics ("José Ramírez", "Jose Ramirez"), so that they become one canonical person.
///
/// ## Definition
/// The key of a name is the keys of its words (split at spaces and hyphens), joined by spaces.
/// The key of a word is computed in steps:
/// 1. **Skeleton**: lower-cased, diacritics removed (canonical decomposition, combining marks
///    dropped) and letters without a decomposition folded (ø → o, ł → l, đ → d, ß → ss, ı → i),
///    anything but letters dropped: the idea of the confusable *skeleton* of Unicode
///    Technical Standard #39 (Unicode Security Mechanisms, §4), restricted to Latin letters.
/// 2. **Transliteration classes** (words of five or more letters only): vowels that
///    transliterations of Arabic, Cyrillic and other scripts write interchangeably fall
///    together (o, u → u; e, a → a; y → i), "ph" → "f", "dh" → "d", and the three letters
///    that write the Arabic qāf fall together (q, g, k → k: "Qaddafi", "Gaddafi", "Kadhafi"),
///    and a doubled letter counts once. This is the approach of phonetic keys such as NYSIIS (Taft, *Name Search
///    Techniques*, New York State Identification and Intelligence System, 1970), which maps
///    vowels to one class and collapses repeats, but keeps every consonant so that different
///    names stay apart.
/// 3. The Arabic article ("al", "el", "ul") is "al".
///
/// ## Conventions
/// Words of four or fewer letters keep their skeleton only: among short words a vowel is often
/// all that tells two names apart ("Dan"/"Den", "Bo"/"Bu", "Jon"/"Jan"). Two names are
/// variants when their keys are equal and they are not equal themselves.
///
/// - Complexity: O(*n*) for a name of *n* characters.
enum NameVariants {
    /// The variant key of `name` (see the type's discussion).
    static func key(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(16)
        func flush() {
            if letters.isEmpty { return }
            if !out.isEmpty { out.append(0x20) }
            appendWordKey(letters, to: &out)
            letters.removeAll(keepingCapacity: true)
        }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the skeleton is the lower-cased letters.
            for b in name.utf8 {
                if b == 0x20 || b == 0x2D {
                    flush()
                } else if b >= 0x61 && b <= 0x7A {
                    letters.append(Unicode.Scalar(b))
                } else if b >= 0x41 && b <= 0x5A {
                    letters.append(Unicode.Scalar(b + 0x20))
                }
            }
        } else {
            for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                letters = skeleton(word)
                flush()
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// The key of one word.
    static func wordKey(_ word: Substring) -> String {
        var out: [UInt8] = []
        appendWordKey(skeleton(word), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 key of the word whose skeleton is `letters` to `out` (steps 2 and 3).
    static func appendWordKey(_ letters: [Unicode.Scalar], to out: inout [UInt8]) {
        func put(_ c: Unicode.Scalar) {
            if c.isASCII {
                out.append(UInt8(c.value))
            } else {
                out.append(contentsOf: UTF8.encode(c)!)
            }
        }
        if letters.count == 2, letters[1] == "l", letters[0] == "a" || letters[0] == "e" || letters[0] == "u" {
            out += [0x61, 0x6C]  // "al"
            return
        }
        guard letters.count >= 5 else {
            for c in letters { put(c) }
            return
        }
        var last: Unicode.Scalar?
        var i = 0
        while i < letters.count {
            var c = letters[i]
            if c == "p", i + 1 < letters.count, letters[i + 1] == "h" {
                c = "f"
                i += 1
            } else if c == "d", i + 1 < letters.count, letters[i + 1] == "h" {
                i += 1
            }
            switch c {
            case "o", "u": c = "u"
            case "e", "a": c = "a"
            case "y": c = "i"
            case "q", "g": c = "k"
            default: break
            }
            if last != c { put(c) }
            last = c
            i += 1
        }
    }

    /// Whether `name` is a misspelling of `other`: the same number of words, all equal but one
    /// pair of five or more letters each, which differ by one edit (a letter inserted, deleted or
    /// replaced) or one transposition of neighbours ("Rodrigeuz"/"Rodriguez"): the restricted
    /// Damerau–Levenshtein distance 1 (Damerau, "A technique for computer detection and
    /// correction of spelling errors", *Communications of the ACM* 7(3), 1964), which covers
    /// about 80 % of typing errors.
    ///
    /// - Complexity: O(*n*) for names of *n* characters.
    static func isMisspelling(_ name: String, of other: String) -> Bool {
        isMisspelling(name.split(separator: " ").map(String.init), of: other.split(separator: " ").map(String.init))
    }

    /// ``isMisspelling(_:of:)`` for names given as their words.
    static func isMisspelling(_ a: [String], of b: [String]) -> Bool {
        guard a.count == b.count, a.count >= 2 else { return false }
        var differing: (String, String)?
        for (x, y) in zip(a, b) where x != y {
            if differing != nil { return false }
            differing = (x, y)
        }
        guard let (x, y) = differing else { return false }
        let u = Array(x.unicodeScalars), v = Array(y.unicodeScalars)
        guard u.count >= 5, v.count >= 5 else { return false }
        return withinOneEdit(u, v)
    }

    /// Whether `u` and `v` differ by at most one insertion, deletion, substitution or
    /// transposition of neighbours.
    ///
    /// - Complexity: O(*n*).
    static func withinOneEdit(_ u: [Unicode.Scalar], _ v: [Unicode.Scalar]) -> Bool {
        if abs(u.count - v.count) > 1 { return false }
        var i = 0
        while i < min(u.count, v.count), u[i] == v[i] { i += 1 }
        if i == u.count && i == v.count { return true }
        if u.count == v.count {
            // substitution, or transposition of i and i + 1
            if u[(i + 1)...] == v[(i + 1)...] { return true }
            return i + 1 < u.count && u[i] == v[i + 1] && u[i + 1] == v[i] && u[(i + 2)...] == v[(i + 2)...]
        }
        // one insertion or deletion
        return u.count > v.count ? u[(i + 1)...] == v[i...] : u[i...] == v[(i + 1)...]
    }

    /// The lower-case letters of `word` without diacritics (step 1); ASCII words take a fast
    /// path on their bytes.
    static func skeleton(_ word: Substring) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var ascii = true
        for b in word.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b >= 0x61 && b <= 0x7A {
                out.append(Unicode.Scalar(b))
            } else if b >= 0x41 && b <= 0x5A {
                out.append(Unicode.Scalar(b + 0x20))
            }
        }
        if ascii { return out }
        out.removeAll()
        for s in String(word).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.properties.generalCategory == .nonspacingMark { continue }
            switch s {
            case "ø": out.append("o")
            case "ł": out.append("l")
            case "đ": out.append("d")
            case "ı": out.append("i")
            case "ß": out += ["s", "s"]
            case "æ": out += ["a", "e"]
            case "œ": out += ["o", "e"]
            default:
                if s.properties.isAlphabetic { out.append(s) }
            }
        }
        return out
    }
}
