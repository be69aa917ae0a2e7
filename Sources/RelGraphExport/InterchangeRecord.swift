import RelGraphCore

/// A typed attribute value of an interchange record.
enum AttributeValue: Hashable {
    case string(String)
    case int(Int)
    case double(Double)

    /// The shortest text that reads back as the same value: Swift's round-trip `description`
    /// for doubles (locale-free; non-finite values become 0).
    var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): d.isFinite ? "\(d)" : "0.0"
        }
    }
}

extension TextSink {
    /// Appends `value` as ``AttributeValue/text`` gives it, without making a string for a
    /// number; a string value is appended as it is (writers escape strings themselves).
    func write(number value: AttributeValue) {
        switch value {
        case .int(let i): write(i)
        case .double(let d) where d.isFinite: write(d)
        default: write(value.text)
        }
    }
}

/// The attributes every interchange format writes, with their names and types, so that
/// GraphML, GEXF, node-link JSON and CSV carry the same data.
///
/// ## Node attributes
/// `label` (canonical name), `kind`, `iso3`, `affiliation` and `affiliation_source` (`text`,
/// `table` or `guess`; when known), `aliases` (joined
/// with "; ", when any), `mentions`, `articles`, `community` (when given), one `double` per
/// ``NodeMeasures/Column``, and `color` (the community fill, `#RRGGBB`).
///
/// ## Edge attributes
/// `weight`, `articles`, `sentences`, `tone` (dominant label), `cooperation`, `conflict`,
/// `neutral` (sentence counts), `net_tone` in [−1, 1], `color` (the tone colour), and
/// `evidence` (the first supporting sentence, when there is one), plus `first_date` and
/// `last_date` (the earliest and latest date of the articles quoted as evidence, when dated).
enum InterchangeRecord {
    /// Attribute name and type of one column, in writing order.
    struct Key: Hashable {
        var name: String
        var type: Kind
        enum Kind: String { case string, int, double }
    }

    /// The node attribute keys for `graph` with `measures`.
    static func nodeKeys(_ measures: NodeMeasures) -> [Key] {
        var keys: [Key] = [
            Key(name: "label", type: .string), Key(name: "kind", type: .string),
            Key(name: "iso3", type: .string), Key(name: "affiliation", type: .string),
            Key(name: "affiliation_source", type: .string), Key(name: "aliases", type: .string), Key(name: "mentions", type: .int),
            Key(name: "articles", type: .int),
        ]
        if measures.community != nil { keys.append(Key(name: "community", type: .int)) }
        keys += measures.columns.map { Key(name: $0.name, type: .double) }
        keys.append(Key(name: "color", type: .string))
        return keys
    }

    /// The edge attribute keys.
    static let edgeKeys: [Key] = [
        Key(name: "weight", type: .double), Key(name: "articles", type: .int),
        Key(name: "sentences", type: .int), Key(name: "tone", type: .string),
        Key(name: "cooperation", type: .int), Key(name: "conflict", type: .int),
        Key(name: "neutral", type: .int), Key(name: "net_tone", type: .double),
        Key(name: "color", type: .string), Key(name: "evidence", type: .string),
        Key(name: "first_date", type: .string), Key(name: "last_date", type: .string),
    ]

    /// The attributes of entity `i`, keyed by ``nodeKeys(_:)`` names; absent values are left out.
    static func node(_ i: Int, of graph: EntityGraph, measures: NodeMeasures) -> [String: AttributeValue] {
        keyed(nodeRow(i, of: graph, measures: measures), keys: nodeKeys(measures))
    }

    /// The attributes of entity `i` in ``nodeKeys(_:)`` order; `nil` for an absent value.
    static func nodeRow(_ i: Int, of graph: EntityGraph, measures: NodeMeasures) -> [AttributeValue?] {
        let e = graph.entities[i]
        var row: [AttributeValue?] = [
            .string(e.name), .string(e.kind.rawValue), e.iso3.map(AttributeValue.string),
            e.affiliation.map(AttributeValue.string), e.affiliationSource.map { .string($0.rawValue) },
            e.aliases.isEmpty ? nil : .string(e.aliases.joined(separator: "; ")), .int(e.mentions), .int(e.articles),
        ]
        row.reserveCapacity(row.count + measures.columns.count + 2)
        let c = measures.community?[i]
        if let c { row.append(.int(c)) }
        for column in measures.columns { row.append(.double(column.values[i])) }
        row.append(.string(Palette.community(c).hex))
        return row
    }

    /// The attributes of `relation`, keyed by ``edgeKeys`` names; absent values are left out.
    static func edge(_ r: Relation, dates: [String: String]) -> [String: AttributeValue] {
        keyed(edgeRow(r, dates: dates), keys: edgeKeys)
    }

    /// The attributes of `relation` in ``edgeKeys`` order; `nil` for an absent value.
    static func edgeRow(_ r: Relation, dates: [String: String]) -> [AttributeValue?] {
        let spell = evidenceDates(r, dates: dates)
        return [
            .double(r.weight), .int(r.articles), .int(r.sentences), .string(r.tone.label.rawValue),
            .int(r.tone.cooperation), .int(r.tone.conflict), .int(r.tone.neutral), .double(r.tone.net),
            .string(Palette.tone(r.tone.label).hex), r.evidence.first.map { .string($0.text) },
            spell.first.map(AttributeValue.string), spell.last.map(AttributeValue.string),
        ]
    }

    /// `row` keyed by the names of `keys`, absent values left out.
    private static func keyed(_ row: [AttributeValue?], keys: [Key]) -> [String: AttributeValue] {
        var a: [String: AttributeValue] = [:]
        for (key, value) in zip(keys, row) { if let value { a[key.name] = value } }
        return a
    }

    /// Article id → date, for the dated articles of `graph`.
    static func articleDates(_ graph: EntityGraph) -> [String: String] {
        var dates: [String: String] = [:]
        for a in graph.articles { if let d = a.date, !d.isEmpty { dates[a.id] = d } }
        return dates
    }

    /// The distinct dates of the articles quoted as evidence for `r`, sorted.
    static func evidenceDates(_ r: Relation, dates: [String: String]) -> [String] {
        if r.evidence.isEmpty || dates.isEmpty { return [] }
        return Set(r.evidence.compactMap { dates[$0.article] }).sorted()
    }

    /// The ids of each relation's endpoints as node indices, in relation order.
    static func endpoints(_ graph: EntityGraph) -> [(Int, Int)] {
        graph.relations.indices.map { graph.endpoints(ofRelation: $0) }
    }
}
