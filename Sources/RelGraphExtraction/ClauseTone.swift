import RelGraphCore

/// The tone of one article's sentences and of each pair of actors in a sentence, read from the
/// clause that links the two.
///
/// Definitions:
/// - *Clauses*: a sentence is cut after a semicolon and before a word of
///   ``WordLists/clauseBreaks`` that follows a comma (", while", ", but", ", whereas").
/// - *Reading* of a stretch of words: the ``ToneFrame`` predicates in it, if any (their
///   cooperation and conflict counts; a withheld frame counts as neither but still decides;
///   an appeal frame, "urged", counts only when no other frame stands in the stretch, which
///   is then the event appealed for: "Peru **urged** Chile **to sanction** Bolivia"; and
///   between the one who appeals and the addressee, a frame of what the addressee is asked
///   to do that names no one else is the tie: "Peru called on Chile **to step down**");
///   else its context cues (``ToneLexicon``); else nothing. A reading is cooperation when its
///   cooperation count is higher, conflict when its conflict count is, and neutral otherwise.
/// - *Pair tone* of actors `a`, `b` in a sentence: each gap between a mention of the one and
///   the next mention of the other is read, and the readings are added:
///   - in one clause (these gaps outrank those across clauses), the gap is the predicate that
///     links them ("Peru **condemned** Chile",
///     "Chile **was condemned by** Peru"); where another named actor stands in the gap, the
///     words after it are read first, the predicate nearest to the second actor ("Peru,
///     backed by Chile, **sanctioned** Bolivia"). A gap with no frame or cue but a verb of speech
///     ("Peru **said** Chile had lied", "Peru **said that** Chile and Bolivia signed a
///     pact") is read from the second actor to the clause's end: the speaker's tie to whom
///     they speak about follows what they say (the complement's frame; CAMEO codes the
///     reported event, and the source's stance with it);
///   - across clauses, when no gap within one clause decides, the second actor's clause as a
///     whole, which answers the first clause ("Peru praised Chile, while Bolivia **condemned
///     both**"): unless that clause names a third actor not coordinated with the second, who
///     is then what it is about ("…, while Bolivia condemned Argentina" says nothing of Peru
///     and Bolivia; "…, but neither the EU nor Bolivia would endorse it" still answers).
///   When no gap settles the tone (the two are coordinated, "Peru and Chile **signed** a
///   pact"; or the gaps hold as many cooperation as conflict frames), a coordinated pair after
///   "between" takes the tone of the relation noun before it ("Qatar brokered a **deal**
///   between Peru and Chile") unless a frame follows the pair; a coordinated pair in one
///   clause whose frame acts on a third actor after them is co-agents, cooperation ("Peru and Chile
///   condemned Bolivia"), and one acted on by a third actor before them co-targets, neutral
///   ("Bolivia condemned Peru and Chile"), unless a "to" complement of cooperation that names no
///   other actor follows the pair, which is then asked to act together, cooperation ("Peru
///   urged Chile and Bolivia to sign a pact"); else the pair takes its clause's reading if both
///   stand in one clause, and the sentence's otherwise; neutral is what remains when no frame or cue applies, or when frames are
///   withheld ("did not condemn") or balanced throughout.
/// - *Sentence tone*: the reading of the whole sentence (headline links and the article
///   window use it).
///
/// Conventions: the words of a name (a person, country or organisation mention) are no cues
/// ("United" in "United States", "Unity" in a party's name), nor those of a set phrase of
/// ``WordLists/neutralPhrases``; an issue's are ("sanctions", "impeachment"). The counts are prefix sums over the tokens of a sentence, made the first time
/// the sentence is asked about: frames (cooperation, conflict, withheld, speech, appeal) in
/// five 12-bit fields of one word, saturating (a sentence with more than 4,094 cues of a kind
/// stops counting that kind), and context cues in two 32-bit fields. The clause of a token is
/// kept as its start and end token.
///
/// Words are compared by ``Vocabulary`` id: punctuation, clause breaks and negations by id and
/// flag, and a token goes to the ``CueIndex`` only when its id is unknown or flagged
/// ``Vocabulary/Flags/mayStartCue``.
///
/// - Complexity: O(*t*) once per sentence of *t* tokens; then any reading costs O(1), and a
///   pair tone O(*o*) for the *o* mentions of the sentence (O(*o*²) when gaps cross clauses).
struct ClauseTone {
    /// One reading: cooperation and conflict counts, whether any frame or cue decided it, and
    /// whether it holds a verb of speech.
    struct Reading {
        var cooperation = 0
        var conflict = 0
        var decided = false
        var speech = false
        /// Whether frames decide it and every one is an appeal ("urged", "called on").
        var appealOnly = false
        /// Whether frames (not context cues) decide it.
        var framed = false

