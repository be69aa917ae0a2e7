import RelGraphCore

/// Building the article's entities and co-mention relations from its mentions.
///
/// Conventions: entity ids get small integer codes in sorted id order, so relation keys are
/// `min * n + max`; evidence is the sentence text.
/// - Complexity: O(*m* + Σ *k*²) for *m* mentions and *k* entities per sentence.
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
        // Every mention id gets a slot once, so that each mention costs one hash.
        var slotOf: [String: Int] = [:]
        var slotIDs: [String] = []
        var slotEntity: [Entity?] = []
        var slotAliases: [Set<String>] = []
        var bySentence = [[Int]](repeating: [], count: sentences.count)
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
            bySentence[m.sentence].append(slot)
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
        let codes = bySentence.map { slots -> [Int] in
            var c = slots.map { codeOfSlot[$0] }
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
        func link(_ members: [Int], sentence: Int, tone toneOf: () -> Tone) {
            guard members.count > 1 else { return }
            var toneCounts = ToneCounts()
            switch toneOf() {
            case .cooperation: toneCounts.cooperation = 1
            case .conflict: toneCounts.conflict = 1
            case .neutral: toneCounts.neutral = 1
            }
            let ev = Evidence(article: article.id, sentence: sentence, text: sentenceText(sentence))
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    let key = members[x] * ids.count + members[y]
                    if let at = relations.index(forKey: key) {
                        relations.values[at].weight += 1
                        relations.values[at].sentences += 1
                        relations.values[at].tone.add(toneCounts)
                        if relations.values[at].evidence.count < Relation.maxEvidence {
                            relations.values[at].evidence.append(ev)
                        }
                    } else {
                        relations[key] = Relation(
                            ids[members[x]], ids[members[y]], weight: 1, articles: 1, sentences: 1,
                            tone: toneCounts, evidence: [ev])
                    }
                }
            }
        }
        switch options.window {
        case .sentence:
            for (s, members) in codes.enumerated() {
                link(members, sentence: s) { ToneLexicon.tone(lowers, sentences[s]) }
            }
        case .sentences(let n):
            for s in codes.indices {
                var members = Set(codes[s])
                for d in 1...max(1, n) where s + d < codes.count { members.formUnion(codes[s + d]) }
                link(members.sorted(), sentence: s) { ToneLexicon.tone(lowers, sentences[s]) }
            }
        case .article:
            let all = Set(codes.joined()).sorted()
            var counts = ToneCounts()
            for s in sentences.indices {
                switch ToneLexicon.tone(lowers, sentences[s]) {
                case .cooperation: counts.cooperation += 1
                case .conflict: counts.conflict += 1
                case .neutral: counts.neutral += 1
                }
            }
            link(all, sentence: 0) { counts.label }
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
            relations: relations.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) },
            inferredAffiliations: inferred)
    }
}
