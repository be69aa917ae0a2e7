/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (after any closing quotes or brackets) when the next
/// token starts a new line, is capitalised, is a digit or an opening quote; and always at a
/// paragraph break (a blank line). Abbreviations and initials keep their period inside the word
/// token (see ``Tokenizer``), so "Mr. Blinken", "U.S. officials" and "Emily W. Murphy" do not
/// end a sentence; a dotted abbreviation such as "U.S." ends one only before a word that
/// usually starts sentences ("The", "He", "It"...).
///
/// A run of more than ``maxTokens`` tokens without a sentence end is cut after at most
/// ``maxTokens`` tokens, at the last comma, semicolon, colon or dash of the window's second half
/// when there is one.
///
/// A word token ends in "." only through the tokenizer's abbreviation rule, after an ASCII
/// letter, so testing its last byte equals testing its last Character.
///
/// - Complexity: O(*t*), where *t* is the number of tokens.
enum SentenceSplitter {
    static let closers: Set<String> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let openers: Set<String> = ["\"", "“", "‘", "(", "[", "«", "'"]
    /// Words that usually start a sentence (``WordLists/sentenceStarters``).
    static let starters: Set<String> = WordLists.shared.sentenceStarters

    /// Whether a punctuation token's text is `.`, `!`, `?` or `…`. A punctuation token is one
    /// scalar, and none of these four has a canonical decomposition, so comparing bytes gives
    /// the same answer as `==`.
    @inline(__always) static func isTerminator(_ text: String) -> Bool {
        let u = text.utf8
        switch u.count {
        case 1:
            let b = u.first
            return b == 0x2E || b == 0x21 || b == 0x3F
        case 3:
            return text == "…"
        default:
            return false
        }
    }

    /// Token index ranges of the sentences of `tokens`.
    static func split(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            var end = i + 1
            var boundary = false
            if kind == .punct, isTerminator(tokens[i].text) {
                // Closers and openers are all punctuation tokens.
                while end < tokens.count, tokens[end].kind == .punct, closers.contains(tokens[end].text),
                    tokens[end].newlinesBefore == 0
                {
                    end += 1
                }
                if end >= tokens.count {
                    boundary = true
                } else {
                    let n = tokens[end]
                    boundary =
                        n.newlinesBefore > 0 || n.isCapitalized || n.kind == .number
                        || (n.kind == .punct && openers.contains(n.text))
                }
            } else if kind == .word, end < tokens.count,
                tokens[end].isCapitalized,  // as every starter is; a cheap test first
                tokens[i].text.utf8.last == 0x2E, tokens[i].text.count > 2,
                starters.contains(tokens[end].text), tokens[i].text.dropLast().contains(".")
            {
                boundary = true
            }
            if !boundary, end < tokens.count, tokens[end].newlinesBefore >= 2 { boundary = true }
            // Text without sentence punctuation, or a sentence end followed by a long run of
            // closers: cut at the last soft break in the second half of the window, else at its
            // end, until what is left fits.
            while end - start > maxTokens || (!boundary && end - start >= maxTokens) {
                let limit = min(end, start + maxTokens)
                var cut = limit
                var k = limit - 1
                while k > start + maxTokens / 2 {
                    if tokens[k].kind == .punct, softBreaks.contains(tokens[k].text) || tokens[k].newlinesBefore > 0 {
                        cut = k + 1
                        break
                    }
                    k -= 1
                }
                out.append(start..<cut)
                start = cut
            }
            if boundary || end >= tokens.count {
                if end > start { out.append(start..<end) }
                start = end
            }
            i = end
        }
        return out
    }

    /// The most tokens a sentence may have: 200, about five times the longest sentences of news
    /// prose. Longer runs (lists, tables, text that lost its punctuation) are cut, so that the
    /// pairs linked per sentence, and the time to link them, stay bounded.
    static let maxTokens = 200
    /// Punctuation after which a long run is preferably cut.
    static let softBreaks: Set<String> = [",", ";", ":", "—", "–", "-"]
}
