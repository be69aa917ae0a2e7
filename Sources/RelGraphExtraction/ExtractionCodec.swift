import RelGraphCore

/// A compact, lossless binary encoding of one ``ArticleExtraction``, for the spool a build
/// writes between its passes (``ExtractionSpool``). Not a file format: it is written and read
/// by the same process and never leaves it.
///
/// ## Layout
/// Integers are unsigned LEB128 varints (signed ones zigzag-encoded first), doubles their
/// 8 IEEE 754 bytes, strings a varint byte count and their UTF-8 bytes, optionals a 0/1 byte and
/// the value, arrays a varint count and the elements. An extraction is its article (id, title,
/// date), its entities (every stored property, the id included) and its relations (every stored
/// property, evidence included) in order, so that `decode(encode(x)) == x` field for field.
///
/// Evidence texts are written once per extraction: the first evidence of a sentence writes its
/// text (tag 0), later evidence of the same sentence with the same text refers to it by number
/// (tag *k* + 1 for the *k*-th text written). A sentence naming *m* entities is the evidence of
/// up to *m*(*m* − 1)/2 pairs, and decoded texts share one string, so the spool and the
/// decoded extraction grow with the number of sentences, not of pairs times sentence length.
enum ExtractionCodec {
    /// Appends the encoding of `x` to `out`; returns the length of its head (the article and
    /// the entities), which ``decode(_:offset:headOnly:)`` can read alone.
    /// - Complexity: O(*b*) for the *b* bytes written.
    @discardableResult
    static func encode(_ x: ArticleExtraction, into out: inout [UInt8]) -> Int {
        let start = out.count
        var w = ByteWriter(out: out)
        out = []
        w.string(x.article.id)
        w.optional(x.article.title)
        w.optional(x.article.date)
        w.int(x.entities.count)
        for e in x.entities {
            w.string(e.id)
            w.string(e.kind.rawValue)
            w.string(e.name)
            w.int(e.aliases.count)
            for a in e.aliases { w.string(a) }
            w.optional(e.iso3)
            w.optional(e.affiliation)
            w.optional(e.affiliationSource?.rawValue)
            w.int(e.mentions)
            w.int(e.articles)
        }
        let head = w.out.count - start
        // Per sentence number, the number and text of the evidence text written for it.
        var written: [Int: (number: Int, text: String)] = [:]
        var count = 0
        w.int(x.relations.count)
        for r in x.relations {
            w.string(r.source)
            w.string(r.target)
            w.string(r.kind.rawValue)
            w.double(r.weight)
            w.int(r.articles)
            w.int(r.sentences)
            w.int(r.tone.cooperation)
            w.int(r.tone.conflict)
            w.int(r.tone.neutral)
            w.int(r.evidence.count)
            for v in r.evidence {
                w.string(v.article)
                w.int(v.sentence)
                if let known = written[v.sentence], known.text == v.text {
                    w.int(known.number + 1)
                } else {
                    w.int(0)
                    w.string(v.text)
                    written[v.sentence] = (count, v.text)
                    count += 1
                }
                if let resolved = v.resolved {
                    w.byte(1)
                    w.int(resolved.count)
                    for id in resolved { w.string(id) }
                } else {
                    w.byte(0)
                }
            }
        }
        out = w.out
        return head
    }

