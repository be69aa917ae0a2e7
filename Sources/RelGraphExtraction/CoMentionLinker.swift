import RelGraphCore

/// Builds one article's relations from its entity mentions: co-mention links with the tone of
/// each pair, headline links and affiliation links, each of its ``RelGraphCore/RelationKind``.
///
/// Definitions:
/// - Two entities mentioned in the same sentence (or window, ``ExtractionOptions/Window``) gain
///   weight 1 and one tone count for it.
/// - The tone of a pair in a sentence is read from the clause that links its members
///   (``ClauseTone``): the predicate between them and its frame (``ToneFrame``: "condemned",
///   "signed"), with negation, reported speech and questions (``ToneLexicon``); the clause
///   that answers another ("Peru praised Chile, while Bolivia condemned both"); else the
///   pair's clause or sentence as a whole. In "Peru praised Chile, while Bolivia condemned
///   Argentina" each pair's own verb is the one between them, and Peru–Argentina is neutral.
///   A sentence with no frame or cue at all takes the tone of the next sentence, else of the
///   previous one, unless that sentence links the same pair (where it counts already): the
///   discourse says what "X spoke with Y on Monday" was. What neither settles (no frame or
///   cue in the sentence or around it, or frames that balance) takes the article's dominant
///   tone, the majority of the readings of its sentences that name two or more entities (a
///   co-mention in a story of sanctions is most likely one of them). Neutral remains where a
///   frame is withheld ("did not condemn") or the article's sentences balance too.
/// - Headline links (``linkHeadline(titleBytes:tokens:)``): the people and countries a headline
///   names are what the article is about, so each one that the body names too is linked to
///   every person and country of the body that it shares no sentence with (under "Former
///   Peruvian minister Ana Ruiz dies", the body's "Condolences came from Chile's Tomás Vidal"
///   relates Vidal to Ruiz). A headline link has weight 1 per article and counts no sentence;
///   its tone is that of the body sentence that first names the other entity and its evidence
///   the headline.
/// - A co-mention whose sentence does not name one of the pair but refers to it (a pronoun
///   resolved to it, or the speaker of a quotation) records that entity in its evidence's
///   ``RelGraphCore/Evidence/resolved``.
///
/// Conventions: entities are small integer codes in sorted id order, so a pair's key is
/// `(smaller * n + larger) * 3 + kind` (kind 0 co-mention, 1 affiliation, 2 headline) and key
/// order is (source, target, kind) order. Mentions are kept in one flat
/// array ordered by sentence, then position, with per-sentence offsets, so that no sentence
/// needs its own allocation. Evidence is the sentence text, one value per sentence shared by
/// every relation it supports.
/// - Complexity: O(*m* log *m* + Σ *k*² · *o* + *t*) for *m* mentions, *k* entities and *o*
///   mentions per sentence, and *t* tokens in linked sentences (cues and clauses are counted
///   once per sentence, then any gap costs O(1), or O(*o*) when it crosses clauses).
struct CoMentionLinker {
    /// One mention: the entity's code and its token range.
    struct Occurrence {
        var code: Int32
        var start: Int32
        var end: Int32
    }

    let articleID: String
    let ids: [String]
    let sentences: [Range<Int>]
    let lowers: [String]
    /// `sentence * n + code` for every explicit (named) mention.
    private var named: Set<Int> = []
    /// Mentions by sentence, then start; sentence `s` holds `occurrences[occurrenceStart[s] ..<
    /// occurrenceStart[s + 1]]`.
    private var occurrences: [Occurrence] = []
    private var occurrenceStart: [Int]
    /// The distinct entity codes of each sentence, ascending, laid out like `occurrences`.
    private var members: [Int] = []
    private var memberStart: [Int]
    /// The tone of sentences and pairs.
    private var clauseTone: ClauseTone
    private var evidenceOf: [Evidence?]
    /// ``articleTone()``, once made.
    private var articleToneCache: Tone?
    private let sentenceText: (Int) -> String
    /// The relations so far, by pair key.
    private(set) var relations: [Int: Relation] = [:]
    /// The window of ``linkSentences(window:)``.
    private var window: ExtractionOptions.Window = .sentence
    /// The most entities linked pairwise in one sentence, window or headline
    /// (``ExtractionOptions/maxEntitiesPerSentence``).
    let maxEntities: Int
    /// How many sentences, windows or headlines named more than ``maxEntities`` entities.
    private(set) var cappedWindows = 0

