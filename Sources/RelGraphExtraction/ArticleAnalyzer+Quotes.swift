/// Quotations and their speakers.
///
/// Definitions: a quotation runs from an opening mark (`"`, `“`, `«`) to its closing mark (`"`,
/// `”`, `»`) or to the end of the paragraph, and may span several sentences. Its speaker is the
/// one person named outside quotation marks in the sentences it touches (directly or through a
/// resolved pronoun: `Ruiz wrote that "…"`, `"…," she said`); with no such person, or more than
/// one, the quotation has no speaker. The speaker of a quotation
/// - is meant by every first-person word inside it (``WordLists/firstPerson``: "I", "me",
///   "my", "myself", "mine"), and
/// - is present in every later sentence of it (`Ruiz said: "We owe much to Vidal. He helped
///   us …"` relates Ruiz to Vidal in the second sentence too).
/// Both become implicit mentions: they link the speaker in the sentence and place the speaker
/// there for the tone of a pair (at the word, or at the start of a continued sentence), but are
/// not counted as mentions or aliases. "We" and "our" are left alone: they name a group.
///
/// - Complexity: O(*t* + *m*) for *t* tokens and *m* mentions of the article.
extension ArticleAnalyzer {
    /// One quotation: its token range (marks excluded) and the sentences it touches.
    struct Quotation {
        var tokens: Range<Int>
        var sentences: ClosedRange<Int>
    }

    /// The article's quotations, in text order.
    func quotations(sentences: [Range<Int>], tokens: [Token]) -> [Quotation] {
        var out: [Quotation] = []
        var openAt: (token: Int, sentence: Int)? = nil
        func close(at end: Int, sentence: Int) {
            if let o = openAt, o.token < end { out.append(Quotation(tokens: o.token..<end, sentences: o.sentence...sentence)) }
            openAt = nil
        }
        for (s, r) in sentences.enumerated() {
            for i in r {
                // A line break ends an unclosed quotation (quotations spanning paragraphs reopen).
                if tokens[i].newlinesBefore > 0, let o = openAt { close(at: i, sentence: max(o.sentence, s - 1)) }
                // Quotation marks are punctuation tokens starting with byte 0x22, 0xE2 or 0xC2.
                guard tokens[i].kind == .punct, let b = tokens[i].text.utf8.first, b == 0x22 || b == 0xE2 || b == 0xC2
                else { continue }
                switch tokens[i].text {
                case "\"": if openAt == nil { openAt = (i + 1, s) } else { close(at: i, sentence: s) }
                case "“", "«": if openAt == nil { openAt = (i + 1, s) }
                case "”", "»": close(at: i, sentence: s)
                default: break
                }
            }
        }
        if let o = openAt, let last = sentences.last { close(at: last.upperBound, sentence: max(o.sentence, sentences.count - 1)) }
        return out
    }

    /// Implicit mentions of each quotation's speaker (see the type's documentation).
    func quoteSpeakerMentions(_ mentions: [Mention], text: TokenizedText, sentences: [Range<Int>]) -> [Mention] {
        let tokens = text.tokens
        let quotes = quotations(sentences: sentences, tokens: tokens)
        guard !quotes.isEmpty else { return [] }
        // Person mentions (indices), and which quotation each token is in, if any.
        let people = mentions.indices.filter { mentions[$0].id.hasPrefix("person:") }
        var quoteOf = [Int32](repeating: -1, count: tokens.count)
        for (k, q) in quotes.enumerated() { for i in q.tokens { quoteOf[i] = Int32(k) } }
        var out: [Mention] = []
        for (k, q) in quotes.enumerated() {
            var speaker: String? = nil
            var ambiguous = false
            for p in people where q.sentences.contains(mentions[p].sentence) && quoteOf[mentions[p].range.lowerBound] == -1 {
                if speaker == nil { speaker = mentions[p].id } else if speaker != mentions[p].id { ambiguous = true }
            }
            guard !ambiguous, let speaker else { continue }
            for i in q.tokens where lex.vocab.has(text.lowerIds[i], .firstPerson) {
                let s = q.sentences.first { sentences[$0].contains(i) } ?? q.sentences.lowerBound
                out.append(Mention(id: speaker, sentence: s, range: i..<(i + 1), surface: "", implicit: true))
            }
            for s in q.sentences where s > q.sentences.lowerBound {
                let start = sentences[s].lowerBound
                guard quoteOf[start] == Int32(k) || (start + 1 < tokens.count && quoteOf[start + 1] == Int32(k)),
                    !people.contains(where: { mentions[$0].sentence == s && mentions[$0].id == speaker })
                else { continue }
                out.append(Mention(id: speaker, sentence: s, range: start..<start, surface: "", implicit: true))
            }
        }
        return out
    }
}
