import Foundation

/// Parses plain weighted edge lists; see ``GraphFile`` for the accepted layout.
public enum EdgeList {
    /// Parses `text` into a graph whose nodes have kind ``EntityKind/other``.
    /// - Parameters:
    ///   - path: used in messages only.
    ///   - warnings: receives `path:line: reason` for each skipped self-loop.
    /// - Throws: ``GraphError/malformedEdgeLine(path:line:reason:)`` for a line with fewer than
    ///   two fields or a weight that is not a finite positive number.
    /// - Complexity: O(*L* + *m* log *m*), where *L* is the text length.
    public static func parse(
        _ text: String, path: String, warnings: inout [String]
    ) throws(GraphError) -> EntityGraph {
        var (order, weights) = try scan(text, path: path, warnings: &warnings)
        let (entities, position) = sortedEntities(names: &order)
        // Pairs as sorted entity indices, smaller first: their order is the relation order.
        var pairs: [(key: UInt64, weight: Double)] = weights.map { key, w in
            let a = position[Int(key >> 32)], b = position[Int(key & 0xFFFF_FFFF)]
            return (UInt64(min(a, b)) << 32 | UInt64(max(a, b)), w)
        }
        weights = [:]
        pairs.sort { $0.key < $1.key }
        let relations = pairs.map { p in
            Relation(entities[Int(p.key >> 32)].id, entities[Int(p.key & 0xFFFF_FFFF)].id, weight: p.weight, articles: 0)
        }
        return EntityGraph(checkedEntities: entities, relations: relations, pairs: pairs.map(\.key))
    }

    /// The entities named `order` (kind ``EntityKind/other``) sorted by id, as ``EntityGraph``
    /// keeps them, and `position[i]`, the sorted index of name `i`; empties `order`.
    static func sortedEntities(names order: inout [String]) -> (entities: [Entity], position: [Int32]) {
        var entities = order.map { Entity(kind: .other, name: $0, mentions: 0, articles: 0) }
        order = []
        let byID = entities.indices.sorted { entities[$0].id < entities[$1].id }
        var position = [Int32](repeating: 0, count: entities.count)
        for (i, old) in byID.enumerated() { position[old] = Int32(i) }
        entities = byID.map { entities[$0] }
        return (entities, position)
    }

    /// Parses `text` straight into a ``LabeledGraph``: the same nodes, node order, weights,
    /// warnings and errors as ``parse(_:path:warnings:)`` followed by
    /// ``LabeledGraph/init(_:)``, without building a ``Relation`` per edge (about a third of
    /// the memory on large edge lists).
    /// - Complexity: O(*L* + *n* log *n* + *m* log *d*), where *L* is the text length and *d*
    ///   the largest degree.
    public static func parseLabeled(
        _ text: String, path: String, warnings: inout [String]
    ) throws(GraphError) -> LabeledGraph {
        var scanned = try scan(text, path: path, warnings: &warnings)
        return labeled(names: &scanned.names, weights: &scanned.weights)
    }

    /// The ``LabeledGraph`` of a ``scan(_:path:warnings:)`` result; empties both arguments as
    /// soon as they are used, so that their memory is freed before the adjacency is built.
    static func labeled(names order: inout [String], weights: inout [UInt64: Double]) -> LabeledGraph {
        let (entities, position) = sortedEntities(names: &order)
        var edges: [(Int32, Int32, Double)] = []
        edges.reserveCapacity(weights.count)
        for (key, w) in weights {
            edges.append((position[Int(key >> 32)], position[Int(key & 0xFFFF_FFFF)], w))
        }
        weights = [:]
        let graph = WeightedGraph(nodeCount: entities.count, edges: edges)
        edges = []
        return LabeledGraph(entities: entities, graph: graph)
    }

