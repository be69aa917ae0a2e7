import RelGraphCore

/// Tells what each word of a sentence says about tone: a predicate frame, a word of reported
/// speech, a context cue, or nothing.
///
/// Definitions (one class a token, the first that applies):
/// - A *cooperation frame* or *conflict frame*: a predicate of ``ToneFrame``'s families
///   ("praised", "signed", "condemned", "arrested").
/// - *Negation*: a word of ``WordLists/negations`` ("not", "n't", "never", "no", "nor",
///   "without", "refused", "failed", "declined") within the three tokens before a cue, in the
///   same clause; "neither" and "nor", which negate a subject ("neither Peru nor the United
///   States would endorse"), within six. A negated cooperation frame is conflict ("did not sign", "refused to meet",
///   "failed to agree": CAMEO 12, reject); a negated conflict frame is a *withheld* frame,
///   neutral ("did not condemn" reports no event, and CAMEO codes none), which still counts as
///   a frame, so the tone does not fall back to other words.
/// - *Questions*: in a sentence that ends with a question mark a cooperation frame is withheld
///   too ("Will Peru meet Chile?" asserts no meeting), while a conflict frame stays conflict (a
///   question about force or sanctions voices the threat, CAMEO 13; "Why did Peru attack
///   Chile?" presupposes the attack).
/// - *Modality* changes nothing: "could impose sanctions" is a threat (CAMEO 13, conflict) and
///   "may sign a pact" an intent to cooperate (CAMEO 03, cooperation), each the tone of the
///   frame it announces.
/// - An *appeal frame* (the `appeal` family of ``ToneFrame``: "urged", "called on",
///   "encouraged") is a cooperation frame toward its addressee whose complement is the event
///   the speaker asks for: "Peru urged Chile to sanction Bolivia" is Peru's appeal to Chile
///   and its pressure on Bolivia (``ClauseTone`` lets the complement's frames decide where
///   both stand between two actors); negated or in a question it is as any cooperation frame.
/// - *Speech*: a verb or phrase of ``WordLists/speechCues`` ("said", "told", "according to"),
///   which makes what follows the speaker's claim (``ClauseTone``).
/// - *Context cues*: ``cooperation`` and ``conflict`` words that are no predicate ("deal",
///   "treaty", "war", "sanctions" as a topic), used only where no frame applies; a negated
///   cooperation cue is conflict.
/// - *Failure*: a predicate of ``WordLists/failurePredicates`` ("collapsed", "broke down") is a
///   conflict frame when a noun of cooperation (``WordLists/cooperationNouns``) stands within
///   ``failureReach`` tokens before it in its clause, its subject: "talks between Peru and
///   Chile **collapsed**" reports a breach (CAMEO 16, reduce relations), not talks (a subject
///   that is a cooperation frame itself, "negotiations", is replaced by it: ``ClauseTone``). Elsewhere it
///   says nothing about actors ("the bridge to Chile collapsed", "the economy of Peru
///   collapsed"), and negated ("the truce has not collapsed") it is nothing either.
///
/// Cues are matched on lower-cased word tokens as ``CueIndex`` describes. The words of a set
/// phrase that names no relation between actors (``WordLists/neutralPhrases``: an illness, "died of a
/// heart attack", or an office, "chief executive") are no cues.
///
/// - Complexity: ``cue(at:_:bucket:clauseStart:end:question:)`` is O(1) for a word that no cue
///   can start with (one table load), and O(1) in the number of tokens otherwise (one bucket of
///   one index holds every kind).
enum ToneLexicon {
    /// What a token says about tone.
    enum Cue: UInt8 {
        case none, cooperationFrame, appealFrame, conflictFrame, withheldFrame, speech, cooperation, conflict
        /// A predicate of failure, a conflict frame only after a noun of cooperation
        /// (``failureSubject(before:_:clauseStart:)``).
        case failure
    }

    /// Nouns of cooperation whose failure is a breach (``WordLists/cooperationNouns``).
    static let cooperationNouns: Set<String> = WordLists.shared.cooperationNouns
    /// How far before a predicate of failure its subject noun may stand: "talks between the
    /// Democratic Republic of the Congo and Rwanda collapsed" (8 tokens).
    static let failureReach = 10

