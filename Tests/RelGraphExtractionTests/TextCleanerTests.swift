import Testing

@testable import RelGraphExtraction

@Suite struct TextCleanerTests {
    @Test func relatedHeadlineTeaserGluedIntoAParagraphIsRemoved() {
        // Our own example of the pattern: a name run into a teaser of unrelated headlines.
        let raw =
            "Trade envoy Maria CostaMaria CostaMonday briefing - Lopez slams port fees and Kenya "
            + "Costa says tariffs will stay after deal with Peru MORE met her Chilean counterpart on Tuesday."
        let cleaned = TextCleaner.clean(raw)
        #expect(cleaned == "Trade envoy Maria Costa met her Chilean counterpart on Tuesday.")
    }

    @Test func gluedWordsAreSplitWhenTheirPartsStandAlone() {
        let raw = "Envoy Costa spoke. Later CostaTuesday said more. The firm YouTube grew."
        let cleaned = TextCleaner.clean(raw)
        #expect(cleaned.contains("Costa Tuesday"))
        #expect(cleaned.contains("YouTube"))
    }

    @Test func boilerplateLinesAndDatelinesGo() {
        let raw = """
            Friday, March 5, 2021

            Advertisement
            LIMA (Wire) — Ministers met on Friday.
            Photo: a file picture of the port
            Read more: other stories
            The talks went on.
            """
        let cleaned = TextCleaner.clean(raw)
        #expect(!cleaned.contains("Friday, March 5"))
        #expect(!cleaned.contains("Advertisement"))
        #expect(!cleaned.contains("Photo"))
        #expect(!cleaned.contains("Read more"))
        #expect(cleaned.contains("Ministers met on Friday."))
        #expect(!cleaned.contains("LIMA"))
        #expect(cleaned.contains("The talks went on."))
    }

    @Test func dateLines() {
        #expect(TextCleaner.isDateLine("Sunday, January 6, 2019"))
        #expect(TextCleaner.isDateLine("6 January 2019"))
        #expect(TextCleaner.isDateLine("2019-01-06"))
        #expect(!TextCleaner.isDateLine("January was cold in 2019 for everyone"))
    }

    @Test func glueRangesAndLinesMatchABytewiseScanAtEveryOffset() {
        // Glue candidates and line breaks in each lane of an 8-byte word, next to non-ASCII bytes.
        let pieces = ["aB", "abC", "éX", "a\nB", "Ab", "xY", "\n", "ÀbcD", "zzZ", " ", "q"]
        for shift in 0..<9 {
            var text = String(repeating: "k", count: shift)
            for (k, p) in pieces.enumerated() { text += String(repeating: p, count: k % 3 + 1) }
            let bytes = Array(text.utf8)
            var expected: [Int] = []
            for k in 2..<bytes.count {
                let (c, prev, prevPrev) = (bytes[k], bytes[k - 1], bytes[k - 2] | 0x20)
                if c >= 0x41, c <= 0x5A, prev >= 0x61, prev <= 0x7A, prevPrev >= 0x61, prevPrev <= 0x7A {
                    expected.append(k)
                }
            }
            let found = TextCleaner.glueRanges(Substring(text)).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            #expect(found == expected)
            #expect(
                TextCleaner.splitLines(text).map(String.init)
                    == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
