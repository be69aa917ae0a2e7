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
        let (order, weights) = try scan(text, path: path, warnings: &warnings)
        let entities = order.map { Entity(kind: .other, name: $0, mentions: 0, articles: 0) }
        let relations = weights.map { key, w in
            Relation(entities[Int(key >> 32)].id, entities[Int(key & 0xFFFF_FFFF)].id, weight: w, articles: 0)
        }
        return try EntityGraph(entities: entities, relations: relations)
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
        var entities = order.map { Entity(kind: .other, name: $0, mentions: 0, articles: 0) }
        order = []
        // Entities in id order, as EntityGraph keeps them; `position[old]` is the new index.
        let byID = entities.indices.sorted { entities[$0].id < entities[$1].id }
        var position = [Int32](repeating: 0, count: entities.count)
        for (i, old) in byID.enumerated() { position[old] = Int32(i) }
        entities = byID.map { entities[$0] }
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
        var names: [String: Int] = [:]
        var order: [String] = []
        // Pair (a, b) with a < b packed into one integer: a << 32 | b.
        var weights: [UInt64: Double] = [:]
        var lineNo = 0
        var sawData = false
        // "\r\n" is one Character in Swift, so normalise line ends before splitting. A lone
        // "\n" is always a Character of its own, so lines can be cut on its UTF-8 byte without
        // materialising an array of every line.
        // On bytes: String.contains(String) goes through Foundation and costs 5% of a large load.
        let text = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            let atEnd = lineEnd == utf8.endIndex
            if !atEnd { lineStart = utf8.index(after: lineEnd) }
            lineNo += 1
            let trimmed = Self.trimmed(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                if atEnd { break } else { continue }
            }
            let fields = split(trimmed)
            var isHeader = false
            if !sawData {
                sawData = true
                isHeader =
                    (fields.count >= 3 && Double(fields[2]) == nil)
                    || (fields.count >= 2 && fields[0].lowercased() == "source"
                        && fields[1].lowercased() == "target")
            }
            if !isHeader {
                guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw .malformedEdgeLine(path: path, line: lineNo, reason: "fewer than two fields")
                }
                var w = 1.0
                if fields.count >= 3 {
                    guard let x = Double(fields[2]), x.isFinite, x > 0 else {
                        throw .malformedEdgeLine(
                            path: path, line: lineNo,
                            reason: "weight '\(fields[2])' is not a finite number > 0")
                    }
                    w = x
                }
                if fields[0] == fields[1] {
                    warnings.append("\(path):\(lineNo): self-loop on '\(fields[0])' skipped")
                } else {
                    var ids = (0, 0)
                    for (k, name) in fields[0...1].enumerated() {
                        let i: Int
                        if let known = names[name] {
                            i = known
                        } else {
                            i = order.count
                            names[name] = i
                            order.append(name)
                        }
                        if k == 0 { ids.0 = i } else { ids.1 = i }
                    }
                    let (a, b) = ids.0 < ids.1 ? ids : (ids.1, ids.0)
                    weights[UInt64(a) << 32 | UInt64(b), default: 0] += w
                }
            }
            if atEnd { break }
        }
        return (order, weights)
    }

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
