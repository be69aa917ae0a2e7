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
                    for a in es[k].aliases { tallies.values[i].aliases.insert(a.lowercased()) }
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
    /// ISO code and, when it has none, affiliation; the old name becomes an alias), merged as
    /// ``RelGraphCore/EntityGraphBuilder`` merges the article so that entities that now share an
    /// id merge: the same entities and relations as building the graph of the renamed article
    /// (see ``RenamedArticle``), without the builder's dictionaries of strings. Used by
    /// ``mergeVariants(_:threads:)`` and by ``mergeSurnames(_:threads:)`` when a rename merges.
    /// - Complexity: O(*e* log *e* + *r* log *r*) for *e* entities and *r* relations, plus
    ///   sorting aliases and evidence.
    static func renamed(_ x: ArticleExtraction, _ canonical: [String: Entity]) -> ArticleExtraction {
        var merged = RenamedArticle(entities: x.entities.count, relations: x.relations.count)
        for e in x.entities {
            guard let c = canonical[e.id] else {
                merged.add(e)
                continue
            }
            let hasOwn = e.affiliation != nil
            merged.add(
                Entity(
                    kind: c.kind, name: c.name, aliases: e.aliases + [e.name], iso3: c.iso3,
                    affiliation: hasOwn ? e.affiliation : c.affiliation,
                    affiliationSource: hasOwn ? e.affiliationSource : c.affiliationSource, mentions: e.mentions,
                    articles: 1))
        }
        let newID = { (id: String) in canonical[id]?.id ?? id }
        for r in x.relations {
            merged.add(
                Relation(
                    newID(r.source), newID(r.target), kind: r.kind, weight: r.weight, articles: r.articles,
                    sentences: r.sentences, tone: r.tone, evidence: r.evidence.map { $0.renamed(newID) }))
        }
        var out = x
        (out.entities, out.relations) = merged.result()
        return out
    }
}

/// The entities and relations of one article merged exactly as ``RelGraphCore/EntityGraphBuilder``
/// merges them when it builds the graph of that article alone, for ``Extractor/renamed(_:_:)``:
///
/// - entities with the same id are one: the first one added, with the mentions of all, the
///   aliases of all (sorted, without its name), and the affiliation most of them give, ties to
///   the smaller code, with the best source given for it; a guessed affiliation only when none
///   gives another; `articles` is 1;
/// - relations with the same endpoints and kind are one: the first one added (its evidence
///   sorted, the first ``RelGraphCore/Relation/maxEvidence`` kept), with the weights, article
///   and sentence counts and tones of all added and the evidence of the others inserted in
///   order; self-relations, relations whose weight (or summed weight) is not finite and > 0,
///   and relations with an endpoint that is no entity are dropped;
/// - entities come out sorted by id, relations by endpoints (in id order), then kind.
///
/// Ids are looked up once per entity and relation endpoint; relations are keyed by the
/// positions of their endpoints.
struct RenamedArticle {
    /// One id's entities merged.
    private struct Merged {
        var entity: Entity
        var aliases: [String]
        /// Whether `aliases` is one entity's, as it was given (not yet sorted or unique).
        var single = true
        /// Codes given (not guessed), with how many entities give each and the best source.
        var votes: [(code: String, count: Int, source: AffiliationSource)] = []
        /// Codes guessed, with how many entities guess each.
        var guesses: [(code: String, count: Int)] = []
    }

    /// A relation's identity: the positions in `entities` of its endpoints, and its kind.
    private struct Key: Hashable {
        var source: Int
        var target: Int
        var kind: RelationKind
    }

    private var entities: [Merged] = []
    private var position: [String: Int] = [:]
    private var relations: [(key: Key, relation: Relation)] = []
    private var relationAt: [Key: Int] = [:]

    /// Adds or merges an entity.
    /// - Complexity: O(1) expected, plus O(*a*) for its *a* aliases when it merges.
    mutating func add(_ e: Entity) {
        let k: Int
        if let found = position[e.id] {
            k = found
            entities[k].entity.mentions += e.mentions
            entities[k].aliases += e.aliases
            entities[k].single = false
        } else {
            k = entities.count
            position[e.id] = k
            entities.append(Merged(entity: e, aliases: e.aliases))
        }
        guard let code = e.affiliation else { return }
        let source = e.affiliationSource ?? .text
        if source == .guess {
            if let v = entities[k].guesses.firstIndex(where: { $0.code == code }) {
                entities[k].guesses[v].count += 1
            } else {
                entities[k].guesses.append((code, 1))
            }
        } else if let v = entities[k].votes.firstIndex(where: { $0.code == code }) {
            entities[k].votes[v].count += 1
            entities[k].votes[v].source = min(entities[k].votes[v].source, source)
        } else {
            entities[k].votes.append((code, 1, source))
        }
    }

