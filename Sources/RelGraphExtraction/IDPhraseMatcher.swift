/// A ``PhraseMatcher`` whose phrases are sequences of ``Vocabulary`` ids: finds the longest
/// known phrase that starts at a token by comparing integers instead of strings.
///
/// ## Conventions
/// - Built by ``PhraseMatcher/interned(into:)``; candidates for one first token keep the
///   string matcher's order (longest first), so the matches are identical.
/// - Article tokens are given as ids from the same vocabulary; ``Vocabulary/unknown`` (-1)
///   never starts or continues a phrase.
///
/// - Complexity: a lookup is O(1) for a token that starts no phrase, else O(*k* · *l*) for *k*
///   phrases sharing the first token and *l* the longest of them.
struct IDPhraseMatcher<Payload: Sendable>: Sendable {
    /// For each first-token id, the range of its phrases in `phraseStart` (as `lo..<hi`), or
    /// an empty range.
    private var headLo: [Int32] = []
    private var headHi: [Int32] = []
    /// Phrase `p` has tokens `tokens[phraseStart[p]..<phraseStart[p + 1]]` and payload
    /// `payloads[p]`.
    private var phraseStart: [Int32] = [0]
    private var tokens: [Int32] = []
    private var payloads: [Payload] = []

    init(entries: [(first: Int32, list: [(tokens: [Int32], payload: Payload)])]) {
        let size = Int(entries.map(\.first).max() ?? -1) + 1
        headLo = [Int32](repeating: 0, count: size)
        headHi = [Int32](repeating: 0, count: size)
        for e in entries {
            headLo[Int(e.first)] = Int32(payloads.count)
            for (t, p) in e.list {
                tokens += t
                phraseStart.append(Int32(tokens.count))
                payloads.append(p)
            }
            headHi[Int(e.first)] = Int32(payloads.count)
        }
    }

    /// The longest phrase starting at `i` and ending before `limit`, as (phrase index, length).
    @inline(__always)
    private func find(_ ids: UnsafeBufferPointer<Int32>, at i: Int, limit: Int) -> (phrase: Int, length: Int)? {
        let first = Int(ids[i])
        guard first >= 0, first < headLo.count else { return nil }
        var p = Int(headLo[first])
        let hi = Int(headHi[first])
        while p < hi {
            let a = Int(phraseStart[p]), b = Int(phraseStart[p + 1])
            let n = b - a
            if i + n <= limit {
                var k = 1
                while k < n, ids[i + k] == tokens[a + k] { k += 1 }
                if k >= n { return (p, n) }
            }
            p += 1
        }
        return nil
    }

    /// The longest phrase starting at `i` and ending before `limit`, as (length, payload).
    func match(_ ids: [Int32], at i: Int, limit: Int) -> (length: Int, payload: Payload)? {
        ids.withUnsafeBufferPointer { buf in
            find(buf, at: i, limit: limit).map { ($0.length, payloads[$0.phrase]) }
        }
    }

    /// Whether some phrase starts with `id`.
    func startsPhrase(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < headLo.count && headLo[Int(id)] < headHi[Int(id)]
    }

    /// Every non-overlapping longest match in `ids[range]`, left to right, trying only the
    /// positions `candidates[cursor...]` below `range.upperBound` (ascending; every position
    /// where a phrase may start); advances `cursor` past them. The same matches as
    /// ``matches(_:in:mayStart:)`` when `candidates` holds every allowed start position.
    func matches(
        _ ids: [Int32], in range: Range<Int>, candidates: [Int32], cursor: inout Int
    ) -> [(range: Range<Int>, payload: Payload)] {
        // Built with the labelled element type, so that returning it is no array conversion.
        var out: [(range: Range<Int>, payload: Payload)] = []
        var next = range.lowerBound
        ids.withUnsafeBufferPointer { buf in
            while cursor < candidates.count {
                let i = Int(candidates[cursor])
                if i >= range.upperBound { break }
                cursor += 1
                if i < next { continue }
                if let m = find(buf, at: i, limit: range.upperBound) {
                    out.append((i..<(i + m.length), payloads[m.phrase]))
                    next = i + m.length
                }
            }
        }
        return out
    }

    /// Every match of ``matches(_:in:candidates:cursor:)`` for each of `sentences` in turn
    /// (consecutive ranges that cover the tokens), in one call: phrases never cross a sentence
    /// end. Each match carries the index of its sentence.
    /// - Complexity: O(*c* + *s*) lookups and steps for *c* candidates and *s* sentences.
    func matches(
        _ ids: [Int32], sentences: [Range<Int>], candidates: [Int32]
    ) -> [(range: Range<Int>, payload: Payload, sentence: Int)] {
        var out: [(range: Range<Int>, payload: Payload, sentence: Int)] = []
        guard !candidates.isEmpty else { return out }
        var s = 0
        var next = 0
        ids.withUnsafeBufferPointer { buf in
            for c in candidates {
                let i = Int(c)
                while s < sentences.count, sentences[s].upperBound <= i { s += 1 }
                guard s < sentences.count else { break }
                // A match ends inside its sentence, so `next` never skips a later sentence.
                if i < next { continue }
                if let m = find(buf, at: i, limit: sentences[s].upperBound) {
                    out.append((i..<(i + m.length), payloads[m.phrase], s))
                    next = i + m.length
                }
            }
        }
        return out
    }

    /// Every non-overlapping longest match in `ids[range]`, left to right.
    /// - Parameter mayStart: when given, only positions where it is `true` are looked up.
    func matches(
        _ ids: [Int32], in range: Range<Int>, mayStart: [Bool]? = nil
    ) -> [(range: Range<Int>, payload: Payload)] {
        // Built with the labelled element type, so that returning it is no array conversion.
        var out: [(range: Range<Int>, payload: Payload)] = []
        ids.withUnsafeBufferPointer { buf in
            var i = range.lowerBound
            while i < range.upperBound {
                if let mayStart, !mayStart[i] {
                    i += 1
                    continue
                }
                if let m = find(buf, at: i, limit: range.upperBound) {
                    out.append((i..<(i + m.length), payloads[m.phrase]))
                    i += m.length
                } else {
                    i += 1
                }
            }
        }
        return out
    }
}