        var label: Tone {
            cooperation > conflict ? .cooperation : conflict > cooperation ? .conflict : .neutral
        }

        /// Decided one way, or withheld (frames that all say no event): not a tie between
        /// cooperation and conflict, which a wider reading breaks.
        var settles: Bool { decided && (cooperation != conflict || cooperation == 0) }

        mutating func add(_ other: Reading) {
            cooperation += other.cooperation
            conflict += other.conflict
            decided = decided || other.decided
        }
    }

    private let sentences: [Range<Int>]
    private let lowers: [String]
    /// ``Vocabulary`` ids of `lowers`, and the vocabulary's tone flags and ids of ``punctuation``.
    private let lowerIds: [Int32]
    private let vocab: Vocabulary
    private let semicolon: Int32
    private let comma: Int32
    private let questionMark: Int32
    /// Per entity code: whether its mentions are names (people, countries, organisations), whose
    /// words are no cues ("United" in "United States"); an issue's words are ("sanctions").
    private let isName: [Bool]
    private var frameTotals: [UInt64]
    private var cueTotals: [UInt64]
    private var clauseStart: [Int32]
    private var clauseEnd: [Int32]
    private var counted: [Bool]

    /// The punctuation that ends a clause (";", "," before a clause break) or marks a
    /// question ("?"), compared by id: every ``Vocabulary`` given to ``init(sentences:tokenCount:lowers:lowerIds:vocab:isName:)``
    /// must hold them (``CompiledLexicon`` interns them).
    static let punctuation = [";", ",", "?"]

    /// - Parameters:
    ///   - lowers: the article's lower-cased tokens; `lowerIds` their ids in `vocab` (see
    ///     ``TokenizedText``), whose ``Vocabulary/Flags`` mark the tone words.
    init(
        sentences: [Range<Int>], tokenCount: Int, lowers: [String], lowerIds: [Int32], vocab: Vocabulary,
        isName: [Bool]
    ) {
        self.sentences = sentences
        self.lowers = lowers
        self.lowerIds = lowerIds
        self.vocab = vocab
        // A string the vocabulary lacks gets an id no token has (an unknown token's id is -1).
        let ids = Self.punctuation.map { p in vocab.id(p) < 0 ? Int32.min : vocab.id(p) }
        (semicolon, comma, questionMark) = (ids[0], ids[1], ids[2])
        self.isName = isName
        frameTotals = [UInt64](repeating: 0, count: tokenCount)
        cueTotals = [UInt64](repeating: 0, count: tokenCount)
        clauseStart = [Int32](repeating: 0, count: tokenCount)
        clauseEnd = [Int32](repeating: 0, count: tokenCount)
        counted = [Bool](repeating: false, count: sentences.count)
    }

    // Field shifts of `frameTotals`: five 12-bit fields.
    private static let cooperationShift: UInt64 = 48
    private static let conflictShift: UInt64 = 36
    private static let withheldShift: UInt64 = 24
    private static let speechShift: UInt64 = 12
    private static let appealShift: UInt64 = 0
    private static let fieldMask: UInt64 = 0xFFF

    @inline(__always) private static func bump(_ total: inout UInt64, _ shift: UInt64) {
        if (total >> shift) & fieldMask < fieldMask { total &+= 1 << shift }
    }

