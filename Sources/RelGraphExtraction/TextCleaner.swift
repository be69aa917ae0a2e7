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
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static func clean(_ text: String) -> String {
        var paragraphs: [String] = []
        let normalized = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if isBoilerplate(trimmed) {
                paragraphs.append("")
                continue
            }
            paragraphs.append(String(line))
        }
        var cleaned = paragraphs.joined(separator: "\n")
        if cleaned.contains("MORE") { cleaned = removeTeasers(cleaned) }
        cleaned = splitGluedWords(cleaned)
        return stripDatelines(cleaned)
    }

    static func isBoilerplate(_ line: String) -> Bool {
        if line.isEmpty { return false }
        if isDateLine(line) { return true }
        let lower = line.lowercased()
        let exact: Set<String> = [
            "advertisement", "advertisements", "sponsored", "share this:", "share this", "share",
            "continue reading", "read more", "more", "getty images", "related", "related articles",
            "recommended", "watch:", "listen:", "follow us", "comments",
        ]
        if exact.contains(lower) { return true }
        let prefixes = [
            "read more", "related:", "related coverage", "see also:", "photo:", "photo credit", "(photo",
            "image:", "image credit", "(image", "caption:", "file photo", "sign up", "subscribe to",
            "click here", "follow us on", "copyright ©", "© ", "all rights reserved",
        ]
        if prefixes.contains(where: lower.hasPrefix) && line.count < 200 { return true }
        if line.count < 80, lower.hasSuffix("getty images") || lower.hasSuffix("/ reuters")
            || lower.hasSuffix("/ ap") || lower.hasSuffix("/ afp")
        { return true }
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
            if months.contains(w) { hasMonth = true }
            else if weekdays.contains(w) { continue }
            else if w.count == 4, w.allSatisfy(\.isNumber) { hasYear = true }
            else if w.count <= 2, w.allSatisfy(\.isNumber) { continue }
            else { return false }
        }
        return hasMonth && hasYear
    }

    /// Drops "CITY (Agency) — " at the start of a paragraph.
    static func stripDatelines(_ text: String) -> String {
        guard text.contains("—") || text.contains(" - ") || text.contains("–") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (k, line) in lines.enumerated() {
            for dash in [" — ", " – ", " - ", "— ", "-- "] {
                guard let r = line.range(of: dash), line.distance(from: line.startIndex, to: r.lowerBound) < 60
                else { continue }
                let head = line[..<r.lowerBound]
                let city = head.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                let letters = city.unicodeScalars.filter { $0.properties.isAlphabetic }
                if letters.count >= 3, letters.allSatisfy({ $0.properties.isUppercase }) {
                    lines[k] = String(line[r.upperBound...])
                }
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The index just after a lower-case letter that is directly followed by an upper-case one.
    static func glueRanges(_ s: Substring) -> [String.Index] {
        var out: [String.Index] = []
        var prevLower = false
        var prevPrevLetter = false
        for idx in s.indices {
            let c = s[idx]
            if c.isUppercase, prevLower, prevPrevLetter { out.append(idx) }
            prevPrevLetter = prevLower || c.isLetter
            prevLower = c.isLowercase
        }
        return out
    }

    static func removeTeasers(_ text: String) -> String {
        var out: [String] = []
        for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
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

    static func splitGluedWords(_ text: String) -> String {
        let glues = glueRanges(Substring(text))
        guard !glues.isEmpty else { return text }
        var standalone = Set<Substring>()
        for w in text.split(whereSeparator: { !$0.isLetter }) { standalone.insert(w) }
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
            let split = (weekdays.contains(String(right)) || months.contains(String(right)))
                || (left.count >= 3 && left.first!.isUppercase && standalone.contains(left)
                    && standalone.contains(right) && !standalone.contains(whole))
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
