import RelGraphCore

/// Building the article's entities and co-mention relations from its mentions.
///
/// Definitions: two entities in the same sentence (or window) gain weight 1 and one tone
/// count. The tone of a pair in a sentence is read from the words between its members — the
/// gaps between consecutive mentions of the one and the other, first-person words in a quote
/// standing for its speaker (`quoteSpeakerMentions`) — because in "Peru praised Chile, while
/// Bolivia condemned Argentina" each pair's own verb is the one between them; when those gaps
/// hold no cue, the whole sentence's tone is used (``ToneLexicon``). Headline links
/// (`addHeadlineLinks`) and affiliation edges come last and never add to a sentence link.
///
/// Conventions: entity ids get small integer codes in sorted id order, so relation keys are
/// `min * n + max`; evidence is the sentence text.
/// - Complexity: O(*m* + Σ *k*² · *g*) for *m* mentions, *k* entities per sentence and *g*
///   tokens per sentence.
extension ArticleAnalyzer {
    // MARK: - Assembly

    func joined(_ texts: [String], _ r: Range<Int>) -> String {
        var s = ""
        for i in r {
            if i > r.lowerBound, texts[i] != "'s" { s += " " }
            s += texts[i]
        }
        return s
    }

    func assemble(
        article: Article, sentences: [Range<Int>], tokens: [Token], full: String, lowers: [String],
        mentions: [Mention], votes: [String: [String: Int]], firstVote: [String: String], dominant: String?
    ) -> ArticleExtraction {
        let info = ArticleInfo(id: article.id, title: article.title, date: article.date)
        let mentions = mentions + quoteSpeakerMentions(mentions, sentences: sentences, tokens: tokens, lowers: lowers)
        // Every mention id gets a slot once, so that each mention costs one hash.
        var slotOf: [String: Int] = [:]
        var slotIDs: [String] = []
        var slotEntity: [Entity?] = []
        var slotAliases: [Set<String>] = []
        var bySentence = [[(slot: Int, range: Range<Int>)]](repeating: [], count: sentences.count)
        for m in mentions {
            let slot: Int
            if let k = slotOf[m.id] {
                slot = k
            } else {
                slot = slotIDs.count
                slotOf[m.id] = slot
                slotIDs.append(m.id)
                slotEntity.append(nil)
                slotAliases.append([])
            }
            bySentence[m.sentence].append((slot, m.range))
            if m.implicit { continue }
            slotAliases[slot].insert(m.surface)
            if slotEntity[slot] != nil {
                slotEntity[slot]!.mentions += 1
                continue
            }
            let colon = m.id.firstIndex(of: ":")!
            let kind = EntityKind(rawValue: String(m.id[..<colon]))!
            let key = String(m.id[m.id.index(after: colon)...])
            switch kind {
            case .country:
                slotEntity[slot] = Entity(kind: .country, name: lex.countryNames[key] ?? key, iso3: key)
            default:
                slotEntity[slot] = Entity(kind: kind, name: key)
            }
        }
        var entities: [String: Entity] = [:]
        entities.reserveCapacity(slotIDs.count)
        var aliases: [String: Set<String>] = [:]
        for (k, id) in slotIDs.enumerated() {
            if let e = slotEntity[k] { entities[id] = e }
            if !slotAliases[k].isEmpty { aliases[id] = slotAliases[k] }
        }
        let countriesHere = Set(entities.values.compactMap(\.iso3))
        var inferred = Set<String>()
        for (id, var e) in entities {
            e.aliases = (aliases[id] ?? []).filter { $0 != e.name }.sorted()
            if e.kind == .person {
                if let v = votes[e.name] {
                    e.affiliation = v.max { ($0.value, firstVote[e.name] == $1.key ? 1 : 0, $1.key)
                        < ($1.value, firstVote[e.name] == $0.key ? 1 : 0, $0.key) }?.key
                } else if let a = lex.personAffiliation[e.name] {
                    e.affiliation = a
                } else if options.inferAffiliationFromArticle, let dominant {
                    e.affiliation = dominant
                    inferred.insert(id)
                }
            }
            entities[id] = e
        }
        // Co-mentions: entity ids get small integer codes so that pairs hash cheaply.
        let ids = entities.keys.sorted()
        var code: [String: Int] = [:]
        for (k, id) in ids.enumerated() { code[id] = k }
        let codeOfSlot = slotIDs.map { code[$0]! }
        // Each sentence's mentions in text order.
        let occurrences = bySentence.map { list in
            list.map { Occurrence(code: codeOfSlot[$0.slot], range: $0.range) }
                .sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
        }
        let codes = occurrences.map { list -> [Int] in
            var c = list.map(\.code)
            c.sort()
            var out: [Int] = []
            out.reserveCapacity(c.count)
            for x in c where out.last != x { out.append(x) }
            return out
        }
        var relations: [Int: Relation] = [:]
        let utf8 = Array(full.utf8)
        func sentenceText(_ s: Int) -> String {
            let r = sentences[s]
            return String(decoding: utf8[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
        }
        var cueCounts = [ToneLexicon.CueCounts?](repeating: nil, count: sentences.count)
        func cues(_ s: Int) -> ToneLexicon.CueCounts {
            if let c = cueCounts[s] { return c }
            let c = ToneLexicon.CueCounts(lowers, sentence: sentences[s])
            cueCounts[s] = c
            return c
        }
        func tone(ofSentence s: Int) -> Tone { cues(s).tone(sentences[s]) }
        /// The pair's tone in sentence `s`: the cues in the gaps between consecutive mentions of
        /// the one and the other there, or the whole sentence's when those gaps have none.
        func tone(of a: Int, _ b: Int, in s: Int) -> Tone {
            let counts = cues(s)
            var coop = 0, conf = 0
            var last: Occurrence? = nil
            for q in occurrences[s] where q.code == a || q.code == b {
                if let p = last, p.code != q.code, p.range.upperBound < q.range.lowerBound {
                    let c = counts.counts(p.range.upperBound..<q.range.lowerBound)
                    coop += c.cooperation
                    conf += c.conflict
                }
                last = q
            }
            if coop == 0 && conf == 0 { return counts.tone(sentences[s]) }
            return coop > conf ? .cooperation : conf > coop ? .conflict : .neutral
        }
        func add(_ a: Int, _ b: Int, tone: Tone, evidence: Evidence, sentences count: Int) {
            var toneCounts = ToneCounts()
            switch tone {
            case .cooperation: toneCounts.cooperation = 1
            case .conflict: toneCounts.conflict = 1
            case .neutral: toneCounts.neutral = 1
            }
            let key = a * ids.count + b
            if let at = relations.index(forKey: key) {
                relations.values[at].weight += 1
                relations.values[at].sentences += count
                relations.values[at].tone.add(toneCounts)
                if relations.values[at].evidence.count < Relation.maxEvidence {
                    relations.values[at].evidence.append(evidence)
                }
            } else {
                relations[key] = Relation(
                    ids[a], ids[b], weight: 1, articles: 1, sentences: count, tone: toneCounts, evidence: [evidence])
            }
        }
        func link(_ members: [Int], sentence s: Int) {
            guard members.count > 1 else { return }
            let ev = Evidence(article: article.id, sentence: s, text: sentenceText(s))
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    add(members[x], members[y], tone: tone(of: members[x], members[y], in: s), evidence: ev, sentences: 1)
                }
            }
        }
        switch options.window {
        case .sentence:
            for (s, members) in codes.enumerated() { link(members, sentence: s) }
        case .sentences(let n):
            for s in codes.indices {
                var members = Set(codes[s])
                for d in 1...max(1, n) where s + d < codes.count { members.formUnion(codes[s + d]) }
                link(members.sorted(), sentence: s)
            }
        case .article:
            let all = Set(codes.joined()).sorted()
            var counts = ToneCounts()
            for s in sentences.indices {
                switch tone(ofSentence: s) {
                case .cooperation: counts.cooperation += 1
                case .conflict: counts.conflict += 1
                case .neutral: counts.neutral += 1
                }
            }
            if all.count > 1 {
                let ev = Evidence(article: article.id, sentence: 0, text: sentenceText(0))
                for x in 0..<all.count {
                    for y in (x + 1)..<all.count { add(all[x], all[y], tone: counts.label, evidence: ev, sentences: 1) }
                }
            }
        }
        if options.headlineLinks, options.window != .article, let title = article.title, !title.isEmpty {
            addHeadlineLinks(titleBytes: title.utf8.count, sentences: sentences, tokens: tokens, codes: codes,
                             ids: ids, relations: &relations) { s in
                (tone(ofSentence: s), Evidence(article: article.id, sentence: s, text: sentenceText(s)))
            }
        }
        if options.affiliationEdges {
            for e in entities.values where e.kind == .person {
                guard let a = e.affiliation, countriesHere.contains(a) else { continue }
                let cid = Entity.makeID(kind: .country, key: a)
                guard let pc = code[e.id], let cc = code[cid] else { continue }
                let key = min(pc, cc) * ids.count + max(pc, cc)
                if relations[key] == nil {
                    relations[key] = Relation(e.id, cid, weight: 1, articles: 1, sentences: 0,
                                              tone: ToneCounts(neutral: 1))
                }
            }
        }
        return ArticleExtraction(
            article: info,
            entities: entities.values.sorted { $0.id < $1.id },
            // Keys are (smaller code, larger code) and codes follow id order: key order is (source, target) order.
            relations: relations.sorted { $0.key < $1.key }.map(\.value),
            inferredAffiliations: inferred)
    }
}

