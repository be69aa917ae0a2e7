/// Fixed-width text tables, as the actor and trend tables print them.
enum TextTable {
    /// `cells` (the first row is the header) in columns two spaces apart: the columns in
    /// `textColumns` left-aligned, the others right-aligned; widths in characters; no trailing
    /// spaces; one line per row, each ending in a line feed.
    /// - Complexity: O(*c*) for *c* characters in all cells.
    static func render(_ cells: [[String]], textColumns: Set<Int>) -> String {
        let columns = cells.first?.count ?? 0
        let widths = (0..<columns).map { c in cells.map { $0[c].count }.max() ?? 0 }
        return cells.map { row in
            var line = row.enumerated().map { c, s in
                let pad = String(repeating: " ", count: widths[c] - s.count)
                return textColumns.contains(c) ? s + pad : pad + s
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