    /// Adds or merges a relation whose endpoints are in canonical order (as
    /// ``RelGraphCore/Relation/init(_:_:kind:weight:articles:sentences:tone:evidence:)`` puts them);
    /// entities may be added before or after.
    /// - Complexity: O(1) expected, plus O(*v* log *v*) for its *v* evidence references.
    mutating func add(_ r: Relation) {
        guard r.source != r.target, r.weight.isFinite, r.weight > 0 else { return }
        // Positions are resolved in ``result()``: an endpoint may be added later.
        pending.append(r)
    }

    private var pending: [Relation] = []

    /// An empty article with room for about `entities` entities and `relations` relations.
    init(entities: Int = 0, relations: Int = 0) {
        self.entities.reserveCapacity(entities)
        position.reserveCapacity(entities)
        pending.reserveCapacity(relations)
        self.relations.reserveCapacity(relations)
        relationAt.reserveCapacity(relations)
    }

    /// The merged entities and relations, sorted.
    /// - Complexity: O(*e* log *e* + *r* log *r*) for *e* entities and *r* relations.
    mutating func result() -> (entities: [Entity], relations: [Relation]) {
        for r in pending {
            guard let i = position[r.source], let j = position[r.target] else { continue }
            let key = Key(source: i, target: j, kind: r.kind)
            if let k = relationAt[key] {
                let weight = relations[k].relation.weight + r.weight
                guard weight.isFinite else { continue }
                relations[k].relation.weight = weight
                relations[k].relation.articles += r.articles
                relations[k].relation.sentences += r.sentences
                relations[k].relation.tone.add(r.tone)
                for v in r.evidence { EntityGraphBuilder.insert(v, into: &relations[k].relation.evidence) }
            } else {
                var r = r
                if r.evidence.count > 1 { r.evidence = Array(r.evidence.sorted().prefix(Relation.maxEvidence)) }
                relationAt[key] = relations.count
                relations.append((key, r))
            }
        }
        let order = entities.indices.sorted { entities[$0].entity.id < entities[$1].entity.id }
        var rank = [Int](repeating: 0, count: entities.count)
        for (n, k) in order.enumerated() { rank[k] = n }
        let outEntities = order.map { k -> Entity in
            let m = entities[k]
            var e = m.entity
            e.aliases = Self.aliases(m.aliases, single: m.single, name: e.name)
            if let best = Self.best(m.votes.map { ($0.code, $0.count) }) {
                e.affiliation = best
                e.affiliationSource = m.votes.first { $0.code == best }?.source
            } else if let best = Self.best(m.guesses) {
                e.affiliation = best
                e.affiliationSource = .guess
            } else {
                e.affiliation = nil
                e.affiliationSource = nil
            }
            e.articles = 1
            return e
        }
        let outRelations = relations.sorted {
            let (a, b) = ($0.key, $1.key)
            let pa = (min(rank[a.source], rank[a.target]), max(rank[a.source], rank[a.target]))
            let pb = (min(rank[b.source], rank[b.target]), max(rank[b.source], rank[b.target]))
            return pa != pb ? pa < pb : a.kind < b.kind
        }.map(\.relation)
        return (outEntities, outRelations)
    }

    /// `aliases` as a set, without `name`, sorted; when they are one entity's (`single`) and
    /// already sorted, unique and without the name, the same array.
    private static func aliases(_ aliases: [String], single: Bool, name: String) -> [String] {
        if single, !aliases.contains(name), zip(aliases, aliases.dropFirst()).allSatisfy({ $0 < $1 }) { return aliases }
        var set = Set(aliases)
        set.remove(name)
        return set.sorted()
    }

    /// The code with the most votes, ties to the smaller code; `nil` when there are none.
    private static func best(_ votes: [(code: String, count: Int)]) -> String? {
        votes.max { ($0.count, $1.code) < ($1.count, $0.code) }?.code
    }
}
