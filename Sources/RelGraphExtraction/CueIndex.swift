/// A list of cue phrases matched on lower-cased word tokens, indexed for a test per token that
/// costs one table load for most words.
///
/// Definition: a cue is one or more space-separated words. A cue word matches a token by prefix
/// ("condemn" matches "condemned", "condemnation"); a cue word ending in `$` must match the
/// whole token. In a cue of several words the first word must match its token whole.
///
/// Convention: cues are ASCII, so a byte prefix is a word prefix; they are bucketed by a hash of
/// the first three bytes of their first word (every prefix cue has at least three; shorter
/// words are hashed whole, and only match exact cues).
///
/// - Complexity: building is O(*c*) for *c* cues; ``matches(at:_:end:)`` is O(1) for a token no
///   cue can start with, else O(*b* · *w*) for the *b* cues of its bucket of *w* words.
struct CueIndex: Sendable {
    private let buckets: [[[String]]]
    /// Which buckets hold any cue, so that most words cost one byte load.
    private let hasCue: [Bool]

    init(_ cues: [String]) {
        var out = [[[String]]](repeating: [], count: 65536)
        for c in cues {
            let words = c.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            out[Self.bucket(first.hasSuffix("$") ? String(first.dropLast()) : first)].append(words)
        }
        buckets = out
        hasCue = out.map { !$0.isEmpty }
    }

    @inline(__always) static func bucket(_ word: String) -> Int {
        var it = word.utf8.makeIterator()
        let a = Int(it.next() ?? 0), b = Int(it.next() ?? 0), c = Int(it.next() ?? 0)
        return (a &* 961 &+ b &* 31 &+ c) & 0xFFFF
    }

    /// Whether some cue's first word hashes to `bucket` (``bucket(_:)``).
    @inline(__always) func holds(_ bucket: Int) -> Bool { hasCue[bucket] }

    /// Whether a cue starts at token `i` of `words` and ends before `end`; `bucket` is
    /// `bucket(words[i])`.
    func matches(at i: Int, _ words: [String], end: Int, bucket f: Int) -> Bool {
        length(at: i, words, end: end, bucket: f) > 0
    }

    /// The number of words of the first cue that starts at token `i` and ends before `end`, 0
    /// when none does (as ``matches(at:_:end:bucket:)``).
    func length(at i: Int, _ words: [String], end: Int, bucket f: Int) -> Int {
        guard hasCue[f] else { return 0 }
        for cue in buckets[f] where i + cue.count <= end {
            var ok = Self.matchesWord(words[i], cue[0])
            if cue.count > 1 {
                ok = ok && words[i] == cue[0]
                for k in 1..<cue.count where ok { ok = Self.matchesWord(words[i + k], cue[k]) }
            }
            if ok { return cue.count }
        }
        return 0
    }

    private static func matchesWord(_ word: String, _ cue: String) -> Bool {
        cue.hasSuffix("$") ? word == cue.dropLast() : word.utf8.starts(with: cue.utf8)
    }
}
