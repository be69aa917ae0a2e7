import RelGraphCore

extension Extractor {
    /// Makes one entity of each concept that the articles name in several ways, across all
    /// extractions (after ``mergeSurnames(_:threads:)``):
    /// - an **issue and an organisation with the same name** (ignoring case: "islamic state"
    ///   and "Islamic State") are the organisation;
    /// - **a person whose name nests in another's**: the same first and last words with words or
    ///   initials between ("Brian Carroll" in "Brian T. Carroll"), or listed among the other's
    ///   aliases in some article, is that other person when exactly one such person exists.
    ///   Of the two, the canonical name is the one mentioned more often (ties: the longer);
    /// - **spellings of one person's name**: people whose names have the same
    ///   ``NameVariants/key(_:)`` ("Mohammed Farouk", "Mohammad Farouk"; "José Ramírez", "Jose
    ///   Ramirez") are the one mentioned most (ties: the smaller id).
    ///
    /// A renamed entity's name becomes an alias; relations between the two merged entities
    /// disappear (no self-loops); counts add up as in ``RelGraphCore/EntityGraphBuilder``.
    /// - Complexity: O(*e* log *e*) for *e* entities in all, plus rebuilding the articles that
    ///   name a renamed entity.
    static func mergeVariants(_ xs: [ArticleExtraction], threads: Int = 1) -> [ArticleExtraction] {
        var census = VariantCensus()
        for x in xs { census.count(x) }
        let renames = census.renames()
        guard !renames.isEmpty else { return xs }
        return map(xs, threads: threads) { renames.apply($0) }
    }

    /// The people, organisations and issues of the articles seen so far (the kinds that
    /// ``mergeVariants(_:threads:)`` merges or merges into), fed one article at a time (after
    /// ``mergeSurnames(_:threads:)``'s renaming), in input order.
    ///
    /// - Complexity: ``count(_:)`` is one hash lookup per such entity (and its aliases).
    struct VariantCensus {
        /// One id's mentions so far, its entity as first seen, and its aliases, lower-cased.
        private struct Tally {
            var mentions: Int
            var entity: Entity
            var aliases: Set<String>
        }

        private var tallies: [String: Tally] = [:]

        /// A person counted, with what ``renames()`` compares of its name: its words (split at
        /// spaces as `split(separator: " ")` splits it), for a name of two or more words its
        /// first and last word lower-cased ("first last"), and whether it has a space at all.
        private struct Person {
            let id: String
            let name: String
            let mentions: Int
            let aliases: Set<String>
            let words: Int
            let ends: String
            let hasSpace: Bool

            /// The person `id` named `name`.
            /// - Complexity: O(*k*) for a name of *k* bytes.
            init(id: String, name: String, mentions: Int, aliases: Set<String>) {
                (self.id, self.name, self.mentions, self.aliases) = (id, name, mentions, aliases)
                if let ascii = Self.asciiWords(name) {
                    (words, ends, hasSpace) = ascii
                    return
                }
                let parts = name.split(separator: " ")
                words = parts.count
                if parts.count >= 2, let first = parts.first, let last = parts.last {
                    ends = "\(first) \(last)".lowercased()
                } else {
                    ends = ""
                }
                hasSpace = name.contains(" ")
            }

            /// The word count, "first last" lower-cased (or "") and whether there is a space, of
            /// an all-ASCII `name`, computed on its bytes (where a space is always a separator
            /// and lower-casing maps A–Z only); `nil` for any other name.
            private static func asciiWords(_ name: String) -> (Int, String, Bool)? {
                let found = name.utf8.withContiguousStorageIfAvailable { b -> (Int, String, Bool)? in
                    var words = 0
                    var first = 0..<0
                    var last = 0..<0
                    var i = 0
                    while i < b.count {
                        if b[i] >= 0x80 { return nil }
                        if b[i] == 0x20 {
                            i += 1
                            continue
                        }
                        let start = i
                        while i < b.count, b[i] != 0x20 {
                            if b[i] >= 0x80 { return nil }
                            i += 1
                        }
                        words += 1
                        if words == 1 { first = start..<i }
                        last = start..<i
                    }
                    guard words >= 2 else { return (words, "", b.contains(0x20)) }
                    let ends = [UInt8](unsafeUninitializedCapacity: first.count + 1 + last.count) { out, n in
                        for k in first { out[n] = lower(b[k]); n += 1 }
                        out[n] = 0x20
                        n += 1
                        for k in last { out[n] = lower(b[k]); n += 1 }
                    }
                    return (words, String(decoding: ends, as: UTF8.self), true)
                }
                return found ?? nil
            }

