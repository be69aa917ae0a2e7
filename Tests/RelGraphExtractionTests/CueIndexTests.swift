import Testing

@testable import RelGraphExtraction

/// ``CueIndex``: prefix and whole-word cues, cues of several words, and precedence by kind.
@Suite struct CueIndexTests {
    let index = CueIndex([["heart attack"], ["attack$", "sign$"], ["attack", "signal"]])

    func match(_ text: String, at i: Int = 0) -> (kind: Int, length: Int)? {
        let tokens = text.split(separator: " ").map(String.init)
        return index.match(at: i, tokens, end: tokens.count, bucket: CueIndex.bucket(tokens[i]))
    }

    @Test func aWholeWordCueMatchesOnlyTheWord() {
        #expect(match("sign")?.kind == 1)
        #expect(match("signs") == nil)
        #expect(match("signals")?.kind == 2)  // the prefix cue "signal"
    }

    @Test func theLowestKindWinsAndPhrasesReportTheirLength() {
        #expect(match("attack")?.kind == 1)  // "attack$" (kind 1) over "attack" (kind 2)
        #expect(match("attackers")?.kind == 2)
        let phrase = match("heart attack")
        #expect(phrase?.kind == 0 && phrase?.length == 2)
        #expect(match("heart")?.kind == nil)  // the phrase cannot run past the end
        #expect(match("hearty attack") == nil)  // the first word of a phrase is whole
    }
}
