import RelGraphCore

/// Classifies the tone of a sentence from cue words.
///
/// A sentence is `cooperation` when it has more cooperation cues than conflict cues,
/// `conflict` when it has more conflict cues, and `neutral` otherwise. Cues are matched on
/// lower-cased word tokens by prefix ("condemn" matches "condemned", "condemnation"); a
/// negation ("not", "never", "no", "refused to", "n't") within the three preceding tokens
/// flips a cooperation cue into a conflict cue.
///
/// - Complexity: O(*t*) per sentence of *t* tokens.
enum ToneLexicon {
    static let cooperation = [
        "agree", "agreement", "accord", "meet", "met", "meeting", "call", "called for talks", "support",
        "sign", "welcom", "prais", "cooperat", "collaborat", "partner", "ally", "allies", "allied",
        "thank", "congratulat", "endors", "help", "assist", "reconcil", "friend", "pledg",
        "commitment", "committed to", "backed$", "backing$", "backs$", "deal", "embrac", "strengthen", "deepen", "unite", "join", "invite",
        "visit", "talks", "dialogue", "negotiat", "resolv", "ceasefire", "truce", "peace",
        "reaffirm", "best wishes", "openness", "work together", "working with", "shared",
    ]
    static let conflict = [
        "condemn", "accus", "sanction", "attack", "threat", "pressed", "presses$", "pressing", "confront", "critici", "criticis",
        "oppos", "clash", "warn", "denounc", "reject", "blame", "expel", "retaliat", "tension",
        "dispute", "war$", "wars$", "warfare", "warring", "warplane", "invad", "invasion", "strike", "kill", "arrest", "crackdown", "abuse",
        "coerc", "aggress", "push back", "pushed", "countered", "countering", "counter its", "rival",
        "hostil", "punish", "ban$", "bans$", "banned", "banning",
        "protest", "violen", "detain", "accusation", "undermin", "interfer", "spy", "espionage",
        "boycott", "suspend", "withdr", "tough stance", "pressure", "oppression", "genocide",
        "coup", "bomb", "shelling", "shelled", "missile", "fight", "battle", "seiz", "hack", "veto", "impose",
        "retaliation", "provocat", "condemnation", "slam", "lambast", "rebuk", "furious", "anger",
    ]
    static let negations: Set<String> = ["not", "never", "no", "n't", "refused", "declined", "failed"]

    private static let coopByFirst = index(cooperation)
    private static let conflictByFirst = index(conflict)

    private static func index(_ cues: [String]) -> [Character: [[String]]] {
        var out: [Character: [[String]]] = [:]
        for c in cues {
            let words = c.split(separator: " ").map(String.init)
            out[words[0].first!, default: []].append(words)
        }
        return out
    }

    /// The tone of the sentence whose lower-cased tokens are `words[range]`.
    static func tone(_ words: [String], _ range: Range<Int>) -> Tone {
        var coop = 0
        var conf = 0
        for i in range {
            let w = words[i]
            guard let f = w.first else { continue }
            if let cues = coopByFirst[f], matches(cues, words, i, range.upperBound) {
                let negated = (max(range.lowerBound, i - 3)..<i).contains { negations.contains(words[$0]) }
                if negated { conf += 1 } else { coop += 1 }
            } else if let cues = conflictByFirst[f], matches(cues, words, i, range.upperBound) {
                conf += 1
            }
        }
        return coop > conf ? .cooperation : conf > coop ? .conflict : .neutral
    }

    private static func matchesWord(_ word: String, _ cue: String) -> Bool {
        cue.hasSuffix("$") ? word == cue.dropLast() : word.hasPrefix(cue)
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
