import RelGraphCore

/// Building the article's entities from its mentions, then its relations with
/// ``CoMentionLinker`` (co-mentions with pair tone, headline links) and affiliation edges.
///
/// Conventions: first-person words in a quotation count as mentions of its speaker
/// (`quoteSpeakerMentions`); an affiliation edge never adds to a sentence or headline link.
/// - Complexity: O(*m* log *m*) for *m* mentions, plus the linker's.
extension ArticleAnalyzer {
    // MARK: - Assembly

    /// The texts of the tokens `r`, separated by spaces (none before a possessive "'s").
    ///
    /// - Complexity: O(*b*) for *b* bytes of text.
    func joined(_ texts: [String], _ r: Range<Int>) -> String {
        var s = ""
        for i in r {
            if i > r.lowerBound, texts[i] != "'s" { s += " " }
            s += texts[i]
        }
        return s
    }

    /// Stage 7: the article's extraction from its `mentions`: quotation speakers
    /// (``quoteSpeakerMentions(_:text:sentences:)``), one entity per mentioned id with its
    /// aliases and, for a person, its affiliation (the most voted, the first vote breaking
    /// ties; else the office-holder table's; else, if allowed, the article's `dominant`
    /// country), then the relations (``CoMentionLinker``, plus affiliation edges).
    /// `full` is the text `text` was made from.
    ///
    /// - Complexity: O(*m* log *m*) for *m* mentions, plus the linker's.
    func assemble(
        article: Article, full: String, text: TokenizedText, sentences: [Range<Int>],
        mentions: [Mention], votes: AffiliationVotes, dominant: String?
    ) -> ArticleExtraction {
        let tokens = text.tokens, lowers = text.lowers
        let firstVote = votes.first
        let info = ArticleInfo(id: article.id, title: article.title, date: article.date)
        let quoted = quoteSpeakerMentions(mentions, text: text, sentences: sentences)
        // Every mention id gets a slot once, so that each mention costs one hash.
        var slotOf: [String: Int] = [:]
        var slotIDs: [String] = []
        var slotEntity: [Entity?] = []
        var slotAliases: [Set<String>] = []
        var located: [(code: Int, sentence: Int, range: Range<Int>)] = []  // by slot until renumbered
        located.reserveCapacity(mentions.count + quoted.count)
        for m in [mentions, quoted].joined() {
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
            located.append((slot, m.sentence, m.range))
            if m.implicit { continue }
            slotAliases[slot].insert(m.surface)
            if slotEntity[slot] != nil {
                slotEntity[slot]?.mentions += 1
                continue
            }
            // Mention ids come from `Entity.makeID(kind:key:)`: "kind:key".
            guard let colon = m.id.firstIndex(of: ":"), let kind = EntityKind(rawValue: String(m.id[..<colon])) else {
                assertionFailure("mention id without a kind: '\(m.id)'")
                continue
            }
            let key = String(m.id[m.id.index(after: colon)...])
            switch kind {
            case .country:
                slotEntity[slot] = Entity(kind: .country, name: lex.countryNames[key] ?? key, iso3: key)
            default:
                slotEntity[slot] = Entity(kind: kind, name: key)
            }
        }
        // Entities in id order; their positions are the codes the linker uses.
        let order = slotIDs.indices.filter { slotEntity[$0] != nil }.sorted { slotIDs[$0] < slotIDs[$1] }
        var codeOfSlot = [Int](repeating: -1, count: slotIDs.count)
        for (k, slot) in order.enumerated() { codeOfSlot[slot] = k }
        let ids = order.map { slotIDs[$0] }
        let countriesHere = Set(order.compactMap { slotEntity[$0]?.iso3 })
        var inferred = Set<String>()
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        for slot in order {
            guard var e = slotEntity[slot] else { continue }  // `order` holds filled slots only
            e.aliases = slotAliases[slot].filter { $0 != e.name }.sorted()
            if e.kind == .person {
                if let v = votes.votes[e.name] {
                    e.affiliation = v.max { ($0.value, firstVote[e.name] == $1.key ? 1 : 0, $1.key)
                        < ($1.value, firstVote[e.name] == $0.key ? 1 : 0, $0.key) }?.key
                } else if let a = lex.personAffiliation[e.name] {
                    e.affiliation = a
                } else if options.inferAffiliationFromArticle, let dominant {
                    e.affiliation = dominant
                    inferred.insert(e.id)
                }
            }
            entities.append(e)
        }
        located = located.compactMap { m in codeOfSlot[m.code] >= 0 ? (codeOfSlot[m.code], m.sentence, m.range) : nil }
        let utf8 = Array(full.utf8)
        var linker = CoMentionLinker(
            articleID: article.id, ids: ids, sentences: sentences, tokenCount: tokens.count, lowers: lowers,
            mentions: located
        ) { s in
            let r = sentences[s]
            return String(decoding: utf8[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
        }
        linker.linkSentences(window: options.window)
        if options.headlineLinks, options.window != .article, let title = article.title, !title.isEmpty {
            linker.linkHeadline(titleBytes: title.utf8.count, tokens: tokens)
        }
        if options.affiliationEdges {
            for (pc, e) in entities.enumerated() where e.kind == .person {
                guard let a = e.affiliation, countriesHere.contains(a) else { continue }
                let cid = Entity.makeID(kind: .country, key: a)
                guard let slot = slotOf[cid], codeOfSlot[slot] >= 0 else { continue }
                linker.addIfAbsent(pc, codeOfSlot[slot], Relation(e.id, cid, weight: 1, articles: 1, sentences: 0,
                                                                  tone: ToneCounts(neutral: 1)))
            }
        }
        return ArticleExtraction(
            article: info,
            entities: entities,
            relations: linker.sortedRelations(),
            inferredAffiliations: inferred)
    }
}

