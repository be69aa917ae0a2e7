import RelGraphCore

/// Character references: `&name;`, `&#decimal;`, `&#xhex;`.
extension HTMLParser {
    /// Named references decoded (the common ones in news pages; others are kept as written).
    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ensp": " ", "emsp": " ", "thinsp": " ", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "para": "¶", "sect": "§",
        "dagger": "†", "Dagger": "‡", "permil": "‰", "times": "×", "divide": "÷", "plusmn": "±",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "iexcl": "¡", "iquest": "¿",
        "ordf": "ª", "ordm": "º", "acute": "´", "uml": "¨", "cedil": "¸", "macr": "¯", "not": "¬",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å",
        "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ",
        "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "THORN": "Þ",
        "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä",
        "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð",
        "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö",
        "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "thorn": "þ", "yuml": "ÿ", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š",
        "Yuml": "Ÿ", "Zcaron": "Ž", "zcaron": "ž", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
        "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "pi": "π", "mu": "μ", "larr": "←", "rarr": "→", "uarr": "↑",
        "darr": "↓", "harr": "↔",
    ]

    /// Named references that old pages write without the semicolon.
    static let legacyNames: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// Code points 0x80–0x9F in numeric references, read as Windows-1252 (as browsers do).
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020,
        0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152,
        0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022,
        0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
        0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Decodes character references in `text` and turns no-break spaces into spaces.
    /// - Complexity: O(*b*) for *b* bytes.
    static func decodeText(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var k = 0
        while k < text.count {
            let b = text[k]
            if b == 0xC2, k + 1 < text.count, text[k + 1] == 0xA0 {
                out.append(0x20)
                k += 2
                continue
            }
            guard b == UInt8(ascii: "&"), let (scalar, length) = reference(text, at: k) else {
                out.append(b)
                k += 1
                continue
            }
            let s = scalar == "\u{A0}" ? " " : scalar
            if let encoded = UTF8.encode(s) { out.append(contentsOf: encoded) }
            k += length
        }
        return out
    }

    /// The character of the reference at `k` (an `&`) and its length in bytes, or `nil` when it
    /// is not a reference this decoder knows.
    static func reference(_ text: UnsafeBufferPointer<UInt8>, at k: Int) -> (Unicode.Scalar, Int)? {
        var j = k + 1
        guard j < text.count else { return nil }
        if text[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < text.count && text[j] | 0x20 == UInt8(ascii: "x")
            if hex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < text.count, j - digitsStart < 8 {
                guard
                    let d = hex
                        ? JSONScanner.hexValue(text[j])
                        : (text[j] >= 0x30 && text[j] <= 0x39 ? UInt32(text[j] - 0x30) : nil)
                else { break }
                value = value * (hex ? 16 : 10) + d
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < text.count, text[j] == UInt8(ascii: ";") { j += 1 }
            let mapped = windows1252[value] ?? value
            let scalar = mapped == 0 ? nil : Unicode.Scalar(mapped)
            return (scalar ?? "\u{FFFD}", j - k)
        }
        while j < text.count, j - k <= 32, isAlphanumeric(text[j]) { j += 1 }
        guard j > k + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: text[(k + 1)..<j]), as: UTF8.self)
        if j < text.count, text[j] == UInt8(ascii: ";") {
            guard let scalar = entities[name] else { return nil }
            return (scalar, j + 1 - k)
        }
        guard legacyNames.contains(name), let scalar = entities[name],
            j >= text.count || text[j] != UInt8(ascii: "=")
        else { return nil }
        return (scalar, j - k)
    }

    static func isAlphanumeric(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39)
    }
}