            /// `b` lower-cased if it is an ASCII capital.
            private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        }

        /// Counts the people, organisations and issues of `x`.
        mutating func count(_ x: ArticleExtraction) {
            // By index, so that an entity is copied only when it is first seen.
            let es = x.entities
            for k in es.indices where es[k].kind == .person || es[k].kind == .organization || es[k].kind == .issue {
                if let i = tallies.index(forKey: es[k].id) {
                    tallies.values[i].mentions += es[k].mentions
                    if !es[k].aliases.isEmpty { tallies.values[i].aliases.formUnion(es[k].aliases.map { $0.lowercased() }) }
                } else {
                    let e = es[k]
                    tallies[e.id] = Tally(mentions: e.mentions, entity: e, aliases: Set(e.aliases.map { $0.lowercased() }))
                }
            }
        }

        /// Adds the counts of `later`, a census of articles that come after this one's: mentions
        /// and aliases add up, and an entity first seen here stays the one kept.
        /// - Complexity: O(*k*) dictionary operations for the *k* ids of `later`.
        mutating func merge(_ later: VariantCensus) {
            for (id, t) in later.tallies {
                if let i = tallies.index(forKey: id) {
                    tallies.values[i].mentions += t.mentions
                    tallies.values[i].aliases.formUnion(t.aliases)
                } else {
                    tallies[id] = t
                }
            }
        }

        /// The census of `xs` (each passed through `prepare` first), counted in one contiguous
        /// slice per thread and merged in input order: the same counts as counting them one by
        /// one on the calling thread.
        static func counting(
            _ xs: [ArticleExtraction], threads: Int,
            _ prepare: @Sendable (ArticleExtraction) -> ArticleExtraction
        ) -> VariantCensus {
            counting(xs, threads: threads, keeping: false, prepare).census
        }

        /// The census of `xs` as ``counting(_:threads:_:)`` counts it, with `prepare` of each of
        /// `xs` in order when `keeping` (else no extractions), so that a caller that needs
        /// them prepares each only once.
        /// - Complexity: O(*n*) calls of `prepare` and ``count(_:)`` for *n* extractions, on
        ///   up to `threads` threads, plus merging the censuses of the slices.
        static func counting(
            _ xs: [ArticleExtraction], threads: Int, keeping: Bool,
            _ prepare: @Sendable (ArticleExtraction) -> ArticleExtraction
        ) -> (census: VariantCensus, prepared: [ArticleExtraction]) {
            let parts = max(1, min(threads, xs.count / 64))
            let size = (xs.count + parts - 1) / max(1, parts)
            let slices = (0..<parts).map { p in xs[min(xs.count, p * size)..<min(xs.count, (p + 1) * size)] }
            var census = VariantCensus()
            var prepared: [ArticleExtraction] = []
            if keeping { prepared.reserveCapacity(xs.count) }
            for (part, done) in Extractor.map(
                slices, threads: parts,
                { slice -> (VariantCensus, [ArticleExtraction]) in
                    var c = VariantCensus()
                    var done: [ArticleExtraction] = []
                    if keeping { done.reserveCapacity(slice.count) }
                    for x in slice {
                        let y = prepare(x)
                        c.count(y)
                        if keeping { done.append(y) }
                    }
                    return (c, done)
                })
            {
                census.merge(part)
                prepared += done
            }
            return (census, prepared)
        }

