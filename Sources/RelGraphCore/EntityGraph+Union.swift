/// The union of graphs whose entity ids mean the same thing (for example the graphs of
/// consecutive periods).
extension EntityGraph {
    /// One graph holding every entity, relation and article of `graphs`.
    ///
    /// ## Merging
    /// - An entity in several graphs gets the sum of its ``Entity/mentions`` and
    ///   ``Entity/articles`` (the graphs are assumed to come from disjoint sets of articles) and
    ///   the union of its aliases; its name, ISO code and kind come from the last graph that
    ///   holds it, and its affiliation from the last graph that gives one.
    /// - A relation (pair and kind) in several graphs gets the sum of its weights, article and
    ///   sentence counts and tone counts, and the first ``Relation/maxEvidence`` of all its
    ///   evidence, as ``restricted(to:)`` merges kinds.
    /// - Articles are kept once per id (the first seen).
    /// - Complexity: O(*N* log *N*), where *N* is the total number of entities, relations and
    ///   articles of `graphs`.
    public static func union(of graphs: [EntityGraph]) -> EntityGraph {
        if graphs.count == 1 { return graphs[0] }
        let entities = unionEntities(graphs)
        var relations: [RelationKey: Relation] = [:]
        for g in graphs {
            for r in g.relations {
                let key = RelationKey(source: r.source, target: r.target, kind: r.kind)
                guard var merged = relations[key] else {
                    relations[key] = r
                    continue
                }
                merged.weight += r.weight
                merged.articles += r.articles
                merged.sentences += r.sentences
                merged.tone.add(r.tone)
                merged.evidence = Array((merged.evidence + r.evidence).sorted().prefix(Relation.maxEvidence))
                relations[key] = merged
            }
        }
        var seenArticles = Set<String>()
        var articles: [ArticleInfo] = []
        for g in graphs {
            for a in g.articles where seenArticles.insert(a.id).inserted { articles.append(a) }
        }
        // The entities and relations satisfy the invariants already; the initializer sorts them.
        return try! EntityGraph(entities: entities, relations: Array(relations.values), articles: articles)
    }

    /// The entities of `graphs`, merged as ``union(of:)`` describes, sorted by id.
    /// - Complexity: O(*N* log *N*), where *N* is the total number of entities of `graphs`.
    package static func unionEntities(_ graphs: [EntityGraph]) -> [Entity] {
        var merged: [String: Entity] = [:]
        for g in graphs {
            for e in g.entities {
                guard var m = merged[e.id] else {
                    merged[e.id] = e
                    continue
                }
                let aliases = Set(m.aliases + e.aliases + [m.name]).subtracting([e.name])
                let affiliation = e.affiliation == nil ? (m.affiliation, m.affiliationSource) : (e.affiliation, e.affiliationSource)
                let mentions = m.mentions + e.mentions, articles = m.articles + e.articles
                m = e
                m.aliases = aliases.sorted()
                (m.affiliation, m.affiliationSource) = affiliation
                m.mentions = mentions
                m.articles = articles
                merged[e.id] = m
            }
        }
        return merged.values.sorted { $0.id < $1.id }
    }
}