    /// - Parameters:
    ///   - lowers: the lower-cased tokens, `lowerIds` their ids in `vocab` (``TokenizedText``).
    ///   - mentions: `(code, sentence, token range)` of every mention, in any order.
    ///   - sentenceText: the text of a sentence, for evidence.
    init(
        articleID: String, ids: [String], sentences: [Range<Int>], tokenCount: Int, lowers: [String],
        lowerIds: [Int32], vocab: Vocabulary, mentions: [(code: Int, sentence: Int, range: Range<Int>, implicit: Bool)],
        maxEntities: Int = ExtractionOptions().maxEntitiesPerSentence, sentenceText: @escaping (Int) -> String
    ) {
        self.maxEntities = max(2, maxEntities)
        self.articleID = articleID
        self.ids = ids
        self.sentences = sentences
        self.lowers = lowers
        self.sentenceText = sentenceText
        for m in mentions where !m.implicit { named.insert(m.sentence * ids.count + m.code) }
        let sorted = mentions.sorted {
            ($0.sentence, $0.range.lowerBound, $0.code) < ($1.sentence, $1.range.lowerBound, $1.code)
        }
        occurrenceStart = [Int](repeating: 0, count: sentences.count + 1)
        memberStart = [Int](repeating: 0, count: sentences.count + 1)
        occurrences.reserveCapacity(sorted.count)
        members.reserveCapacity(sorted.count)
        var k = 0
        var scratch: [Int] = []
        for s in sentences.indices {
            occurrenceStart[s] = occurrences.count
            memberStart[s] = members.count
            scratch.removeAll(keepingCapacity: true)
            while k < sorted.count, sorted[k].sentence == s {
                let m = sorted[k]
                occurrences.append(
                    Occurrence(
                        code: Int32(m.code), start: Int32(m.range.lowerBound),
                        end: Int32(m.range.upperBound)))
                scratch.append(m.code)
                k += 1
            }
            scratch.sort()
            for c in scratch where members.count == memberStart[s] || members.last != c { members.append(c) }
        }
        occurrenceStart[sentences.count] = occurrences.count
        memberStart[sentences.count] = members.count
        clauseTone = ClauseTone(
            sentences: sentences, tokenCount: tokenCount, lowers: lowers, lowerIds: lowerIds, vocab: vocab,
            isName: ids.map { !$0.hasPrefix("issue:") })
        evidenceOf = [Evidence?](repeating: nil, count: sentences.count)
    }

    /// The distinct entity codes of sentence `s`, ascending.
    func members(of s: Int) -> ArraySlice<Int> { members[memberStart[s]..<memberStart[s + 1]] }

    // MARK: - Tone and evidence

    /// The tone of sentence `s` as a whole; when no frame or cue settles it, the tone around it
    /// (``neighbourTone(_:pair:)``, then ``articleTone()``).
    mutating func tone(ofSentence s: Int) -> Tone {
        let t = clauseTone.tone(ofSentence: s, mentions: mentions(in: s))
        return t.settled ? t.tone : neighbourTone(s) ?? articleTone()
    }

    /// The mentions of sentence `s`, by start.
    private func mentions(in s: Int) -> ArraySlice<Occurrence> {
        occurrences[occurrenceStart[s]..<occurrenceStart[s + 1]]
    }

    /// For a sentence without any frame or cue, the tone of the next sentence if it has one,
    /// else of the previous one: the discourse around it ("Ruiz said in a statement:" before the
    /// words of the statement). A neighbour that names both of `pair` is passed over (its tone
    /// counts for the pair there already). `nil` when `s` has a cue or no neighbour serves.
    private mutating func neighbourTone(_ s: Int, pair: (Int, Int)? = nil) -> Tone? {
        guard !clauseTone.hasCue(sentence: s, mentions: mentions(in: s)) else { return nil }
        for n in [s + 1, s - 1] where sentences.indices.contains(n) {
            if let (a, b) = pair, members(of: n).contains(a), members(of: n).contains(b) { continue }
            if clauseTone.hasCue(sentence: n, mentions: mentions(in: n)) {
                return clauseTone.tone(ofSentence: n, mentions: mentions(in: n)).tone
            }
        }
        return nil
    }

