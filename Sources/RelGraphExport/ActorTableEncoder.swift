import Foundation
import RelGraphAnalysis
import RelGraphCore

/// Writes ``RelGraphAnalysis/KeyActors`` as a text table, CSV or JSON.
///
/// ## Columns
/// The CSV columns and the JSON keys of each node are a stable interface: ``csvColumns`` lists
/// them; a measure added to ``RelGraphAnalysis/ActorMeasures/all`` is appended after them. In
/// every format a measure that was not computed is empty (CSV), `null` (JSON) or absent (text
/// table); so are the community columns when communities were not computed. `country` is a country's ISO code or a person's affiliation, followed by `?` when the
/// affiliation is a guess; `affiliationSource` says where a person's affiliation comes from
/// (`text`, `table`, `guess`).
///
/// ## Numbers
/// Each measure's ``RelGraphAnalysis/ActorMeasure/format`` sets its decimals in the text table
/// and in CSV; JSON writes whole-number measures as integers and the others in their shortest
/// round-trip form.
public enum ActorTableEncoder {
    /// The CSV columns (and JSON node keys) before any measure added later: stable, part of the
    /// interface. New columns are only ever appended.
    public static let csvColumns = [
        "rank", "name", "kind", "country", "degree", "strength", "pagerank", "betweenness",
        "community", "node", "closeness", "harmonic", "eigenvector", "coreness", "clustering",
        "communityRank", "kindRank", "brokerage", "broker", "affiliationSource",
    ]

    /// The measures the text table shows first, in this order; the other measures with a
    /// heading follow in registry order.
    static let leadingTableMeasures: [MeasureName] = [.degree, .strength, .pagerank]

    /// Every CSV column: ``csvColumns`` and then the registered measures they do not name.
    public static var columns: [String] {
        csvColumns + ActorMeasures.all.map(\.name.rawValue).filter { !csvColumns.contains($0) }
    }

    /// A fixed-width text table of `rows` (node indices, in order), showing the computed measures.
    /// - Complexity: O(*r* · *c*) for *r* rows and *c* columns.
    public static func table(_ actors: KeyActors, rows: [Int]) -> String {
        let measures =
            leadingTableMeasures
            + ActorMeasures.all.map(\.name).filter { !leadingTableMeasures.contains($0) }
        let shown = measures.map(\.measure).filter { $0.heading != nil && actors.isComputed($0.name) }
        let partition = actors.partition
        var header = ["#", "Name", "Kind", "Country"]
        if partition != nil { header.append("Comm.") }
        header += shown.compactMap(\.heading)
        let brokers = actors.brokers
        if brokers != nil { header.append("Broker") }
        var cells = [header]
        for v in rows {
            let e = actors.entities[v]
            var row = ["\(actors.rank[v])", e.name, e.kind.rawValue, country(e)]
            if let partition { row.append("\(partition.community[v])") }
            for m in shown {
                row.append(tableNumber(actors.value(m.name, of: v), m.format))
            }
            if let brokers { row.append(brokers[v] ? "yes" : "") }
            cells.append(row)
        }
        var textColumns: Set<Int> = [1, 2, 3]
        if brokers != nil { textColumns.insert(header.count - 1) }
        return TextTable.render(cells, textColumns: textColumns)
    }