    /// The noun of cooperation nearest before token `i` within ``failureReach`` tokens, from
    /// `clauseStart` on: the subject that makes the predicate of failure at `i` a breach.
    /// - Complexity: O(``failureReach``).
    static func failureSubject(before i: Int, _ words: [String], clauseStart: Int) -> Int? {
        (max(clauseStart, i - failureReach)..<i).last { cooperationNouns.contains(words[$0]) }
    }

    /// Cooperation context cues (``WordLists/cooperationCues``).
    static let cooperation: [String] = WordLists.shared.cooperationCues
    /// Conflict context cues (``WordLists/conflictCues``).
    static let conflict: [String] = WordLists.shared.conflictCues
    /// Words that negate a cue (``WordLists/negations``).
    static let negations: Set<String> = WordLists.shared.negations
    /// Negations that open a negated subject, and so reach over it to the predicate: "neither
    /// Peru nor Chile would sign" (up to six tokens back).
    static let subjectNegations: Set<String> = ["neither", "nor"]

    /// Every cue, by kind in order of precedence: set phrases whose words are no cues ("heart
    /// attack", "cardiac arrest", "chief executive": ``WordLists/neutralPhrases``), cooperation
    /// and conflict frames (``ToneFrame``), speech (``WordLists/speechCues``), cooperation
    /// and conflict context cues, then predicates of failure.
    private static let index = CueIndex([
        WordLists.shared.neutralPhrases, ToneFrame.cooperationFamilies.filter { $0.family != "appeal" }.map(\.cue),
        ToneFrame.cooperationFamilies.filter { $0.family == "appeal" }.map(\.cue),
        ToneFrame.conflictFamilies.map(\.cue), WordLists.shared.speechCues, cooperation, conflict,
        WordLists.shared.failurePredicates,
    ])

    /// Whether a cue may start with the lower-cased word `word`: a word that is not ASCII, or
    /// that the first word of some cue matches (``CueIndex/startsAny(_:)``). No cue starts with
    /// an ASCII word for which this is false, nor with any other word of its ``Vocabulary`` id
    /// (the same bytes, or a canonically equivalent punctuation mark such as U+037E for ";",
    /// which no cue word matches).
    static func mayStartCue(_ word: String) -> Bool {
        !word.utf8.allSatisfy { $0 < 0x80 } || index.startsAny(word)
    }

    /// The cue that starts at token `i` (see the type's definitions; `.none` for a set phrase)
    /// and the number of words matched (0 for none), whose other words are no cues of their own
    /// (the words of a set phrase; "back" in "hit back"). A cue may run to
    /// `end` (the sentence's end); negations are looked for from `clauseStart` on; `question`
    /// says that the sentence is a question; `bucket` is `CueIndex.bucket(words[i])`; `ids` are
    /// the ids of `words` in `vocab`, whose flags ``Vocabulary/Flags/negation`` and
    /// ``Vocabulary/Flags/subjectNegation`` mark ``negations`` and ``subjectNegations``.
    static func cue(
        at i: Int, _ words: [String], _ ids: [Int32], _ vocab: Vocabulary, bucket f: Int, clauseStart: Int, end: Int,
        question: Bool
    ) -> (cue: Cue, length: Int) {
        guard let hit = index.match(at: i, words, end: end, bucket: f) else { return (.none, 0) }
        return (classify(hit.kind, negated: negated, question: question), hit.length)
        func negated() -> Bool {
            for k in max(clauseStart, i - 6)..<i where vocab.has(ids[k], k >= i - 3 ? .negation : .subjectNegation) {
                return true
            }
            return false
        }
    }

    /// The cue of a match of kind `kind` (the position of its list in ``index``).
    private static func classify(_ kind: Int, negated: () -> Bool, question: Bool) -> Cue {
        switch kind {
        case 0: return .none
        case 1: return negated() ? .conflictFrame : question ? .withheldFrame : .cooperationFrame
        case 2: return negated() ? .conflictFrame : question ? .withheldFrame : .appealFrame
        case 3: return negated() ? .withheldFrame : .conflictFrame
        case 4: return .speech
        case 5: return negated() ? .conflict : .cooperation
        case 6: return .conflict
        default: return negated() ? .none : .failure
        }
    }
}
