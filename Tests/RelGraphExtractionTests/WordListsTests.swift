import Foundation
import Testing

@testable import RelGraphExtraction

@Suite struct WordListsTests {
    /// Every key of `words.json` decodes, once, into a non-empty list, and every list has a key.
    @Test func bundledWordListsLoadAndAreNotEmpty() throws {
        let words = try WordLists.bundled.get()
        let mirror = Mirror(reflecting: words)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RelGraphExtraction/Resources/words.json").standardized
        let keys = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: url)).keys
        #expect(mirror.children.count == keys.count)
        #expect(Set(mirror.children.compactMap(\.label)) == Set(keys))
        for child in mirror.children {
            let count = (child.value as? Set<String>)?.count ?? (child.value as? [String])?.count
            #expect(count ?? 0 > 0, "empty or unexpected list \(child.label ?? "?")")
        }
        #expect(WordLists.shared.functionWords == words.functionWords)
    }

    /// The resource holds each word once per list, and no word is both a function word and a
    /// not-name word (``ArticleAnalyzer`` tests both flags together).
    @Test func wordsJSONHasNoDuplicates() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RelGraphExtraction/Resources/words.json").standardized
        let lists = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: url))
        for (name, list) in lists {
            #expect(Set(list).count == list.count, "duplicates in \(name)")
        }
        let words = try WordLists.bundled.get()
        #expect(words.functionWords.isDisjoint(with: words.notNameWords))
    }

    /// The tokenizer's word-at-a-time abbreviation test agrees with the list for every entry.
    @Test func everyAbbreviationKeepsItsPeriod() {
        for a in WordLists.shared.abbreviations {
            let tokens = Tokenizer.tokenize("x \(a). y")
            #expect(tokens.map(\.text).contains("\(a)."), "\(a)")
        }
    }
}