    /// Decodes one extraction from `bytes` at `offset`, moving `offset` past what it read; `nil`
    /// when the bytes are not an encoding (which only a bug can cause: the spool is private).
    /// With `headOnly`, only the article and entities are read and the relations are empty.
    /// - Complexity: O(*b*) for the *b* bytes read.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, offset: inout Int, headOnly: Bool = false
    ) -> ArticleExtraction? {
        var r = ByteReader(bytes: bytes, i: offset)
        guard let id = r.string(), let title = r.optional(), let date = r.optional(), let ne = r.int() else {
            return nil
        }
        var entities: [Entity] = []
        entities.reserveCapacity(ne)
        for _ in 0..<ne {
            guard let eid = r.string(), let kind = r.string().flatMap(EntityKind.init(rawValue:)),
                let name = r.string(), let na = r.int()
            else { return nil }
            var aliases: [String] = []
            aliases.reserveCapacity(na)
            for _ in 0..<na {
                guard let a = r.string() else { return nil }
                aliases.append(a)
            }
            guard let iso3 = r.optional(), let affiliation = r.optional(), let source = r.optional(),
                let mentions = r.int(), let articles = r.int()
            else { return nil }
            var e = Entity(
                kind: kind, name: name, aliases: aliases, iso3: iso3, affiliation: affiliation,
                affiliationSource: source.flatMap(AffiliationSource.init(rawValue:)), mentions: mentions,
                articles: articles)
            e.id = eid
            e.affiliationSource = source.flatMap(AffiliationSource.init(rawValue:))
            entities.append(e)
        }
        if headOnly {
            offset = r.i
            return ArticleExtraction(
                article: ArticleInfo(id: id, title: title, date: date), entities: entities, relations: [])
        }
        guard let nr = r.int() else { return nil }
        var texts: [String] = []
        var relations: [Relation] = []
        relations.reserveCapacity(nr)
        for _ in 0..<nr {
            guard let s = r.string(), let t = r.string(), let kind = r.string().flatMap(RelationKind.init(rawValue:)),
                let weight = r.double(), let articles = r.int(), let sentences = r.int(), let coop = r.int(),
                let conflict = r.int(), let neutral = r.int(), let nv = r.int()
            else { return nil }
            var evidence: [Evidence] = []
            evidence.reserveCapacity(nv)
            for _ in 0..<nv {
                guard let article = r.string(), let sentence = r.int(), let tag = r.int() else { return nil }
                let text: String
                if tag == 0 {
                    guard let t = r.string() else { return nil }
                    text = t
                    texts.append(t)
                } else {
                    guard tag > 0, tag <= texts.count else { return nil }
                    text = texts[tag - 1]
                }
                guard let flag = r.byte() else { return nil }
                var resolved: [String]?
                if flag == 1 {
                    guard let n = r.int() else { return nil }
                    var ids: [String] = []
                    ids.reserveCapacity(n)
                    for _ in 0..<n {
                        guard let id = r.string() else { return nil }
                        ids.append(id)
                    }
                    resolved = ids
                }
                evidence.append(Evidence(article: article, sentence: sentence, text: text, resolved: resolved))
            }
            var rel = Relation(
                s, t, kind: kind, weight: weight, articles: articles, sentences: sentences,
                tone: ToneCounts(cooperation: coop, conflict: conflict, neutral: neutral), evidence: evidence)
            // Stored as written, even if not in canonical order.
            (rel.source, rel.target) = (s, t)
            relations.append(rel)
        }
        offset = r.i
        return ArticleExtraction(
            article: ArticleInfo(id: id, title: title, date: date), entities: entities, relations: relations)
    }
}

/// Appends varints, doubles and strings to a byte array (see ``ExtractionCodec``).
struct ByteWriter {
    var out: [UInt8]

    mutating func byte(_ b: UInt8) { out.append(b) }

    /// A non-negative integer as LEB128; a negative one zigzag-encoded (so any `Int` round-trips).
    mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))
        while u >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: u) | 0x80)
            u >>= 7
        }
        out.append(UInt8(u))
    }

    mutating func double(_ d: Double) {
        var bits = d.bitPattern
        for _ in 0..<8 {
            out.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { b in
            int(b.count)
            out.append(contentsOf: b)
        }
    }

    mutating func optional(_ s: String?) {
        if let s {
            byte(1)
            string(s)
        } else {
            byte(0)
        }
    }
}

/// Reads what ``ByteWriter`` wrote; every read is `nil` past the end.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i: Int

    mutating func byte() -> UInt8? {
        guard i < bytes.count else { return nil }
        defer { i += 1 }
        return bytes[i]
    }

    mutating func int() -> Int? {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count, shift < 64 {
            let b = bytes[i]
            i += 1
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 {
                let z = Int64(bitPattern: u)
                return Int((z >>> 1) ^ -(z & 1))
            }
            shift += 7
        }
        return nil
    }

    mutating func double() -> Double? {
        guard i + 8 <= bytes.count else { return nil }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
        i += 8
        return Double(bitPattern: bits)
    }

    mutating func string() -> String? {
        guard let n = int(), n >= 0, i + n <= bytes.count else { return nil }
        defer { i += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + n)]), as: UTF8.self)
    }

    /// An optional string: `.some(nil)` for an absent value, `nil` past the end.
    mutating func optional() -> String?? {
        guard let flag = byte() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }
}

infix operator >>> : BitwiseShiftPrecedence

/// Logical (unsigned) right shift of a signed integer.
private func >>> (lhs: Int64, rhs: Int64) -> Int64 {
    Int64(bitPattern: UInt64(bitPattern: lhs) >> UInt64(rhs))
}
