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
/// - Complexity: building is O(*c*) for *c* cues; ``match(at:_:end:bucket:)`` is O(1) for a
///   token no cue can start with, else O(*b* · *w*) for the *b* cues of its bucket of *w* words;
///   ``startsAny(_:)`` is O(*b*).
struct CueIndex: Sendable {
    /// One cue: the number of the list it comes from, and its words, `wordCount` of them from
    /// `firstWord` on in ``words``. Plain values, so that scanning a bucket copies no reference.
    private struct Entry: Sendable {
        var kind: Int32
        var wordCount: Int32
        var firstWord: Int32
    }

    /// One cue word: its bytes in ``bytes``, and whether it must match a whole token.
    private struct Word: Sendable {
        var start: Int32
        var end: Int32
        var whole: Bool
    }

    /// The cues of bucket `f` are `entries[bucketStart[f] ..< bucketStart[f + 1]]`, in the order
    /// of the lists: one flat array, and a bucket table small enough (``bucketCount`` entries)
    /// to stay in cache, so that testing a word costs no pointer chase.
    private let entries: [Entry]
    private let bucketStart: [Int32]
    private let words: [Word]
    private let bytes: [UInt8]

    /// The number of buckets (a power of two).
    static let bucketCount = 4096

    /// An index of several lists: a cue's *kind* is the position of its list, and where cues
    /// of several kinds match, the lowest kind wins; of one kind, the one listed first (so a
    /// longer phrase is listed before a shorter one it starts with).
    init(_ lists: [[String]]) {
        var out = [[Entry]](repeating: [], count: Self.bucketCount)
        var words: [Word] = []
        var bytes: [UInt8] = []
        for (kind, cues) in lists.enumerated() {
            for c in cues {
                let parts = c.split(separator: " ").map(String.init)
                guard let first = parts.first else { continue }
                let entry = Entry(kind: Int32(kind), wordCount: Int32(parts.count), firstWord: Int32(words.count))
                for (k, w) in parts.enumerated() {
                    // The first word of a cue of several words matches a whole token.
                    let whole = w.hasSuffix("$") || (k == 0 && parts.count > 1)
                    let text = w.hasSuffix("$") ? String(w.dropLast()) : w
                    words.append(Word(start: Int32(bytes.count), end: Int32(bytes.count + text.utf8.count), whole: whole))
                    bytes.append(contentsOf: text.utf8)
                }
                out[Self.bucket(first.hasSuffix("$") ? String(first.dropLast()) : first)].append(entry)
            }
        }
        entries = Array(out.joined())
        var start: [Int32] = [0]
        for b in out { start.append(start[start.count - 1] + Int32(b.count)) }
        bucketStart = start
        self.words = words
        self.bytes = bytes
    }

    /// The bucket of a token: a hash of its first three bytes (fewer for a shorter token).
    @inline(__always) static func bucket(_ word: String) -> Int {
        var it = word.utf8.makeIterator()
        let a = Int(it.next() ?? 0), b = Int(it.next() ?? 0), c = Int(it.next() ?? 0)
        return (a &* 961 &+ b &* 31 &+ c) & (bucketCount - 1)
    }

    /// The kind and number of words of the cue of the lowest kind that starts at token `i` and
    /// ends before `end`; `nil` when none does. `bucket` is `bucket(words[i])`.
    func match(at i: Int, _ tokens: [String], end: Int, bucket f: Int) -> (kind: Int, length: Int)? {
        let (from, to) = (Int(bucketStart[f]), Int(bucketStart[f + 1]))
        guard from < to else { return nil }
        var best: (kind: Int, length: Int)? = nil
        var first = tokens[i]
        first.withUTF8 { t in
            for entry in entries[from..<to] where i + Int(entry.wordCount) <= end && Int(entry.kind) < (best?.kind ?? Int.max) {
                guard matches(t, words[Int(entry.firstWord)]) else { continue }
                var ok = true
                for k in 1..<Int(entry.wordCount) where ok {
                    var token = tokens[i + k]
                    ok = token.withUTF8 { matches($0, words[Int(entry.firstWord) + k]) }
                }
                if ok { best = (Int(entry.kind), Int(entry.wordCount)) }
            }
        }
        return best
    }

    /// Whether some cue's first word matches the token `word` (so that a cue may start there).
    ///
    /// - Complexity: O(*b*) for the *b* cues of the bucket of `word`.
    func startsAny(_ word: String) -> Bool {
        let f = Self.bucket(word)
        let (from, to) = (Int(bucketStart[f]), Int(bucketStart[f + 1]))
        guard from < to else { return false }
        var word = word
        return word.withUTF8 { t in entries[from..<to].contains { matches(t, words[Int($0.firstWord)]) } }
    }

    /// Whether the token whose UTF-8 is `t` matches cue word `word`. Cues are ASCII, so a byte
    /// prefix is a word prefix (no Unicode comparison needed).
    @inline(__always) private func matches(_ t: UnsafeBufferPointer<UInt8>, _ word: Word) -> Bool {
        let (start, end) = (Int(word.start), Int(word.end))
        guard word.whole ? t.count == end - start : t.count >= end - start else { return false }
        for k in 0..<(end - start) where t[k] != bytes[start + k] { return false }
        return true
    }
}