    /// The node names in first-seen order and the summed weight of each pair (a, b), a < b,
    /// packed as a << 32 | b.
    static func scan(
        _ text: String, path: String, warnings: inout [String]
    ) throws(GraphError) -> (names: [String], weights: [UInt64: Double]) {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(GraphError) in try scan(bytes, path: path, warnings: &warnings) }
        }
        return try result.get()
    }

    /// ``scan(_:path:warnings:)-(String,_,_)`` of UTF-8 `bytes` (invalid sequences read as U+FFFD).
    ///
    /// Lines are cut on `\n` (a `\r` before it is dropped). An ASCII line with tabs, or with
    /// neither commas nor quotes, is cut and trimmed on its bytes and its names are numbered by
    /// a ``NameInterner`` without making strings; the header line, quoted CSV and lines with
    /// other characters go through ``split(_:)`` and ``trimmed(_:)``, with the same results.
    /// - Complexity: O(*L*) expected for *L* bytes.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, warnings: inout [String]
    ) throws(GraphError) -> (names: [String], weights: [UInt64: Double]) {
        var lineCount = 0
        for b in bytes where b == 0x0A { lineCount += 1 }
        var edges = Accumulator(path: path, lines: lineCount + 1)
        var lineNo = 0
        var sawData = false
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        let end = bytes.count
        var lineStart = 0

        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            lineNo += 1
            var e = lineEnd
            if lineEnd < end && e > lineStart && bytes[e - 1] == 0x0D { e -= 1 }
            var s = lineStart
            lineStart = next
            var ascii: UInt8 = 0
            var hasTab = false, hasComma = false
            for k in s..<e {
                let b = bytes[k]
                ascii |= b
                if b == 0x09 { hasTab = true } else if b == 0x2C || b == 0x22 { hasComma = true }
            }
            if ascii < 0x80 && sawData && (hasTab || !hasComma) {
                while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
                while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
                if s == e || bytes[s] == 0x23 { continue }
                fields.removeAll(keepingCapacity: true)
                if hasTab {
                    var f = s
                    for k in s...e where k == e || bytes[k] == 0x09 {
                        var lo = f, hi = k
                        while lo < hi && bytes[lo] == 0x20 { lo += 1 }
                        while hi > lo && bytes[hi - 1] == 0x20 { hi -= 1 }
                        fields.append(lo..<hi)
                        f = k + 1
                    }
                } else {
                    var k = s
                    while k < e {
                        while k < e && bytes[k] == 0x20 { k += 1 }
                        let f = k
                        while k < e && bytes[k] != 0x20 { k += 1 }
                        if k > f { fields.append(f..<k) }
                    }
                }
                guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw .malformedEdgeLine(path: path, line: lineNo, reason: "fewer than two fields")
                }
                var w = 1.0
                if fields.count >= 3 {
                    let field = UnsafeBufferPointer(rebasing: bytes[fields[2]])
                    guard let x = Self.decimal(field) ?? Double(String(decoding: field, as: UTF8.self)), x.isFinite, x > 0
                    else {
                        throw .malformedEdgeLine(
                            path: path, line: lineNo,
                            reason: "weight '\(String(decoding: field, as: UTF8.self))' is not a finite number > 0")
                    }
                    w = x
                }
                edges.add(
                    UnsafeBufferPointer(rebasing: bytes[fields[0]]), UnsafeBufferPointer(rebasing: bytes[fields[1]]), w,
                    line: lineNo, warnings: &warnings)
                continue
            }
            // The general path: Characters, Foundation trimming, quoted CSV, the header.
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
            let trimmed = Self.trimmed(text[...])
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let strings = split(trimmed)
            var isHeader = false
            if !sawData {
                sawData = true
                isHeader =
                    (strings.count >= 3 && Double(strings[2]) == nil)
                    || (strings.count >= 2 && strings[0].lowercased() == "source"
                        && strings[1].lowercased() == "target")
            }
            if isHeader { continue }
            guard strings.count >= 2, !strings[0].isEmpty, !strings[1].isEmpty else {
                throw .malformedEdgeLine(path: path, line: lineNo, reason: "fewer than two fields")
            }
            var w = 1.0
            if strings.count >= 3 {
                guard let x = Double(strings[2]), x.isFinite, x > 0 else {
                    throw .malformedEdgeLine(
                        path: path, line: lineNo, reason: "weight '\(strings[2])' is not a finite number > 0")
                }
                w = x
            }
            var a = strings[0], b = strings[1]
            a.withUTF8 { a in b.withUTF8 { b in edges.add(a, b, w, line: lineNo, warnings: &warnings) } }
        }
        return (edges.interner.names(), edges.weights)
    }

    /// The names and summed pair weights of the edges read so far.
    struct Accumulator {
        let path: String
        var interner: NameInterner
        var weights: [UInt64: Double] = [:]

        init(path: String, lines: Int) {
            self.path = path
            interner = NameInterner(capacity: 1024)
            weights.reserveCapacity(lines)
        }

        /// Adds the edge between the names `a` and `b` of weight `w`, or warns of a self-loop.
        mutating func add(
            _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ w: Double, line: Int,
            warnings: inout [String]
        ) {
            if a.elementsEqual(b) {
                warnings.append("\(path):\(line): self-loop on '\(String(decoding: a, as: UTF8.self))' skipped")
                return
            }
            let i = interner.intern(a), j = interner.intern(b)
            let (lo, hi) = i < j ? (i, j) : (j, i)
            weights[UInt64(lo) << 32 | UInt64(hi), default: 0] += w
        }
    }

    /// The value of a plain decimal `digits[.digits]` of at most 15 significant digits and 22
    /// decimals, or `nil` for any other text. Exact: the digits as an integer below 2⁵³
    /// divided by a power of ten that a `Double` holds exactly is correctly rounded, so the
    /// result equals `Double(String)`'s (Clinger's fast path: W. D. Clinger, "How to read
    /// floating point numbers accurately", PLDI 1990).
    /// - Complexity: O(*k*) for *k* bytes.
    static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0, decimals = 0
        var dot = false
        for b in text {
            if b >= 0x30 && b <= 0x39 {
                mantissa = mantissa * 10 + UInt64(b - 0x30)
                digits += 1
                if dot { decimals += 1 }
                if digits > 15 { return nil }
            } else if b == 0x2E && !dot {
                dot = true
            } else {
                return nil
            }
        }
        guard digits > 0, decimals <= 22 else { return nil }
        return Double(mantissa) / powersOfTen[decimals]
    }

    /// 10⁰ … 10²², each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    /// Splits a line on tabs, else commas (honouring double quotes), else runs of spaces.
    static func split(_ line: Substring) -> [String] {
        let bytes = line.utf8
        if bytes.contains(0x09) {
            // Cut on the tab byte (always a character of its own), not on Characters.
            var out: [String] = []
            var start = bytes.startIndex
            var i = start
            while i < bytes.endIndex {
                if bytes[i] == 0x09 {
                    out.append(String(trimmed(line[start..<i])))
                    start = bytes.index(after: i)
                }
                i = bytes.index(after: i)
            }
            out.append(String(trimmed(line[start...])))
            return out
        }
        if line.contains(",") || line.contains("\"") {
            var out: [String] = []
            var cur = ""
            var quoted = false
            var it = Array(line)
            var i = 0
            while i < it.count {
                let c = it[i]
                if quoted {
                    if c == "\"" {
                        if i + 1 < it.count, it[i + 1] == "\"" { cur.append("\""); i += 1 } else { quoted = false }
                    } else {
                        cur.append(c)
                    }
                } else if c == "\"" {
                    quoted = true
                } else if c == "," {
                    out.append(cur.trimmingCharacters(in: .whitespaces)); cur = ""
                } else {
                    cur.append(c)
                }
                i += 1
            }
            it.removeAll()
            out.append(cur.trimmingCharacters(in: .whitespaces))
            return out
        }
        return line.split(whereSeparator: { $0 == " " }).map(String.init)
    }

    /// `text` without leading and trailing white space (`CharacterSet.whitespaces`: spaces, tabs
    /// and the other Unicode space separators). ASCII text is trimmed on its bytes; other text
    /// through Foundation, so the result is the same either way.
    /// - Complexity: O(*k*) for *k* bytes.
    static func trimmed(_ text: Substring) -> Substring {
        let u = text.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else { return Substring(text.trimmingCharacters(in: .whitespaces)) }
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi, u[lo] == 0x20 || u[lo] == 0x09 { lo = u.index(after: lo) }
        while hi > lo {
            let last = u.index(before: hi)
            guard u[last] == 0x20 || u[last] == 0x09 else { break }
            hi = last
        }
        return text[lo..<hi]
    }
}
