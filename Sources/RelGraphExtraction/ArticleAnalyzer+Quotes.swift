/// First-person words inside a quotation, resolved to the quotation's speaker.
///
/// Definition: in a sentence with quotation marks (`"…"`, `“…”`, `«…»`), the speaker is the one
/// person the sentence names outside the quotation (directly or through a resolved pronoun, as
/// in `Biden wrote that "… help me take this fight to Trump"` or `"…," she said`). Every "I",
/// "me", "my", "myself" or "mine" inside the quotation becomes an implicit mention of that
/// speaker: it links the speaker in the sentence and places them in it for the tone of a pair,
/// but is not counted as a mention or alias. With no person, or more than one, outside the
/// quotation nothing is resolved. "We" and "our" are left alone: they name a group.
///
/// - Complexity: O(*t* + *m*) for *t* tokens and *m* mentions of the article.
extension ArticleAnalyzer {
    static let firstPerson: Set<String> = ["i", "me", "my", "myself", "mine"]

    func quoteSpeakerMentions(
        _ mentions: [Mention], sentences: [Range<Int>], tokens: [Token], lowers: [String]
    ) -> [Mention] {
        var people = [[Mention]](repeating: [], count: sentences.count)
        for m in mentions where m.id.hasPrefix("person:") { people[m.sentence].append(m) }
        var out: [Mention] = []
        for (s, r) in sentences.enumerated() where !people[s].isEmpty {
            // Which tokens are inside a quotation; a straight quote toggles.
            var quoted = [Bool](repeating: false, count: r.count)
            var open = false, sawQuote = false
            for i in r {
                // Quotation marks are punctuation tokens starting with byte 0x22, 0xE2 or 0xC2.
                if tokens[i].kind == .punct, let b = tokens[i].text.utf8.first, b == 0x22 || b == 0xE2 || b == 0xC2 {
                    switch tokens[i].text {
                    case "\"": open.toggle(); sawQuote = true; continue
                    case "“", "«": open = true; sawQuote = true; continue
                    case "”", "»": open = false; sawQuote = true; continue
                    default: break
                    }
                }
                quoted[i - r.lowerBound] = open
            }
            guard sawQuote else { continue }
            let outside = Set(people[s].filter { !quoted[$0.range.lowerBound - r.lowerBound] }.map(\.id))
            guard outside.count == 1, let speaker = outside.first else { continue }
            for i in r where quoted[i - r.lowerBound] && Self.firstPerson.contains(lowers[i]) {
                out.append(Mention(id: speaker, sentence: s, range: i..<(i + 1), surface: "", implicit: true))
            }
        }
        return out
    }
}
