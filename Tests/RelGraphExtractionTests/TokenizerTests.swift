import Testing

@testable import RelGraphExtraction

@Suite struct TokenizerTests {
    func texts(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }

    @Test func abbreviationsInitialsAndDottedForms() {
        #expect(
            texts("Mr. Lee met U.S. and U.K. envoys in Washington, D.C. on Jan. 5.")
                == [
                    "Mr.", "Lee", "met", "U.S.", "and", "U.K.", "envoys", "in", "Washington", ",", "D.C.",
                    "on", "Jan.", "5", ".",
                ])
        #expect(texts("Emily W. Murphy") == ["Emily", "W.", "Murphy"])
    }

    @Test func possessivesApostrophesAndHyphens() {
        #expect(texts("Iran’s envoy and Beto O'Rourke's aide") == ["Iran", "'s", "envoy", "and", "Beto", "O'Rourke", "'s", "aide"])
        #expect(texts("Park Won-soon and COVID-19 in Côte d'Ivoire") == ["Park", "Won-soon", "and", "COVID-19", "in", "Côte", "d'Ivoire"])
    }

    @Test func numbersAndPunctuation() {
        #expect(
            texts("enriched to 3.67 percent, 1,200 tonnes at 8:00.") == [
                "enriched", "to", "3.67", "percent", ",", "1,200", "tonnes", "at", "8:00", ".",
            ])
        #expect(texts("“We agree,” she said — firmly…") == ["“", "We", "agree", ",", "”", "she", "said", "—", "firmly", "…"])
    }

    @Test func unicodeLettersAndCapitalisation() {
        let t = Tokenizer.tokenize("Łukasz Szumowski visited Gdańsk; 习近平 spoke")
        #expect(t.map(\.text) == ["Łukasz", "Szumowski", "visited", "Gdańsk", ";", "习近平", "spoke"])
        #expect(t[0].isCapitalized && t[1].isCapitalized && !t[2].isCapitalized)
    }

    @Test func newlinesAreCounted() {
        let t = Tokenizer.tokenize("One.\n\nTwo\nthree")
        #expect(t.map(\.newlinesBefore) == [0, 0, 2, 1])
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let t = Tokenizer.tokenize(s)
        return SentenceSplitter.split(t).map { r in r.map { t[$0].text }.joined(separator: " ") }
    }

    @Test func abbreviationsDecimalsAndInitialsDoNotEndSentences() {
        let s = sentences("Gen. Ortiz met Sen. Blake at No. 10 on Feb. 3. Output rose 2.5 percent. J. R. Dunn agreed.")
        #expect(s.count == 3)
        #expect(s[0].hasPrefix("Gen. Ortiz") && s[1].hasPrefix("Output") && s[2].hasPrefix("J."))
    }

    @Test func quotesStayWithTheirSentence() {
        let s = sentences("“We will talk,” he said. “Not now.” The envoy left.")
        #expect(s == ["“ We will talk , ” he said .", "“ Not now . ”", "The envoy left ."])
    }

    @Test func paragraphsAlwaysBreak() {
        #expect(sentences("A headline without a period\n\nThe body starts here.").count == 2)
    }

    @Test func dottedAbbreviationEndsASentenceBeforeAStarterWord() {
        #expect(sentences("Pressure mounted on the U.S. The talks failed.").count == 2)
        #expect(sentences("The U.S. Navy sailed.").count == 1)
    }
}
