import Foundation
import RelGraphCore

/// The entities and relations found in one article.
public struct ArticleExtraction: Sendable {
    /// The article's record.
    public var article: ArticleInfo
    /// Its entities, sorted by id; `mentions` counts mentions in this article, `articles` is 1.
    public var entities: [Entity]
    /// Its relations of every kind (ids as in ``entities``), sorted by endpoints, then kind.
    public var relations: [Relation]
    /// How many of the article's sentences (or windows) named more than
    /// ``ExtractionOptions/maxEntitiesPerSentence`` entities and were linked only for the first
    /// ones; not part of the JSON line.
    public var cappedSentences = 0

    /// An extraction of `article` with `entities` and `relations` as described on each property.
    public init(article: ArticleInfo, entities: [Entity], relations: [Relation]) {
        self.article = article
        self.entities = entities
        self.relations = relations
    }

    /// One line of `relgraph extract --format jsonl`:
    /// `{"id", "title", "date", "entities": [{"name", "kind", "iso3"?, "affiliation"?,
    /// "affiliationSource"?, "aliases", "mentions"}], "relations": [{"source", "target",
    /// "weight", "tone", "kind", "kinds"}]}`, where relation endpoints are entity names as in
    /// `entities` (countries by their canonical name). A pair appears once: `kind`, `weight` and
    /// `tone` are those of its co-mention if it has one, else of its headline link, else of its
    /// affiliation; `kinds` lists all of its kinds. Keys are sorted, so the same extraction
    /// always gives the same line.
    public func jsonLine() -> String {
        var out: [UInt8] = []
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``jsonLine()`` (without a line break) to the UTF-8 bytes `out`, without building
    /// intermediate strings, so that worker threads can write lines straight into a buffer.
    /// Each entity's name is escaped once; the relations copy it from where the entity wrote it.
    /// - Complexity: O(*e* + *r* + *b*) for *e* entities, *r* relations and *b* bytes written,
    ///   plus one lookup per relation endpoint (``EntityIndex``).
    public func appendJSONLine(to out: inout [UInt8]) {
        var w = LineBuffer(capacity: 160 * entities.count + 120 * relations.count + 256)
        defer { w.deallocate() }
        w.byte(0x7B)  // {
        // Keys in sorted order, as every RelGraph JSON writer does.
        if let d = article.date {
            w.raw(#""date":"#)
            w.string(d)
            w.byte(0x2C)
        }
        w.raw(#""entities":["#)
        // Where each entity's escaped name is in `w`.
        var nameAt = [Int](repeating: 0, count: 2 * entities.count)
        for k in entities.indices {
            if k > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            if let a = entities[k].affiliation {
                w.raw(#""affiliation":"#)
                w.string(a)
                w.byte(0x2C)
            }
            if let s = entities[k].affiliationSource {
                w.raw(#""affiliationSource":""#)
                w.raw(ArticleExtraction.jsonName(s))
                w.raw(#"","#)
            }
            w.raw(#""aliases":["#)
            for (j, a) in entities[k].aliases.enumerated() {
                if j > 0 { w.byte(0x2C) }
                w.string(a)
            }
            w.raw("],")
            if let iso = entities[k].iso3 {
                w.raw(#""iso3":"#)
                w.string(iso)
                w.byte(0x2C)
            }
            w.raw(#""kind":""#)
            w.raw(ArticleExtraction.jsonName(entities[k].kind))
            w.raw(#"","mentions":"#)
            w.integer(Int64(entities[k].mentions))
            w.raw(#","name":"#)
            nameAt[2 * k] = w.count
            w.string(entities[k].name)
            nameAt[2 * k + 1] = w.count
            w.byte(0x7D)
        }
        w.raw(#"],"id":"#)
        w.string(article.id)
        w.raw(#","relations":["#)
        let index = EntityIndex(entities)
        func endpoint(_ id: String) {
            guard let k = index.position(of: id, in: entities) else { return w.string(id) }
            w.copy(from: nameAt[2 * k], to: nameAt[2 * k + 1])
        }
        // Relations are sorted by pair, then kind: one pass over runs of the same pair.
        var start = relations.startIndex
        while start < relations.endIndex {
            var end = start + 1
            while end < relations.endIndex, relations[end].source == relations[start].source,
                relations[end].target == relations[start].target
            {
                end += 1
            }
            // The run's co-mention, else its headline link, else its first relation.
            var pick = start
            if relations[start].kind != .coMention {
                if let k = (start..<end).first(where: { relations[$0].kind == .coMention }) {
                    pick = k
                } else if let k = (start..<end).first(where: { relations[$0].kind == .headline }) {
                    pick = k
                }
            }
            if start > relations.startIndex { w.byte(0x2C) }
            w.raw(#"{"kind":""#)
            w.raw(ArticleExtraction.jsonName(relations[pick].kind))
            w.raw(#"","kinds":["#)
            for g in start..<end {
                if g > start { w.byte(0x2C) }
                w.byte(0x22)
                w.raw(ArticleExtraction.jsonName(relations[g].kind))
                w.byte(0x22)
            }
            w.raw(#"],"source":"#)
            endpoint(relations[pick].source)
            w.raw(#","target":"#)
            endpoint(relations[pick].target)
            w.raw(#","tone":""#)
            w.raw(ArticleExtraction.jsonName(relations[pick].tone.label))
            w.raw(#"","weight":"#)
            let weight = relations[pick].weight
            if weight.isFinite, weight == weight.rounded(), abs(weight) < 1e15 {
                w.integer(Int64(weight))
            } else {
                w.plain(Self.number(weight))
            }
            w.byte(0x7D)
            start = end
        }
        w.byte(0x5D)
        if let t = article.title {
            w.raw(#","title":"#)
            w.string(t)
        }
        w.byte(0x7D)
        out.append(contentsOf: UnsafeBufferPointer(start: w.base, count: w.count))
    }

    /// The raw value of `kind` as static text, for writing without making a string (a test
    /// checks that it is the raw value).
    static func jsonName(_ kind: EntityKind) -> StaticString {
        switch kind {
        case .person: "person"
        case .country: "country"
        case .issue: "issue"
        case .organization: "organization"
        case .other: "other"
        }
    }

    /// The raw value of `kind` as static text (see ``jsonName(_:)-(EntityKind)``).
    static func jsonName(_ kind: RelationKind) -> StaticString {
        switch kind {
        case .coMention: "co-mention"
        case .affiliation: "affiliation"
        case .headline: "headline"
        }
    }

    /// The raw value of `tone` as static text (see ``jsonName(_:)-(EntityKind)``).
    static func jsonName(_ tone: Tone) -> StaticString {
        switch tone {
        case .cooperation: "cooperation"
        case .conflict: "conflict"
        case .neutral: "neutral"
        }
    }

    /// The raw value of `source` as static text (see ``jsonName(_:)-(EntityKind)``).
    static func jsonName(_ source: AffiliationSource) -> StaticString {
        switch source {
        case .text: "text"
        case .table: "table"
        case .guess: "guess"
        }
    }

    /// A weight as JSON: a whole number without a fraction, another number in its shortest
    /// round-trip form, and `null` for NaN or infinity (JSON has neither; ``Extractor`` never
    /// makes them).
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}

/// The bytes of one JSON line, written through a pointer into memory that grows on demand
/// (``ArticleExtraction/appendJSONLine(to:)``); the owner calls ``deallocate()`` once.
private struct LineBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// Frees the memory; the buffer is not used after this.
    func deallocate() { base.deallocate() }

    /// Makes room for `n` more bytes.
    /// - Complexity: O(1), or O(`count`) when the memory has to grow (amortized O(1)).
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if capacity - count < n { grow(n) }
    }

    /// Moves the bytes to memory with room for at least `n` more, twice as large at least.
    private mutating func grow(_ n: Int) {
        capacity = max(2 * capacity, count + n)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
    }

    /// Appends one byte.
    @inline(__always)
    mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Appends `s` as it is.
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        reserve(s.utf8CodeUnitCount)
        (base + count).initialize(from: s.utf8Start, count: s.utf8CodeUnitCount)
        count += s.utf8CodeUnitCount
    }

    /// Appends the UTF-8 bytes of `s` as they are.
    @inline(__always)
    mutating func plain(_ s: String) {
        Self.withUTF8(s) { bytes in
            reserve(bytes.count)
            if let from = bytes.baseAddress { (base + count).initialize(from: from, count: bytes.count) }
            count += bytes.count
        }
    }

    /// `body` of the UTF-8 bytes of `s`, without copying `s` first when its bytes are
    /// contiguous (as a native string's are).
    @inline(__always)
    static func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var s = s
        return s.withUTF8(body)
    }

    /// Appends `s` as a JSON string literal (``RelGraphCore/TextEscaping/writeJSON(_:htmlSafe:to:)``).
    mutating func string(_ s: String) {
        Self.withUTF8(s) { bytes in
            reserve(6 * bytes.count + 2)
            count += TextEscaping.writeJSON(bytes, to: base + count)
        }
    }

    /// Appends the decimal digits of `value`, with a minus sign when it is negative, as
    /// `String(value)` writes them.
    mutating func integer(_ value: Int64) {
        reserve(20)
        count += NumberText.writeInteger(value, to: base + count)
    }

    /// Appends a copy of the bytes written at `start..<end`.
    @inline(__always)
    mutating func copy(from start: Int, to end: Int) {
        reserve(end - start)
        (base + count).initialize(from: base + start, count: end - start)
        count += end - start
    }
}

/// Finds an entity of an extraction by id, as a dictionary from id to position would (for the
/// endpoints of its relations), but without hashing each id with `Hasher`: ids whose entities
/// are sorted and unique (as ``ArticleExtraction/entities`` are) go in a small open-addressing
/// table keyed by an FNV-1a hash of their UTF-8 bytes, and an id found there is confirmed with
/// `==`; an id not found there is looked up by binary search, which also finds ids that are
/// equal as strings but not byte for byte. Entities out of order or repeated fall back to a
/// dictionary in which the last of equal ids wins.
private struct EntityIndex {
    /// Position + 1 of the entity in each slot (0: empty); its count is a power of two.
    private var slots: [Int32] = []
    /// For entities out of order or repeated: each id's last position.
    private var fallback: [String: Int]?

    /// The index of `entities`.
    /// - Complexity: O(*e*) for *e* entities, plus hashing their ids.
    init(_ entities: [Entity]) {
        var sorted = true
        for k in entities.indices.dropFirst() where !(entities[k - 1].id < entities[k].id) {
            sorted = false
            break
        }
        guard sorted else {
            var byID: [String: Int] = [:]
            for k in entities.indices { byID[entities[k].id] = k }
            fallback = byID
            return
        }
        var size = 8
        while size < 2 * entities.count { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        for k in entities.indices {
            var slot = Self.hash(entities[k].id) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k + 1)
        }
    }

    /// A hash of the UTF-8 bytes of `id`: FNV-1a over its 8-byte words (the last one padded
    /// with zeros) and its length.
    private static func hash(_ id: String) -> Int {
        LineBuffer.withUTF8(id) { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return Int(truncatingIfNeeded: h) }
            var i = 0
            while i + 8 <= bytes.count {
                h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
                i += 8
            }
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                last |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ last) &* 0x100_0000_01B3
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    /// The position in `entities` (the array this index was made of) of the entity whose id
    /// equals `id`, or `nil` when there is none.
    /// - Complexity: O(length of `id`) expected; O(log *e*) string comparisons when `id` is
    ///   not byte for byte an entity's id.
    func position(of id: String, in entities: [Entity]) -> Int? {
        if let fallback { return fallback[id] }
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if entities[k].id == id { return k }
            slot = (slot + 1) & mask
        }
        var (lo, hi) = (0, entities.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < entities.count && entities[lo].id == id ? lo : nil
    }
}