    /// The tone of the article as a whole, made once: the dominant tone of its sentences that
    /// relate entities (that name two or more, actors or issues), each read alone
    /// (``ClauseTone``), neutral when as many read cooperation as conflict. It is the last
    /// fallback of a pair or sentence that nothing around it settles: what the article says
    /// of the ties between its entities is what a co-mention in it most likely reports ("Ruiz
    /// and Vidal spoke on Monday" in a story of sanctions and expulsions). Sentences that
    /// relate nothing (colour, a quote about the weather) are left out; the others are the
    /// ones linking counts anyway.
    /// - Complexity: O(*t*) for the *t* tokens of such sentences not counted yet, once per
    ///   article.
    private mutating func articleTone() -> Tone {
        if let t = articleToneCache { return t }
        var counts = ToneCounts()
        for s in sentences.indices where memberStart[s + 1] - memberStart[s] > 1 {
            counts.add(clauseTone.tone(ofSentence: s, mentions: mentions(in: s)).tone)
        }
        articleToneCache = counts.label
        return counts.label
    }

    /// The tone of the pair `a`, `b` in sentence `s` (see the type's documentation).
    mutating func tone(of a: Int, _ b: Int, in s: Int) -> Tone {
        let t = clauseTone.tone(of: Int32(a), Int32(b), in: s, mentions: mentions(in: s))
        return t.settled ? t.tone : neighbourTone(s, pair: (a, b)) ?? articleTone()
    }

    /// The evidence of sentence `s`, made once.
    mutating func evidence(_ s: Int) -> Evidence {
        if let e = evidenceOf[s] { return e }
        let e = Evidence(article: articleID, sentence: s, text: sentenceText(s))
        evidenceOf[s] = e
        return e
    }

    // MARK: - Links

    /// The key of pair `a` < `b` and `kind`.
    private func key(_ a: Int, _ b: Int, _ kind: RelationKind) -> Int {
        (a * ids.count + b) * 3 + (kind == .coMention ? 0 : kind == .affiliation ? 1 : 2)
    }

    /// Adds one co-mention between `a` < `b`.
    mutating func add(_ a: Int, _ b: Int, tone: Tone, evidence: Evidence, sentences count: Int) {
        var toneCounts = ToneCounts()
        toneCounts.add(tone)
        var evidence = evidence
        if window == .sentence {
            // Most pairs are named outright: only then is no array made.
            let base = evidence.sentence * ids.count
            let (namesA, namesB) = (named.contains(base + a), named.contains(base + b))
            if !(namesA && namesB) {
                evidence.resolved = (namesA ? [] : [ids[a]]) + (namesB ? [] : [ids[b]])
            }
        }
        let pair = key(a, b, .coMention)
        if let at = relations.index(forKey: pair) {
            relations.values[at].weight += 1
            relations.values[at].sentences += count
            relations.values[at].tone.add(toneCounts)
            if relations.values[at].evidence.count < Relation.maxEvidence {
                relations.values[at].evidence.append(evidence)
            }
        } else {
            relations[pair] = Relation(
                ids[a], ids[b], weight: 1, articles: 1, sentences: count, tone: toneCounts, evidence: [evidence])
        }
    }

    /// `codes` (ascending) when they are at most ``maxEntities``; else the first ``maxEntities``
    /// of them named in sentences `window` (in text order), ascending, and one more capped
    /// window counted.
    /// - Complexity: O(*o* + *k* log *k*) for *o* mentions in `window` and *k* codes.
    private mutating func capped(_ codes: ArraySlice<Int>, window: Range<Int>) -> ArraySlice<Int> {
        guard codes.count > maxEntities else { return codes }
        cappedWindows += 1
        let wanted = Set(codes)
        var kept: [Int] = []
        var seen = Set<Int>()
        for o in occurrences[occurrenceStart[window.lowerBound]..<occurrenceStart[window.upperBound]] {
            let c = Int(o.code)
            guard wanted.contains(c), seen.insert(c).inserted else { continue }
            kept.append(c)
            if kept.count == maxEntities { break }
        }
        return kept.sorted()[...]
    }

    /// Links every pair of `codes` (ascending; at most ``maxEntities`` of them, the first named
    /// in the window's sentences `window` when there are more) for sentence `s`, each with its
    /// pair tone there.
    mutating func link(_ codes: ArraySlice<Int>, sentence s: Int, window: Range<Int>? = nil) {
        let codes = capped(codes, window: window ?? s..<(s + 1))
        guard codes.count > 1 else { return }
        let ev = evidence(s)
        for x in codes.indices {
            for y in (x + 1)..<codes.endIndex {
                add(codes[x], codes[y], tone: tone(of: codes[x], codes[y], in: s), evidence: ev, sentences: 1)
            }
        }
    }

