import Testing

@testable import RelGraphExtraction

@Suite struct ReadingShortcutTests {
    @Test func phraseMatcherKeepsLongerPhrasesFirstAndLaterPayloads() {
        var m = PhraseMatcher<Int>(caseInsensitive: false)
        m.add("South Korea", 1)
        m.add("South", 2)
        m.add("South Sudan", 3)
        m.add("South Korea", 4)  // replaces 1, and goes after South Sudan (same length)
        m.add("South Georgia Island", 5)
        let texts = ["South", "Korea", "and", "South", "Sudan", "South", "Georgia", "Island", "South"]
        let found = m.matches(texts, in: 0..<texts.count)
        #expect(found.map(\.range) == [0..<2, 3..<5, 5..<8, 8..<9])
        #expect(found.map(\.payload) == [4, 3, 5, 2])
    }

    @Test func fieldNamesIgnoreCaseAndSurroundingSpace() {
        #expect(FieldNames.normalized("Title") == "title")
        #expect(FieldNames.normalized(" Body\t") == "body")
        #expect(FieldNames.normalized("\u{00A0}Text") == "text")  // no-break space is white space
        #expect(FieldNames.normalized("ÉTÉ") == "été")
        #expect(FieldNames.firstMatch(["text", "body"], in: ["id", " BODY "]) == 1)
    }

    @Test func kindSeparatorIsTheFirstColon() throws {
        for id in ["person:Xi Jinping", "country:USA", "issue:trade: tariffs", "person:", "person:\u{301}x", "nocolon"] {
            #expect(ArticleAnalyzer.kindSeparator(id) == id.firstIndex(of: ":"), "\(id)")
        }
        let id = "org:NATO"
        #expect(id[..<(try #require(ArticleAnalyzer.kindSeparator(id)))] == "org")
    }
}
