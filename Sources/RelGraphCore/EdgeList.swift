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
        var names: [String: Int] = [:]
        var order: [String] = []
        // Pair (a, b) with a < b packed into one integer: a << 32 | b.
        var weights: [UInt64: Double] = [:]
        var lineNo = 0
        var sawData = false
        // "\r\n" is one Character in Swift, so normalise line ends before splitting.
        let text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = split(String(trimmed))
            if !sawData {
                sawData = true
                let isHeader =
                    (fields.count >= 3 && Double(fields[2]) == nil)
                    || (fields.count >= 2 && fields[0].lowercased() == "source"
                        && fields[1].lowercased() == "target")
                if isHeader { continue }
            }
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
                continue
            }
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
        let entities = order.map { Entity(kind: .other, name: $0, mentions: 0, articles: 0) }
        let relations = weights.map { key, w in
            Relation(entities[Int(key >> 32)].id, entities[Int(key & 0xFFFF_FFFF)].id, weight: w, articles: 0)
        }
        return try EntityGraph(entities: entities, relations: relations)
    }

    /// Splits a line on tabs, else commas (honouring double quotes), else runs of spaces.
    static func split(_ line: String) -> [String] {
        if line.contains("\t") {
            return line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
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
}