        /// The merging the entities counted so far call for.
        func renames() -> VariantRenames {
            var target: [String: String] = [:]
            // Issues named like an organisation.
            var organisations: [String: String] = [:]
            for (id, t) in tallies where t.entity.kind == .organization {
                organisations[t.entity.name.lowercased()] = id
            }
            for (id, t) in tallies where t.entity.kind == .issue {
                if let org = organisations[t.entity.name.lowercased()] { target[id] = org }
            }
            var targets = Set(target.values)
            // People whose names nest, by id, with the words of their names.
            var people: [Person] = []
            people.reserveCapacity(tallies.count)
            for (id, t) in tallies where t.entity.kind == .person {
                people.append(Person(id: id, name: t.entity.name, mentions: t.mentions, aliases: t.aliases))
            }
            people.sort { $0.id < $1.id }
            // Lower-cased alias -> the people whose aliases include it.
            var aliasHolders: [String: [String]] = [:]
            aliasHolders.reserveCapacity(people.count)
            for k in people.indices {
                for a in people[k].aliases { aliasHolders[a, default: []].append(people[k].id) }
            }
            // "first last", lower-cased -> the people whose names start and end so, with their
            // word counts.
            var byEnds: [String: [(id: String, words: Int)]] = [:]
            byEnds.reserveCapacity(people.count)
            for k in people.indices where people[k].words >= 2 {
                byEnds[people[k].ends, default: []].append((people[k].id, people[k].words))
            }
            for p in people where p.words >= 2 {
                let id = p.id
                var partners = Set((byEnds[p.ends] ?? []).lazy.filter { $0.id != id && $0.words > p.words }.map(\.id))
                for other in aliasHolders[p.name.lowercased()] ?? [] where other != id { partners.insert(other) }
                guard partners.count == 1, let other = partners.first, let o = tallies[other]?.entity else { continue }
                let (mp, mo) = (p.mentions, tallies[other]?.mentions ?? 0)
                let keepOther = mo != mp ? mo > mp : o.name.count >= p.name.count
                let (from, to) = keepOther ? (id, other) : (other, id)
                // No chains: an entity is renamed once, to one that is not renamed itself.
                if target[to] == nil && target[from] == nil && !targets.contains(from) {
                    target[from] = to
                    targets.insert(to)
                }
            }
            // Spelling variants ("Mohammed Farouk", "Mohammad Farouk"): the most mentioned
            // spelling (ties: the smaller id) names them all.
            var byKey: [String: [Person]] = [:]
            byKey.reserveCapacity(people.count)
            for k in people.indices where people[k].hasSpace {
                byKey[NameVariants.key(people[k].name), default: []].append(people[k])
            }
            for group in byKey.values where group.count > 1 {
                guard let to = group.max(by: { ($0.mentions, $1.id) < ($1.mentions, $0.id) }) else { continue }
                if target[to.id] != nil { continue }
                for p in group where p.id != to.id && target[p.id] == nil && !targets.contains(p.id) {
                    target[p.id] = to.id
                    targets.insert(to.id)
                }
            }
            return VariantRenames(canonical: target.compactMapValues { tallies[$0]?.entity })
        }
    }

    /// Entity ids and the entities they merge into (see ``mergeVariants(_:threads:)``).
    struct VariantRenames: Sendable {
        let canonical: [String: Entity]

        var isEmpty: Bool { canonical.isEmpty }

        /// `x` with its variants renamed and merged.
        func apply(_ x: ArticleExtraction) -> ArticleExtraction {
            // Only people and issues are ever renamed; looking up no other entity saves hashing its id.
            guard !canonical.isEmpty else { return x }
            // By index, so that no entity is copied.
            let es = x.entities
            guard es.indices.contains(where: { (es[$0].kind == .person || es[$0].kind == .issue) && canonical[es[$0].id] != nil })
            else { return x }
            return renamed(x, canonical)
        }
    }

    /// `x` with every entity whose id `canonical` maps renamed to that entity (its kind, name,
    /// ISO code and, when it has none, affiliation; the old name becomes an alias), rebuilt with
    /// ``RelGraphCore/EntityGraphBuilder`` so that entities that now share an id merge. Used by
    /// ``mergeVariants(_:threads:)`` and by ``mergeSurnames(_:threads:)`` when a rename merges.
    static func renamed(_ x: ArticleExtraction, _ canonical: [String: Entity]) -> ArticleExtraction {
        var b = EntityGraphBuilder()
        b.addArticle(x.article)
        for e in x.entities {
            guard let c = canonical[e.id] else {
                b.addEntity(e)
                continue
            }
            let hasOwn = e.affiliation != nil
            b.addEntity(
                Entity(
                    kind: c.kind, name: c.name, aliases: e.aliases + [e.name], iso3: c.iso3,
                    affiliation: hasOwn ? e.affiliation : c.affiliation,
                    affiliationSource: hasOwn ? e.affiliationSource : c.affiliationSource, mentions: e.mentions,
                    articles: 1))
        }
        let newID = { (id: String) in canonical[id]?.id ?? id }
        for r in x.relations {
            b.addRelation(
                Relation(
                    newID(r.source), newID(r.target), kind: r.kind, weight: r.weight, articles: r.articles,
                    sentences: r.sentences, tone: r.tone, evidence: r.evidence.map { $0.renamed(newID) }))
        }
        let g = b.build()
        var out = x
        out.entities = g.entities.map { e in
            var e = e
            e.articles = 1
            return e
        }
        out.relations = g.relations
        return out
    }
}
