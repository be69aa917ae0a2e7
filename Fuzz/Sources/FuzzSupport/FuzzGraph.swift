import RelGraphCore

/// An ``RelGraphCore/EntityGraph`` made from fuzzer bytes, so that writers see any name.
///
/// The input is split at NUL bytes. Every field but the last (at most 32) is an entity name,
/// decoded as UTF-8 with invalid bytes replaced, of kind person, country, issue, organisation or
/// other in turn; entities whose id repeats one before them are dropped. The last field gives the
/// relations, three bytes each: the two endpoints (modulo the entity count; self-loops and
/// repeated pairs skipped) and a byte that sets weight, tone and whether the relation carries the
/// first name as evidence text. The first name is also the article title.
public struct FuzzGraph {
    /// The graph.
    public let graph: EntityGraph
    /// Each relation's endpoints as entity indices, smaller first.
    public let pairs: Set<[Int]>

    /// The graph the bytes describe, or `nil` when they name no entity.
    /// - Complexity: O(*b* + *n* log *n* + *m* log *m*) for *b* bytes.
    public init?(_ bytes: [UInt8]) {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
        guard fields.count >= 2 else { return nil }
        let kinds: [EntityKind] = [.person, .country, .issue, .organization, .other]
        var entities: [Entity] = []
        var seen = Set<String>()
        for (k, field) in fields.dropLast().prefix(32).enumerated() {
            let name = String(decoding: field, as: UTF8.self)
            let kind = kinds[k % kinds.count]
            let entity = Entity(
                kind: kind, name: name, aliases: k % 2 == 0 ? [name + "s"] : [],
                iso3: kind == .country ? "X\(k)" : nil,
                affiliation: kind == .person ? "country:X1" : nil,
                affiliationSource: kind == .person ? .table : nil, mentions: k + 1)
            if seen.insert(entity.id).inserted { entities.append(entity) }
        }
        guard !entities.isEmpty else { return nil }
        let title = entities[0].name
        let spec = Array(fields.last!)
        var relations: [Relation] = []
        var pairs = Set<[Int]>()
        var i = 0
        while i + 2 < spec.count {
            let a = Int(spec[i]) % entities.count
            let b = Int(spec[i + 1]) % entities.count
            let c = Int(spec[i + 2])
            i += 3
            guard a != b, pairs.insert([min(a, b), max(a, b)]).inserted else { continue }
            let evidence =
                c & 1 == 1 ? [Evidence(article: "a", sentence: c, text: title)] : []
            relations.append(
                Relation(
                    entities[a].id, entities[b].id, weight: Double(1 + c % 7), articles: 1,
                    sentences: c % 3,
                    tone: ToneCounts(cooperation: c % 2, conflict: c % 3, neutral: c % 5),
                    evidence: evidence))
        }
        guard
            let graph = try? EntityGraph(
                entities: entities, relations: relations, articles: [ArticleInfo(id: "a", title: title)])
        else { return nil }
        // Pairs as indices of the graph's own (sorted) entity order.
        var sortedPairs = Set<[Int]>()
        for k in graph.relations.indices {
            let (s, t) = graph.endpoints(ofRelation: k)
            sortedPairs.insert([min(s, t), max(s, t)])
        }
        self.graph = graph
        self.pairs = sortedPairs
    }
}