    /// Links the entities of each sentence, or of each window of `window` following sentences.
    mutating func linkSentences(window: ExtractionOptions.Window) {
        self.window = window
        switch window {
        case .sentence:
            for s in sentences.indices where memberStart[s + 1] - memberStart[s] > 1 { link(members(of: s), sentence: s) }
        case .sentences(let n):
            for s in sentences.indices {
                var inWindow = Set(members(of: s))
                for d in 1...max(1, n) where s + d < sentences.count { inWindow.formUnion(members(of: s + d)) }
                link(inWindow.sorted()[...], sentence: s, window: s..<min(sentences.count, s + max(1, n) + 1))
            }
        case .article:
            let all = capped(Set(members).sorted()[...], window: sentences.indices)
            var counts = ToneCounts()
            for s in sentences.indices {
                counts.add(tone(ofSentence: s))
            }
            if all.count > 1 {
                let ev = evidence(0)
                for x in all.indices {
                    for y in (x + 1)..<all.endIndex { add(all[x], all[y], tone: counts.label, evidence: ev, sentences: 1) }
                }
            }
        }
    }

    /// Headline links (see the type's documentation); the headline is the sentences that start
    /// within its first `titleBytes` bytes.
    /// At most ``maxEntities`` headline actors are linked (the first named).
    /// - Complexity: O(*h* · *k*) for *h* headline people and countries and *k* body entities.
    mutating func linkHeadline(titleBytes: Int, tokens: [Token]) {
        let headlineCount = sentences.indices.prefix { tokens[sentences[$0].lowerBound].start < titleBytes }.count
        var isHead = [Bool](repeating: false, count: ids.count)
        var heads: [Int] = []
        for s in 0..<headlineCount {
            for c in members(of: s) where !isHead[c] && Self.isActor(ids[c]) {
                isHead[c] = true
                heads.append(c)
            }
        }
        guard !heads.isEmpty else { return }
        var firstSentence = [Int](repeating: -1, count: ids.count)
        for s in headlineCount..<sentences.count {
            for c in members(of: s) where firstSentence[c] < 0 { firstSentence[c] = s }
        }
        // A headline actor the body never names is not what the body is about (a digest, or
        // paragraphs put together from several stories).
        heads = Array(capped(heads.filter { firstSentence[$0] >= 0 }.sorted()[...], window: 0..<headlineCount))
        guard !heads.isEmpty else { return }
        let headline = Evidence(
            article: articleID, sentence: 0,
            text: (0..<headlineCount).map(sentenceText).joined(separator: " "))
        for b in ids.indices where firstSentence[b] >= 0 && !isHead[b] && Self.isActor(ids[b]) {
            let s = firstSentence[b]
            var tone: Tone?
            for h in heads {
                let (x, y) = (min(h, b), max(h, b))
                guard relations[key(x, y, .coMention)] == nil else { continue }
                if tone == nil { tone = self.tone(ofSentence: s) }
                var counts = ToneCounts()
                counts.add(tone ?? .neutral)
                relations[key(x, y, .headline)] = Relation(
                    ids[x], ids[y], kind: .headline, weight: 1, articles: 1, sentences: 0, tone: counts,
                    evidence: [headline])
            }
        }
    }

    /// People and countries: the entities headline links join.
    static func isActor(_ id: String) -> Bool { id.hasPrefix("person:") || id.hasPrefix("country:") }

    /// Adds an affiliation relation between person `a` and country `b` (weight 1, one neutral
    /// count), with the sentence that states it as evidence when the text does (else none: the
    /// person's ``RelGraphCore/Entity/affiliationSource`` says where it comes from).
    mutating func addAffiliation(_ a: Int, _ b: Int, sentence: Int? = nil) {
        let (x, y) = (min(a, b), max(a, b))
        relations[key(x, y, .affiliation)] = Relation(
            ids[x], ids[y], kind: .affiliation, weight: 1, articles: 1, sentences: 0, tone: ToneCounts(neutral: 1),
            evidence: sentence.map { [evidence($0)] } ?? [])
    }

    /// The relations in (source, target, kind) order: the keys sorted, then each relation copied
    /// once (sorting the key-relation pairs would move whole relations).
    func sortedRelations() -> [Relation] {
        relations.keys.sorted().map { relations[$0]! }
    }
}
