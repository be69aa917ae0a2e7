import Testing

@testable import RelGraphExtraction

@Suite struct VocabularyTests {
    @Test func idsAgreeWithStringEquality() {
        var v = Vocabulary()
        v.mark(["Minister", "of", "Kelvin \u{212A}", "caf\u{E9}", "U.S."], .titleWord)
        v.finish()
        #expect(v.id("Minister") >= 0)
        #expect(v.id("Minister") == v.id(String("Mini") + "ster"))
        #expect(v.id("minister") == Vocabulary.unknown)
        #expect(v.id("") == Vocabulary.unknown)
        #expect(v.id("a very long token that spans several words") == Vocabulary.unknown)
        // Canonically equivalent spellings share an id, as they are equal Strings.
        #expect(v.id("Kelvin K") == v.id("Kelvin \u{212A}"))
        #expect(v.id("cafe\u{301}") == v.id("caf\u{E9}"))
        #expect(v.has(v.id("U.S."), .titleWord))
        #expect(!v.has(Vocabulary.unknown, .titleWord))
        #expect(!v.has(v.id("of"), .givenOrEastAsian))
    }

    @Test func idMatcherFindsTheSameMatchesAsTheStringMatcher() {
        var m = PhraseMatcher<Int>(caseInsensitive: false)
        m.add("United States", 1)
        m.add("United States of America", 2)
        m.add("United", 3)
        m.add("al-Qaeda", 4)
        var v = Vocabulary()
        let ids = m.interned(into: &v)
        v.finish()
        let texts = Tokenizer.tokenize("the United States of America and United Nations and al-Qaeda United States")
            .map(\.text)
        let tokenIDs = texts.map { v.id($0) }
        let expected = m.matches(texts, in: 0..<texts.count).map { "\($0.range) \($0.payload)" }
        #expect(ids.matches(tokenIDs, in: 0..<texts.count).map { "\($0.range) \($0.payload)" } == expected)
        let starts = tokenIDs.indices.filter { ids.startsPhrase(tokenIDs[$0]) }.map(Int32.init)
        var cursor = 0
        let viaCandidates = ids.matches(tokenIDs, in: 0..<texts.count, candidates: starts, cursor: &cursor)
        #expect(viaCandidates.map { "\($0.range) \($0.payload)" } == expected)
        #expect(expected == ["1..<5 2", "6..<7 3", "9..<10 4", "10..<12 1"])
    }

    /// `Tokenizer.tokenize(_:vocab:)` looks tokens up on their bytes (one word for up to eight
    /// bytes); every array must equal its string definition in `TokenizedText`.
    @Test func tokenizedTextAgreesWithItsStringDefinitions() {
        var v = Vocabulary()
        v.mark(
            [
                "the", "The", "U.S.", "al-Qaeda", "al-qaeda", "Minister", "minister", "ministers", "-", ",",
                "12345678", "ABCDEFGH", "abcdefgh", "Abcdefghi", "abcdefghi", "'s", "caf\u{E9}", "Kelvin",
            ], .titleWord)
        v.finish()
        let text =
            "The U.S. Minister's al-Qaeda AL-QAEDA ministers, 12345678 ABCDEFGH Abcdefghi "
            + "MINISTER café cafe\u{301} \u{212A}elvin Kelvin x-y-z a"
        let t = Tokenizer.tokenize(text, vocab: v)
        let texts = Tokenizer.tokenize(text).map(\.text)
        #expect(t.texts == texts)
        #expect(t.tokens.map(\.text) == texts)
        #expect(t.lowers == texts.map(Tokenizer.lowercased))
        #expect(t.ids == texts.map { v.id($0) })
        #expect(t.lowerIds == texts.map { v.id(Tokenizer.lowercased($0)) })
        #expect(t.hasHyphen == texts.map { $0.utf8.contains(0x2D) })
        let shout = texts.firstIndex(of: "AL-QAEDA")!
        #expect(t.ids[shout] == Vocabulary.unknown && t.lowerIds[shout] == v.id("al-qaeda") && t.hasHyphen[shout])
        #expect(t.ids[texts.firstIndex(of: "Abcdefghi")!] == v.id("Abcdefghi"))  // nine bytes: the long path
    }

    /// A text of more tokens than a quarter of its bytes (the room first made for them) is
    /// scanned again with room for all, with and without a vocabulary.
    @Test(arguments: [0, 1, 50, 300])
    func textsDenseInTokensAreTokenizedWhole(_ repeats: Int) {
        var v = Vocabulary()
        v.mark([",", "a", "The"], .titleWord)
        v.finish()
        let text = String(repeating: ",a;The's ", count: repeats) + String(repeating: "-", count: repeats)
        let t = Tokenizer.tokenize(text, vocab: v)
        let texts = Tokenizer.tokenize(text).map(\.text)
        #expect(texts.count == 6 * repeats)
        #expect(t.texts == texts && t.tokens.map(\.text) == texts)
        #expect(t.lowers == texts.map(Tokenizer.lowercased))
        #expect(t.ids == texts.map { v.id($0) } && t.lowerIds == texts.map { v.id(Tokenizer.lowercased($0)) })
        #expect(t.hasHyphen == texts.map { $0.utf8.contains(0x2D) })
    }
}

extension Vocabulary.Flags {
    static let givenOrEastAsian: Self = [.given, .eastAsianSurname]
}
