/// Finds the longest known phrase that starts at a token, by token sequence.
///
/// Phrases are tokenised with ``Tokenizer`` so they split exactly as article text does
/// ("U.S." is one token, "China's" two). Matching is by exact token text, or by lower-cased
/// text when the matcher is case-insensitive.
///
/// - Complexity: building is O(total phrase length); a lookup is O(*k* · *l*), where *k* is the
///   number of phrases sharing the first token and *l* the longest of them.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirst: [String: [(tokens: [String], payload: Payload)]] = [:]
    /// Cheap pre-check of first tokens, so most tokens are rejected without hashing.
    private(set) var filter = TokenFilter()
    let caseInsensitive: Bool

    init(caseInsensitive: Bool) {
        self.caseInsensitive = caseInsensitive
    }

    /// Adds `phrase`; adding a phrase again replaces its payload (so later lexicons win).
    mutating func add(_ phrase: String, _ payload: Payload) {
        var toks = Tokenizer.tokenize(phrase).map(\.text)
        if caseInsensitive { toks = toks.map { $0.lowercased() } }
        guard let first = toks.first else { return }
        filter.insert(first)
        // In place (no copy of the list per phrase): the list stays sorted by decreasing
        // length, and a new phrase goes after those at least as long, which is where a stable
        // sort of the list with it appended puts it.
        byFirst[first, default: []].insertByLength((toks, payload))
    }

    /// The longest phrase starting at `i` and ending before `limit`, as (length, payload).
    func match(_ texts: [String], at i: Int, limit: Int) -> (length: Int, payload: Payload)? {
        guard filter.mightContain(texts[i]), let list = byFirst[texts[i]] else { return nil }
        for (toks, payload) in list where i + toks.count <= limit {
            var ok = true
            for k in 1..<max(1, toks.count) where texts[i + k] != toks[k] {
                ok = false
                break
            }
            if ok { return (toks.count, payload) }
        }
        return nil
    }

    /// The same phrases keyed by token ids of `vocab` (every phrase token is interned), with
    /// the same order of candidates, so ``IDPhraseMatcher`` finds exactly the same matches.
    func interned(into vocab: inout Vocabulary) -> IDPhraseMatcher<Payload> {
        var entries: [(first: Int32, list: [(tokens: [Int32], payload: Payload)])] = []
        for (first, list) in byFirst {
            let f = vocab.intern(first)
            entries.append((f, list.map { (t, p) in (t.map { vocab.intern($0) }, p) }))
        }
        return IDPhraseMatcher(entries: entries)
    }

    /// The first tokens of phrases that do not start with a capital letter (for ``matches``'s
    /// `capitalized` shortcut).
    var lowercaseStarts: Set<String> {
        Set(byFirst.keys.filter { !(($0.unicodeScalars.first?.properties.isUppercase) ?? false) })
    }

    /// Every non-overlapping longest match in `texts[range]`, left to right.
    /// - Parameter mayStart: when given, only positions where it is `true` are looked up (a
    ///   cheap pre-filter, such as "capitalised or a known lower-case phrase start").
    func matches(
        _ texts: [String], in range: Range<Int>, mayStart: [Bool]? = nil
    ) -> [(range: Range<Int>, payload: Payload)] {
        var out: [(Range<Int>, Payload)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let mayStart, !mayStart[i] {
                i += 1
                continue
            }
            if let m = match(texts, at: i, limit: range.upperBound) {
                out.append((i..<(i + m.length), m.payload))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }
}

/// A set-membership pre-check on (first byte, UTF-8 length) pairs: `false` means "certainly
/// not in the set", `true` means "look it up". It saves hashing the many tokens that cannot
/// start a phrase.
struct TokenFilter: Sendable {
    private var table = [Bool](repeating: false, count: 256 * 32)

    @inline(__always) private static func slot(_ s: String) -> Int {
        let u = s.utf8
        return Int(u.first ?? 0) * 32 + min(u.count, 31)
    }

    mutating func insert(_ s: String) { table[Self.slot(s)] = true }

    func mightContain(_ s: String) -> Bool { table[Self.slot(s)] }

    /// The union of two filters.
    func union(_ other: TokenFilter) -> TokenFilter {
        var out = self
        for i in out.table.indices where other.table[i] { out.table[i] = true }
        return out
    }
}

extension Array {
    /// Replaces any phrase with the same tokens as `entry`, then inserts `entry` after every
    /// phrase at least as long, keeping the array sorted by decreasing token count (what
    /// appending and a stable sort by decreasing count give).
    /// - Complexity: O(*k*) for *k* phrases in the array.
    fileprivate mutating func insertByLength<P>(_ entry: (tokens: [String], payload: P))
    where Element == (tokens: [String], payload: P) {
        removeAll { $0.tokens == entry.tokens }
        let at = firstIndex { $0.tokens.count < entry.tokens.count } ?? endIndex
        insert(entry, at: at)
    }
}