    /// Counts the cues and clauses of sentence `s`, whose mentions are `mentions` (by start),
    /// once.
    private mutating func count(_ s: Int, _ mentions: ArraySlice<CoMentionLinker.Occurrence>) {
        guard !counted[s] else { return }
        counted[s] = true
        let r = sentences[s]
        guard !r.isEmpty else { return }
        let question = r.suffix(3).contains { lowerIds[$0] == questionMark }
        var frames: UInt64 = 0
        var cues: UInt64 = 0
        var start = r.lowerBound
        var m = mentions.startIndex
        var quiet = r.lowerBound  // the tokens before this one may be in a name or set phrase
        var lastCooperationFrame = -1
        // Just past the words of the last conflict frame.
        var conflictFrameEnd = -1
        // The start of the last frame of any kind.
        var lastFrameAt = -1
        for i in r {
            while m < mentions.endIndex, Int(mentions[m].start) <= i {
                if isName[Int(mentions[m].code)] { quiet = max(quiet, Int(mentions[m].end)) }
                m += 1
            }
            var cue = ToneLexicon.Cue.none
            // A word of the vocabulary that no cue starts with costs one flag test.
            let id = lowerIds[i]
            if i >= quiet, id < 0 || vocab.has(id, .mayStartCue) {
                let hit = ToneLexicon.cue(
                    at: i, lowers, lowerIds, vocab, bucket: CueIndex.bucket(lowers[i]), clauseStart: start,
                    end: r.upperBound, question: question)
                // The other words of a set phrase or of a cue of several words are no cues of
                // their own: "heart attack" is no attack, "hit back" is not also "back" (support).
                cue = hit.cue
                quiet = max(quiet, i + hit.length)
                // A cooperation frame that a conflict frame governs, right after it or one word
                // on, is its object, not an event of its own: "ruled out **talks with**",
                // "condemned the **meeting with**", "threatened to **meet**".
                if cue == .cooperationFrame, conflictFrameEnd > start, i - conflictFrameEnd <= 1 { cue = .none }
                // A participle that modifies the object of an earlier frame of the clause, with
                // its agent after "by", says what that object is, not how the clause's actors
                // stand: "vetoed a bill **backed by** Chile" is a veto of Chile's bill.
                if cue != .none, lastFrameAt >= start,
                    Self.modifiesObject(at: i, length: hit.length, in: lowers, clauseStart: start, end: r.upperBound)
                {
                    cue = .none
                }
                if cue == .conflictFrame { conflictFrameEnd = i + hit.length }
                switch cue {
                case .cooperationFrame, .appealFrame, .conflictFrame, .withheldFrame: lastFrameAt = i
                default: break
                }
            }
            switch cue {
            case .cooperationFrame:
                Self.bump(&frames, Self.cooperationShift)
                lastCooperationFrame = i
            case .appealFrame:
                Self.bump(&frames, Self.cooperationShift)
                Self.bump(&frames, Self.appealShift)
            case .conflictFrame: Self.bump(&frames, Self.conflictShift)
            case .failure:
                if let k = ToneLexicon.failureSubject(before: i, lowers, clauseStart: start) {
                    Self.bump(&frames, Self.conflictShift)
                    // A subject that is a cooperation frame itself ("negotiations") is replaced
                    // by the breach.
                    if k == lastCooperationFrame, (frames >> Self.cooperationShift) & Self.fieldMask > 0 {
                        frames &-= 1 << Self.cooperationShift
                        for j in k..<i { frameTotals[j] &-= 1 << Self.cooperationShift }
                    }
                }
            case .withheldFrame: Self.bump(&frames, Self.withheldShift)
            case .speech: Self.bump(&frames, Self.speechShift)
            case .cooperation: cues &+= 1 << 32
            case .conflict: cues &+= 1
            case .none: break
            }
            frameTotals[i] = frames
            cueTotals[i] = cues
            clauseStart[i] = Int32(start)
            if id == semicolon || (id == comma && i + 1 < r.upperBound && vocab.has(lowerIds[i + 1], .clauseBreak)) {
                start = i + 1
            }
        }
        var end = r.upperBound
        for i in r.reversed() {
            clauseEnd[i] = Int32(end)
            if Int(clauseStart[i]) == i { end = i }
        }
    }

    /// Whether the frame at token `i` (of `length` tokens) is a reduced relative: a participle
    /// right after a noun, not after a form of "be" or "have" (a passive: "Chile **was
    /// condemned by** Peru"), a comma (an apposition: "Peru, **backed by** Chile,") or "and",
    /// and followed by "by" and its agent: "a bill **backed by** Chile".
    /// - Complexity: O(1).
    static func modifiesObject(at i: Int, length: Int, in lowers: [String], clauseStart: Int, end: Int) -> Bool {
        let after = i + length
        guard after < end, lowers[after] == "by", i - 1 > clauseStart else { return false }
        let before = lowers[i - 1]
        if passiveMarkers.contains(before) || before.hasSuffix("ly") { return false }
        return !passiveMarkers.contains(lowers[i - 2])
    }