extension ArticleAnalyzer {
    /// One entity's mention in a sentence, by its small integer code and token range.
    struct Occurrence {
        var code: Int
        var range: Range<Int>
    }

    /// Headline links: the people and countries a headline names are what the article is about,
    /// so each is linked to every entity the body names that it shares no sentence with (under
    /// "Former Peruvian minister Ana Ruiz dies", the body's "Condolences came from Chile's
    /// Tomás Vidal" relates Vidal to Ruiz).
    ///
    /// Conventions: a headline link has weight 1 per article and counts no sentence; its tone
    /// and evidence are those of the body sentence that first names the other entity. Pairs
    /// already linked by a sentence keep only their sentence links.
    /// - Complexity: O(*h* · *k*) for *h* headline people and countries and *k* body entities.
    func addHeadlineLinks(
        titleBytes: Int, sentences: [Range<Int>], tokens: [Token], codes: [[Int]], ids: [String],
        relations: inout [Int: Relation], sentenceInfo: (Int) -> (Tone, Evidence)
    ) {
        let headline = sentences.indices.prefix { tokens[sentences[$0].lowerBound].start < titleBytes }
        var heads = Set<Int>()
        for s in headline {
            for c in codes[s] where ids[c].hasPrefix("person:") || ids[c].hasPrefix("country:") { heads.insert(c) }
        }
        guard !heads.isEmpty else { return }
        var firstSentence: [Int: Int] = [:]
        for s in headline.count..<sentences.count {
            for c in codes[s] where firstSentence[c] == nil { firstSentence[c] = s }
        }
        let headList = heads.sorted()
        for (b, s) in firstSentence.sorted(by: { $0.key < $1.key }) where !heads.contains(b) {
            var info: (Tone, Evidence)? = nil
            for h in headList {
                let key = min(h, b) * ids.count + max(h, b)
                guard relations[key] == nil else { continue }
                if info == nil { info = sentenceInfo(s) }
                let (tone, evidence) = info!
                relations[key] = Relation(
                    ids[min(h, b)], ids[max(h, b)], weight: 1, articles: 1, sentences: 0,
                    tone: ToneCounts(cooperation: tone == .cooperation ? 1 : 0, conflict: tone == .conflict ? 1 : 0,
                                     neutral: tone == .neutral ? 1 : 0),
                    evidence: [evidence])
            }
        }
    }
}
