import GraphTestSupport
import Testing

@testable import RelGraphCore

@Suite struct NameInternerTests {
    /// Interns `name` through its UTF-8 bytes.
    static func intern(_ name: String, _ interner: inout NameInterner) -> Int {
        var name = name
        return name.withUTF8 { interner.intern($0) }
    }

    @Test func numbersDistinctNamesFirstSeenFirst() {
        var interner = NameInterner(capacity: 1)
        let input = ["b", "a", "b", "", "Zoë", "a", "ab", "ba", ""]
        let numbers = input.map { Self.intern($0, &interner) }
        #expect(numbers == [0, 1, 0, 2, 3, 1, 4, 5, 2])
        #expect(interner.count == 6)
        #expect(interner.names() == ["b", "a", "", "Zoë", "ab", "ba"])
    }

    @Test func agreesWithADictionaryThroughManyGrowths() {
        // 20,000 names from a small alphabet: many share prefixes, lengths and hash slots.
        var rng = SeededRandom(seed: 11)
        var interner = NameInterner()
        var reference: [String: Int] = [:]
        var order: [String] = []
        for _ in 0..<60_000 {
            let length = Int.random(in: 0...6, using: &rng)
            let name = String((0..<length).map { _ in "abcé".randomElement(using: &rng)! })
            let expected = reference[name] ?? order.count
            if reference[name] == nil {
                reference[name] = expected
                order.append(name)
            }
            #expect(Self.intern(name, &interner) == expected)
        }
        #expect(interner.names() == order)
        #expect(order.count > 1_000)
    }
}
