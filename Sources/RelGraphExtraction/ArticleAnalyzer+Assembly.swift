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

    /// The index of the `:` that ends the kind in the entity id `id` (`id.firstIndex(of: ":")`),
    /// found on the UTF-8 bytes when the character after it is ASCII, so that no grapheme
    /// breaking is needed: a `:` followed by an ASCII character is a character of its own.
    /// - Complexity: O(*k*), where *k* is the length of `id`.
    static func kindSeparator(_ id: String) -> String.Index? {
        let utf8 = id.utf8
        guard let colon = utf8.firstIndex(of: 0x3A) else { return nil }
        let next = utf8.index(after: colon)
        if next == utf8.endIndex || utf8[next] < 0x80 { return colon }
        return id.firstIndex(of: ":")
    }

    /// The entities of one article and where they are mentioned, as the linker reads them.
    struct EntityTable {
        /// The entities, sorted by id; an entity's position is its code.
        var entities: [Entity] = []
        /// ``entities``' ids, by code.
        var ids: [String] = []
        /// Every mention (implicit ones too, flagged) by entity code, sentence and token range.
        var located: [(code: Int, sentence: Int, range: Range<Int>, implicit: Bool)] = []
        /// Slot of each mentioned id, and code of each slot (-1 for an id with only implicit
        /// mentions, which is no entity).
        var slotOf: [String: Int] = [:]
        var codeOfSlot: [Int] = []
        /// ISO codes of the countries among ``entities``.
        var countriesHere: Set<String> = []
        /// Ids of the people whose affiliation is the article's dominant country.
        var inferred: Set<String> = []
        /// The sentence that states a person's affiliation, by person id (text affiliations only).
        var affiliationSentence: [String: Int] = [:]

        /// The code of the entity with id `id`, if the article has one.
        func code(of id: String) -> Int? {
            guard let slot = slotOf[id], codeOfSlot[slot] >= 0 else { return nil }
            return codeOfSlot[slot]
        }
    }

    /// Stage 7: the article's extraction from its `mentions`: quotation speakers
    /// (``quoteSpeakerMentions(_:text:sentences:)``), the entities
    /// (``entityTable(_:quoted:votes:dominant:date:)``), then the relations
    /// (``relations(article:full:text:sentences:table:)``). `full` is the text `text` was made
    /// from.
    ///
    /// - Complexity: O(*m* log *m*) for *m* mentions, plus the linker's.
    func assemble(
        article: Article, full: String, text: TokenizedText, sentences: [Range<Int>],
        mentions: [Mention], votes: AffiliationVotes, dominant: String?
    ) -> ArticleExtraction {
        let quoted = quoteSpeakerMentions(mentions, text: text, sentences: sentences)
        let table = entityTable(mentions, quoted: quoted, votes: votes, dominant: dominant, date: article.date)
        let (relations, capped) = relations(article: article, full: full, text: text, sentences: sentences, table: table)
        var x = ArticleExtraction(
            article: ArticleInfo(id: article.id, title: article.title, date: article.date),
            entities: table.entities, relations: relations)
        x.cappedSentences = capped
        return x
    }

    /// Stage 7a: one entity per id of `mentions` and `quoted` (the quotation speakers'
    /// implicit mentions) that has an explicit mention, with its
    /// mention count, its aliases (the surfaces other than its name, sorted) and, for a person,
    /// its affiliation: the most voted (the first vote breaking ties: the text wins); else the
    /// country of the office held on the article's `date` (``OfficeHolderTable/country(of:on:)``);
    /// else the well-known people's undated affiliation; else, if
    /// ``ExtractionOptions/inferAffiliationFromArticle``, the article's `dominant` country.
    ///
    /// - Complexity: O(*m* + *e* log *e*) for *m* mentions of *e* entities.
    func entityTable(
        _ mentions: [Mention], quoted: [Mention], votes: AffiliationVotes, dominant: String?, date: String?
    ) -> EntityTable {
        let firstVote = votes.first
        var table = EntityTable()
        // Every mention id gets a slot once, so that each mention costs one hash.
        var slotIDs: [String] = []
        var slotEntity: [Entity?] = []
        // Whether a slot has its entity, and its explicit mentions after the first (kept apart
        // from `slotEntity`, so that counting copies no entity).
        var slotFilled: [Bool] = []
        var slotMore: [Int] = []
        var slotAliases: [SmallStringSet] = []
        // The surface last added to a slot's aliases: a repeated one needs no hashing.
        var slotLastSurface: [String?] = []
        var located: [(code: Int, sentence: Int, range: Range<Int>, implicit: Bool)] = []  // by slot until renumbered
        located.reserveCapacity(mentions.count + quoted.count)
        // Room for every id at once: growing would hash each id again (`slotOf` is only looked up).
        table.slotOf.reserveCapacity(mentions.count + quoted.count)
        for m in [mentions, quoted].joined() {
            let slot: Int
            if let k = table.slotOf[m.id] {
                slot = k
            } else {
                slot = slotIDs.count
                table.slotOf[m.id] = slot
                slotIDs.append(m.id)
                slotEntity.append(nil)
                slotFilled.append(false)
                slotMore.append(0)
                slotAliases.append(SmallStringSet())
                slotLastSurface.append(nil)
            }
            located.append((slot, m.sentence, m.range, m.implicit))
            if m.implicit { continue }
            if slotLastSurface[slot] != m.surface {
                slotAliases[slot].insert(m.surface)
                slotLastSurface[slot] = m.surface
            }
            if slotFilled[slot] {
                slotMore[slot] += 1
                continue
            }
            // Mention ids come from `Entity.makeID(kind:key:)`: "kind:key".
            guard let colon = Self.kindSeparator(m.id), let kind = EntityKind(rawValue: String(m.id[..<colon])) else {
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
            slotFilled[slot] = true
        }
        // Entities in id order; their positions are the codes the linker uses.
        let order = slotIDs.indices.filter { slotFilled[$0] }.sorted { slotIDs[$0] < slotIDs[$1] }
        var day: Int?? = nil  // the key of `date`, read once (``OfficeHolderTable/country(of:on:day:)``)
        table.codeOfSlot = [Int](repeating: -1, count: slotIDs.count)
        for (k, slot) in order.enumerated() { table.codeOfSlot[slot] = k }
        table.ids = order.map { slotIDs[$0] }
        table.entities.reserveCapacity(order.count)
        for slot in order {
            guard var e = slotEntity[slot].take() else { continue }  // `order` holds filled slots only
            e.mentions += slotMore[slot]
            e.aliases = slotAliases[slot].elements.filter { $0 != e.name }.sorted()
            if e.kind == .person {
                if let v = votes.votes[e.name] {
                    e.affiliation =
                        v.max {
                            ($0.value, firstVote[e.name] == $1.key ? 1 : 0, $1.key)
                                < ($1.value, firstVote[e.name] == $0.key ? 1 : 0, $0.key)
                        }?.key
                    e.affiliationSource = .text
                    if let a = e.affiliation, let sentence = votes.sentence[e.name]?[a] {
                        table.affiliationSentence[e.id] = sentence
                    }
                } else if let a = lex.offices.country(of: e.name, on: date, day: &day) ?? lex.personAffiliation[e.name] {
                    e.affiliation = a
                    e.affiliationSource = .table
                } else if options.inferAffiliationFromArticle, let dominant {
                    e.affiliation = dominant
                    e.affiliationSource = .guess
                    table.inferred.insert(e.id)
                }
            }
            table.entities.append(e)
        }
        table.countriesHere = Set(table.entities.compactMap(\.iso3))
        let codeOfSlot = table.codeOfSlot
        table.located = located.compactMap { m in
            codeOfSlot[m.code] >= 0 ? (codeOfSlot[m.code], m.sentence, m.range, m.implicit) : nil
        }
        return table
    }

    /// Stage 7b: the relations of the entities of `table`, sorted by pair and kind: co-mentions
    /// in sentences or windows and headline links (``CoMentionLinker``), then, if
    /// ``ExtractionOptions/affiliationEdges``, an affiliation relation from each person to the
    /// affiliated country when the article names that country (its evidence: the sentence that
    /// states it, when the text does). With
    /// ``ExtractionOptions/Weight/articles`` (the default) every relation weighs 1 (one article);
    /// with ``ExtractionOptions/Weight/sentences`` a co-mention weighs its sentences.
    ///
    /// Also returns how many sentences or windows named more than
    /// ``ExtractionOptions/maxEntitiesPerSentence`` entities (linked for the first ones only).
    ///
    /// - Complexity: the linker's, plus O(*e*) for *e* entities.
    func relations(
        article: Article, full: String, text: TokenizedText, sentences: [Range<Int>], table: EntityTable
    ) -> (relations: [Relation], capped: Int) {
        let tokens = text.tokens
        let utf8 = Array(full.utf8)
        var linker = CoMentionLinker(
            articleID: article.id, ids: table.ids, sentences: sentences, tokenCount: tokens.count,
            lowers: text.lowers, lowerIds: text.lowerIds, vocab: lex.vocab, mentions: table.located,
            maxEntities: options.maxEntitiesPerSentence
        ) { s in
            let r = sentences[s]
            return String(decoding: utf8[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
        }
        linker.linkSentences(window: options.window)
        if options.headlineLinks, options.window != .article, let title = article.title, !title.isEmpty {
            linker.linkHeadline(titleBytes: title.utf8.count, tokens: tokens)
        }
        if options.affiliationEdges {
            for (pc, e) in table.entities.enumerated() where e.kind == .person {
                guard let a = e.affiliation, table.countriesHere.contains(a) else { continue }
                let cid = Entity.makeID(kind: .country, key: a)
                guard let code = table.code(of: cid) else { continue }
                linker.addAffiliation(pc, code, sentence: table.affiliationSentence[e.id])
            }
        }
        var relations = linker.sortedRelations()
        if options.weight == .articles {
            for i in relations.indices { relations[i].weight = 1 }
        }
        return (relations, linker.cappedWindows)
    }
}