    /// The words before a participle that make it a clause's own predicate or an apposition,
    /// not a modifier of a noun: forms of "be", "get" and "have", a comma, conjunctions.
    private static let passiveMarkers: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "has", "have", "had", "get", "gets", "got",
        "gotten", "getting", ",", "and", "or", "but", "not", "never", "who", "which", "that",
    ]

    /// The reading of `range`, a part of sentence `s` whose cues are counted.
    private func reading(_ range: Range<Int>, in s: Int) -> Reading {
        guard !range.isEmpty else { return Reading() }
        let first = range.lowerBound > sentences[s].lowerBound
        let f = frameTotals[range.upperBound - 1] &- (first ? frameTotals[range.lowerBound - 1] : 0)
        let field = { (shift: UInt64) in Int((f >> shift) & Self.fieldMask) }
        var out = Reading(speech: field(Self.speechShift) > 0)
        var (cooperation, conflict) = (field(Self.cooperationShift), field(Self.conflictShift))
        let withheld = field(Self.withheldShift)
        // An appeal and the event it asks for: the event's frames decide ("urged Chile to
        // sanction Bolivia" is pressure on Bolivia).
        let appeal = min(field(Self.appealShift), cooperation)
        if appeal > 0, cooperation - appeal + conflict + withheld > 0 { cooperation -= appeal }
        out.appealOnly = appeal > 0 && appeal == cooperation && conflict + withheld == 0
        if cooperation + conflict + withheld > 0 {
            (out.cooperation, out.conflict, out.decided, out.framed) = (cooperation, conflict, true, true)
            return out
        }
        let c = cueTotals[range.upperBound - 1] &- (first ? cueTotals[range.lowerBound - 1] : 0)
        (out.cooperation, out.conflict) = (Int(c >> 32), Int(c & 0xFFFF_FFFF))
        out.decided = out.cooperation + out.conflict > 0
        return out
    }

    /// The clause of token `i` of a counted sentence.
    private func clause(of i: Int) -> Range<Int> { Int(clauseStart[i])..<Int(clauseEnd[i]) }

    /// Whether sentence `s`, whose mentions are `mentions` (by start), holds any frame or cue.
    mutating func hasCue(sentence s: Int, mentions: ArraySlice<CoMentionLinker.Occurrence>) -> Bool {
        count(s, mentions)
        return reading(sentences[s], in: s).decided
    }

    /// The tone of sentence `s` as a whole, whose mentions are `mentions` (by start), and
    /// whether a frame or cue settles it (see ``Reading/settles``): a neutral tone that is not
    /// settled is no more than the absence of cues (or a tie), which a wider context may decide.
    mutating func tone(
        ofSentence s: Int, mentions: ArraySlice<CoMentionLinker.Occurrence>
    ) -> (tone: Tone, settled: Bool) {
        count(s, mentions)
        let r = reading(sentences[s], in: s)
        return (r.label, r.settles)
    }

    /// The tone of the pair `a`, `b` in sentence `s`, whose mentions are `mentions` (ordered by
    /// position; see the type's definitions), and whether a frame or cue settles it (else the
    /// tone is neutral: no frame or cue applies, or they balance throughout).
    mutating func tone(
        of a: Int32, _ b: Int32, in s: Int, mentions: ArraySlice<CoMentionLinker.Occurrence>
    ) -> (tone: Tone, settled: Bool) {
        count(s, mentions)
        var near = Reading()
        var far = Reading()
        var first: CoMentionLinker.Occurrence? = nil
        var last: CoMentionLinker.Occurrence? = nil
        var oneClause = true
        var firstClause = -1
        for q in mentions where (q.code == a || q.code == b) && Int(q.start) < clauseStart.count {
            let c = Int(clauseStart[Int(q.start)])
            if firstClause < 0 { firstClause = c } else if c != firstClause { oneClause = false }
            if let p = last, p.code != q.code, p.end < q.start {
                if clauseStart[Int(p.start)] == clauseStart[Int(q.start)] {
                    near.add(gap(p, q, in: s, mentions: mentions))
                } else {
                    far.add(answer(q, a, b, in: s, mentions: mentions))
                }
            }
            if first == nil { first = q }
            last = q
        }
        if near.settles { return (near.label, true) }
        if far.settles { return (far.label, true) }
        if oneClause, let first, let last {
            if let sides = betweenSides(first, last, in: s) { return (sides, true) }
            if jointComplement(first, last, a, b, in: s, mentions: mentions) { return (.cooperation, true) }
            if let shared = sharedRole(first, last, a, b, in: s, mentions: mentions) { return (shared, true) }
            let r = reading(clause(of: Int(first.start)), in: s)
            if r.settles { return (r.label, true) }
        }
        let whole = reading(sentences[s], in: s)
        return (whole.label, whole.settles)
    }

    /// The tone of a coordinated pair that names the two sides of a relation noun
    /// (``relationNouns``, right before "between" or "among"): "a **deal** between Peru and
    /// Chile", "the **war** among Peru, Chile and Bolivia" (the reading of the two words before
    /// "between"), whoever else the clause names ("Qatar brokered
    /// a deal between Peru and Chile" is cooperation between the two); `nil` when those words
    /// settle nothing, or when a frame follows the pair, which then says what became of the
    /// relation ("talks between Peru and Chile **collapsed**", "a deal between Peru and Chile
    /// was **signed**") and the clause decides.
    /// - Complexity: O(*c*) for a clause of *c* tokens.
    private func betweenSides(
        _ first: CoMentionLinker.Occurrence, _ last: CoMentionLinker.Occurrence, in s: Int
    ) -> Tone? {
        let span = clause(of: Int(first.start))
        let before = Int(first.start) - 1
        guard Int(last.start) - Int(first.end) <= 3, before > span.lowerBound,
            Self.sideWords.contains(lowers[before]), Self.relationNouns.contains(lowers[before - 1]),
            !reading(Int(last.end)..<span.upperBound, in: s).framed
        else { return nil }
        let noun = reading(max(span.lowerBound, before - 2)..<before, in: s)
        return noun.settles && noun.label != .neutral ? noun.label : nil
    }

    /// Nouns of a relation between two sides (``WordLists/cooperationNouns`` and
    /// ``WordLists/conflictNouns``): "a choice between X and Y" names no relation of the two.
    private static let relationNouns = WordLists.shared.cooperationNouns.union(WordLists.shared.conflictNouns)

    /// The words that introduce the sides of a relation: "between", "among".
    private static let sideWords: Set<String> = ["between", "among", "amongst"]

    /// Whether a coordinated pair of named actors (as in ``sharedRole(_:_:_:_:in:mentions:)``) is
    /// the object of a predicate before it and the subject of a "to" complement after it that is
    /// cooperation and names no other actor: the two are asked or made to act together ("Peru
    /// urged Chile and Bolivia **to sign a peace deal**", "Washington pressed Egypt, Sudan and
    /// Ethiopia **to resume talks**"), so their tie is cooperation whatever the tie of the one who
    /// asks (pressure, an appeal) to each of them. Other members of the list ("…, Sudan and
    /// Ethiopia") may stand between the pair and "to".
    /// - Complexity: O(*o* + *c*) for *o* mentions and a clause of *c* tokens.
    private func jointComplement(
        _ first: CoMentionLinker.Occurrence, _ last: CoMentionLinker.Occurrence, _ a: Int32, _ b: Int32,
        in s: Int, mentions: ArraySlice<CoMentionLinker.Occurrence>
    ) -> Bool {
        guard Int(last.start) - Int(first.end) <= 3, isName[Int(a)], isName[Int(b)] else { return false }
        let span = clause(of: Int(first.start))
        // Past the rest of the list, to "to".
        var k = Int(last.end)
        while k < span.upperBound {
            if let m = mentions.first(where: { Int($0.start) == k && isName[Int($0.code)] }) {
                k = max(k + 1, Int(m.end))
            } else if Self.listWords.contains(lowers[k]) {
                k += 1
            } else {
                break
            }
        }
        // "to" before a verb, not the preposition before a noun phrase ("to the", "to May's").
        guard k + 1 < span.upperBound, lowers[k] == "to", !Self.determiners.contains(lowers[k + 1]),
            !mentions.contains(where: { Int($0.start) == k + 1 }),
            reading(span.lowerBound..<Int(first.start), in: s).framed
        else { return false }
        let complement = k..<span.upperBound
        if mentions.contains(where: { isName[Int($0.code)] && complement.contains(Int($0.start)) }) { return false }
        let asked = reading(complement, in: s)
        return asked.settles && asked.label == .cooperation
    }

    /// Words that open a noun phrase, after which "to" is a preposition.
    private static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "each", "every", "all", "both", "some", "any", "no",
    ]

    /// The words that join the members of a list: ",", "and", "or".
    static let listWords: Set<String> = [",", "and", "or"]

    /// The tone of a coordinated pair (at most three words between `first` and `last`: "Peru
    /// and Chile", "Peru, and then Chile") that no gap settles, in one clause, when a frame or
    /// cue links it to a third named actor of that clause: cooperation for co-agents
    /// (after the pair: "Peru and Chile condemned Bolivia" act together), neutral for co-targets
    /// (before the pair: "Bolivia condemned Peru and Chile" says nothing of the two); else `nil`.
    private func sharedRole(
        _ first: CoMentionLinker.Occurrence, _ last: CoMentionLinker.Occurrence, _ a: Int32, _ b: Int32,
        in s: Int, mentions: ArraySlice<CoMentionLinker.Occurrence>
    ) -> Tone? {
        guard Int(last.start) - Int(first.end) <= 3 else { return nil }
        let span = clause(of: Int(first.start))
        for t in mentions where t.code != a && t.code != b && isName[Int(t.code)] && span.contains(Int(t.start)) {
            if last.end < t.start, reading(Int(last.end)..<Int(t.start), in: s).decided {
                return .cooperation
            }
            if t.end < first.start, reading(Int(t.end)..<Int(first.start), in: s).decided {
                return .neutral
            }
        }
        return nil
    }

    /// The reading of the gap between mentions `p` and `q` (`p` first) in one clause. When
    /// another named actor stands in the gap, the words after the last such actor are read
    /// first: the predicate nearest to `q` is the one that governs it ("Peru, backed by Chile,
    /// **sanctioned** Bolivia"; "Peru urged Chile **to sanction** Bolivia"), and the whole gap
    /// only when those words settle nothing ("Peru condemned Chile and Bolivia").
    private func gap(
        _ p: CoMentionLinker.Occurrence, _ q: CoMentionLinker.Occurrence, in s: Int,
        mentions: ArraySlice<CoMentionLinker.Occurrence>
    ) -> Reading {
        let qs = Int(q.start)
        var from = Int(p.end)
        for t in mentions where t.start >= p.end && t.end <= q.start && isName[Int(t.code)] {
            from = max(from, Int(t.end))
        }
        if from > Int(p.end) {
            let nearest = reading(from..<qs, in: s)
            if nearest.settles { return nearest }
        }
        let between = reading(Int(p.end)..<qs, in: s)
        if between.appealOnly {
            // What the addressee is asked to do, when it names no one else, is the tie:
            // "Peru called on Chile's president **to step down**".
            let rest = Int(q.end)..<Int(clauseEnd[qs])
            let asked = reading(rest, in: s)
            let third = mentions.contains { isName[Int($0.code)] && $0.code != q.code && rest.contains(Int($0.start)) }
            if asked.framed && asked.cooperation + asked.conflict > 0 && !third { return asked }
        }
        return !between.decided && between.speech ? reading(qs..<Int(clauseEnd[qs]), in: s) : between
    }

    /// The reading of the clause of `q`, which answers an earlier clause naming the other of
    /// `a`, `b`; nothing when it names an actor other than `a` and `b` that is not coordinated
    /// with `q` (no frame or cue stands between the two: "neither the EU nor Chile").
    private func answer(
        _ q: CoMentionLinker.Occurrence, _ a: Int32, _ b: Int32, in s: Int,
        mentions: ArraySlice<CoMentionLinker.Occurrence>
    ) -> Reading {
        let later = clause(of: Int(q.start))
        let third = mentions.contains { t in
            guard t.code != a && t.code != b && later.contains(Int(t.start)) else { return false }
            let (from, to) = t.start < q.start ? (Int(t.end), Int(q.start)) : (Int(q.end), Int(t.start))
            return from < to && reading(from..<to, in: s).decided
        }
        return third ? Reading() : reading(later, in: s)
    }
}