    /// RFC 4180 CSV of `rows` with a header of ``columns``.
    /// - Complexity: O(*r* · *c*).
    public static func csv(_ actors: KeyActors, rows: [Int]) -> String {
        let cells = Column.all(actors)
        // Written as bytes: a table has tens of thousands of cells.
        var out = Array((cells.map(\.name).joined(separator: ",") + "\n").utf8)
        out.reserveCapacity(out.count + rows.count * 32 * cells.count / 4)
        for v in rows {
            for (k, cell) in cells.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                cell.appendCSV(v, actors, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The actors as JSON with sorted keys and full-precision numbers:
    /// `{"nodeCount", "edgeCount", "modularity", "algorithm", "resolution", "seed", "weighting",
    /// "measures": [...], "betweenness": {"sources", "exact", "errorBound"} | null,
    /// "distance": {"sources", "exact"} | null, "nodes": [{<each of ``columns``>}]}`.
    /// `measures` lists the computed measures that are not derived from others. Written in
    /// pieces of about 64 KB to `emit`, one node at a time.
    public static func writeJSON(_ actors: KeyActors, rows: [Int], to emit: (String) -> Void) {
        // Each node is rendered straight to text, keys sorted, at the indentation JSONText gives
        // an object inside the top-level "nodes" array.
        let cells = Column.all(actors).sorted { $0.name < $1.name }
        let keys = cells.map { "      " + JSONText.quote($0.name) + ": " }
        // Each node's text is gathered as bytes (far cheaper than many small String appends).
        var node: [UInt8] = []
        let nodes = JSONText.LazyArray(count: rows.count) { i -> Any in
            node.removeAll(keepingCapacity: true)
            node.append(contentsOf: "{\n".utf8)
            for (k, c) in cells.enumerated() {
                node.append(contentsOf: keys[k].utf8)
                node.append(contentsOf: c.jsonText(rows[i], actors).utf8)
                node.append(contentsOf: (k + 1 < cells.count ? ",\n" : "\n").utf8)
            }
            node.append(contentsOf: "    }".utf8)
            return JSONText.Raw(String(decoding: node, as: UTF8.self))
        }
        let derived = Set(ActorMeasures.all.filter { !$0.inputs.isEmpty }.map(\.name))
        let hasCommunities = actors.partition != nil
        var obj: [String: Any] = [
            "nodeCount": actors.nodeCount, "edgeCount": actors.edgeCount,
            "modularity": actors.modularity.map { $0 as Any } ?? NSNull(),
            "algorithm": hasCommunities ? actors.options.algorithm.rawValue as Any : NSNull(),
            "resolution": actors.options.resolution,
            "seed": actors.options.seed, "weighting": actors.options.weighting.rawValue,
            "measures": actors.computed.filter { !derived.contains($0) }.map(\.rawValue), "nodes": nodes,
        ]
        if let k = actors.betweennessSources {
            obj["betweenness"] =
                ["sources": k, "exact": k == actors.nodeCount, "errorBound": actors.betweennessErrorBound ?? 0]
                as [String: Any]
        } else {
            obj["betweenness"] = NSNull()
        }
        obj["distance"] =
            actors.distanceSources.map { ["sources": $0, "exact": $0 == actors.nodeCount] as [String: Any] }
            ?? NSNull()
        JSONText.write(obj, to: emit)
    }

    /// ``writeJSON(_:rows:to:)`` as one string.
    public static func json(_ actors: KeyActors, rows: [Int]) -> String {
        var out = ""
        writeJSON(actors, rows: rows) { out += $0 }
        return out
    }

    // MARK: - Cells

    /// A country's ISO code or a person's affiliation, or empty.
    static func country(_ e: Entity) -> String {
        e.iso3 ?? e.affiliation.map { $0 + (e.affiliationSource == .guess ? "?" : "") } ?? ""
    }

    /// The text-table form of `x`: whole numbers as integers (0 when not computed), others
    /// with the format's table decimals.
    static func tableNumber(_ x: Double, _ format: MeasureFormat) -> String {
        switch format {
        case .integer: return x.isNaN ? "0" : String(Int(x))
        case .decimal(let decimals, _): return NumberText.fixed(x, decimals)
        }
    }
}

/// One column of the CSV and JSON outputs: what it holds, resolved once per output.
private struct Column {
    enum Content {
        case rank, name, kind, country, community, node, communityRank, kindRank, broker, affiliationSource
        /// A measure's values (`nil` when not computed) and format.
        case measure(values: [Double]?, format: MeasureFormat)
    }

    var name: String
    var content: Content

    /// The columns of ``ActorTableEncoder/columns`` for `actors`.
    static func all(_ actors: KeyActors) -> [Column] {
        ActorTableEncoder.columns.map { name in
            let fixed: [String: Content] = [
                "rank": .rank, "name": .name, "kind": .kind, "country": .country, "community": .community,
                "node": .node, "communityRank": .communityRank, "kindRank": .kindRank, "broker": .broker,
                "affiliationSource": .affiliationSource,
            ]
            if let content = fixed[name] { return Column(name: name, content: content) }
            let m = MeasureName(rawValue: name) ?? .pagerank
            return Column(name: name, content: .measure(values: actors.values(of: m), format: m.measure.format))
        }
    }

    /// Appends the CSV cell for node `v` to `out`.
    func appendCSV(_ v: Int, _ actors: KeyActors, to out: inout [UInt8]) {
        let e = actors.entities[v]
        switch content {
        case .rank: NumberText.appendInteger(actors.rank[v], to: &out)
        case .name: TextEscaping.appendCSV(e.name, to: &out)
        case .kind: out.append(contentsOf: e.kind.rawValue.utf8)
        case .country: TextEscaping.appendCSV(e.iso3 ?? e.affiliation ?? "", to: &out)
        case .affiliationSource: out.append(contentsOf: (e.affiliationSource?.rawValue ?? "").utf8)
        case .community:
            if let partition = actors.partition { NumberText.appendInteger(partition.community[v], to: &out) }
        case .node: NumberText.appendInteger(v, to: &out)
        case .communityRank:
            if let ranks = actors.communityRank { NumberText.appendInteger(ranks[v], to: &out) }
        case .kindRank: NumberText.appendInteger(actors.kindRank[v], to: &out)
        case .broker:
            if let brokers = actors.brokers { out.append(contentsOf: (brokers[v] ? "true" : "false").utf8) }
        case .measure(let values, let format):
            guard let x = values?[v], !x.isNaN else { return }
            switch format {
            case .integer: NumberText.appendInteger(Int(x), to: &out)
            case .decimal(_, let decimals): NumberText.appendFixed(x, decimals, to: &out)
            }
        }
    }

    /// The JSON text for node `v` (`null` for a measure not computed), as ``JSONText`` renders
    /// the same value: integers as integers, doubles in their shortest round-trip form.
    func jsonText(_ v: Int, _ actors: KeyActors) -> String {
        let e = actors.entities[v]
        func string(_ s: String?) -> String { s.map(JSONText.quote) ?? "null" }
        switch content {
        case .rank: return String(actors.rank[v])
        case .name: return JSONText.quote(e.name)
        case .kind: return JSONText.quote(e.kind.rawValue)
        case .country: return string(e.iso3 ?? e.affiliation)
        case .affiliationSource: return string(e.affiliationSource?.rawValue)
        case .community: return actors.partition.map { String($0.community[v]) } ?? "null"
        case .node: return String(v)
        case .communityRank: return actors.communityRank.map { String($0[v]) } ?? "null"
        case .kindRank: return String(actors.kindRank[v])
        case .broker: return actors.brokers.map { $0[v] ? "true" : "false" } ?? "null"
        case .measure(let values, let format):
            guard let x = values?[v], !x.isNaN else { return "null" }
            if format == .integer { return String(Int(x)) }
            return x.isFinite ? "\(x)" : "null"
        }
    }
}
