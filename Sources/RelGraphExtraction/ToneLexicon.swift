import RelGraphCore

/// Classifies the tone of a sentence, or of a part of one, from cue words.
///
/// A sentence (or part) is `cooperation` when it has more cooperation cues than conflict cues,
/// `conflict` when it has more conflict cues, and `neutral` otherwise. Cues are matched on
/// lower-cased word tokens by prefix ("condemn" matches "condemned", "condemnation"; a cue
/// ending in `$` must match the whole word); a negation ("not", "never", "no", "refused to",
/// "n't") within the three preceding tokens flips a cooperation cue into a conflict cue.
/// ``cue(at:_:sentence:)`` tells which cue starts at one token; ``CoMentionLinker`` counts them
/// once per sentence and reads a sentence's tone, or that of the words between two actors,
/// from those counts.
///
/// - Complexity: O(*t*) per sentence of *t* tokens.
enum ToneLexicon {
    /// Cooperation cues (``WordLists/cooperationCues``).
    static let cooperation: [String] = WordLists.shared.cooperationCues
    /// Conflict cues (``WordLists/conflictCues``).
    static let conflict: [String] = WordLists.shared.conflictCues
    /// Words that flip a cooperation cue (``WordLists/negations``).
    static let negations: Set<String> = WordLists.shared.negations

    private static let coopByFirst = index(cooperation)
    private static let conflictByFirst = index(conflict)
    /// Which buckets hold any cue, so that most words cost one byte load.
    private static let hasCue: [Bool] = (0..<65536).map { !coopByFirst[$0].isEmpty || !conflictByFirst[$0].isEmpty }

    /// Cues bucketed by a hash of the first three bytes of their first word (every prefix cue
    /// has at least three; shorter words are hashed whole, and only match exact cues).
    private static func index(_ cues: [String]) -> [[[String]]] {
        var out = [[[String]]](repeating: [], count: 65536)
        for c in cues {
            let words = c.split(separator: " ").map(String.init)
            out[bucket(words[0].hasSuffix("$") ? String(words[0].dropLast()) : words[0])].append(words)
        }
        return out
    }

    @inline(__always) private static func bucket(_ word: String) -> Int {
        var it = word.utf8.makeIterator()
        let a = Int(it.next() ?? 0), b = Int(it.next() ?? 0), c = Int(it.next() ?? 0)
        return (a &* 961 &+ b &* 31 &+ c) & 0xFFFF
    }

    /// The cue that starts at token `i` of the sentence `sentence`: +1 cooperation, −1 conflict,
    /// 0 none. A cue may run to the end of the sentence; a negation up to three tokens back
    /// within the sentence turns a cooperation cue into a conflict cue.
    static func cue(at i: Int, _ words: [String], sentence: Range<Int>) -> Int8 {
        let f = bucket(words[i])
        guard hasCue[f] else { return 0 }
        if matches(coopByFirst[f], words, i, sentence.upperBound) {
            let negated = (max(sentence.lowerBound, i - 3)..<i).contains { negations.contains(words[$0]) }
            return negated ? -1 : 1
        }
        return matches(conflictByFirst[f], words, i, sentence.upperBound) ? -1 : 0
    }

    /// Cues are ASCII, so a byte prefix is a word prefix (no Unicode comparison needed).
    private static func matchesWord(_ word: String, _ cue: String) -> Bool {
        cue.hasSuffix("$") ? word == cue.dropLast() : word.utf8.starts(with: cue.utf8)
    }

    private static func matches(_ cues: [[String]], _ words: [String], _ i: Int, _ end: Int) -> Bool {
        for cue in cues where i + cue.count <= end {
            var ok = matchesWord(words[i], cue[0])
            if cue.count > 1 {
                ok = ok && words[i] == cue[0]
                for k in 1..<cue.count where ok { ok = matchesWord(words[i + k], cue[k]) }
            }
            if ok { return true }
        }
        return false
    }
}
