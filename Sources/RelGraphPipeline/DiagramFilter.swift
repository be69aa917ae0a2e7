import Foundation
import RelGraphAnalysis
import RelGraphCore

/// Chooses what a diagram (DOT, rendering, interchange export, HTML report) shows, so that a
/// large graph stays readable. The graph file and the actor table always keep everything.
///
/// ## Order
/// 1. **Edges** are judged on the whole graph: a relation stays if its weight is at least
///    ``minWeight``, its disparity p-value is below ``backbone`` (when set; computed on the
///    whole graph, see `DisparityFilter`), and, when a date window is set, one of the articles
///    it quotes as evidence is dated inside [``from``, ``to``].
/// 2. **Kinds**: only entities of ``kinds`` stay.
/// 3. **Focus**: only the ego network of the ``focus`` entities stays: everything within
///    ``depth`` hops over the edges left by step 1, among the entities left by step 2.
/// 4. **Top**: the ``top`` entities by ``measure`` stay (focus entities always stay).
/// 5. Entities left without any relation are dropped (unless the graph had no relations).
/// 6. **Largest component**: with ``largestComponent``, only the largest connected component
///    stays (ties: the one with the smallest entity id).
///
/// Sizes and colours come from the analysis of the whole graph (``ActorReport``), so a node
/// looks the same in every view.
///
/// - Complexity: O(*n* log *n* + *m*), where *n* is the number of entities and *m* of relations.
public struct DiagramFilter: Sendable, Equatable {
    /// How many entities to keep, by decreasing ``measure``; `nil` keeps all.
    public var top: Int?
    /// The measure that ranks entities for ``top`` and sets node size. Default PageRank.
    public var measure: ActorReport.Measure
    /// The lightest relation weight to keep; default 1 (all).
    public var minWeight: Double
    /// Entity kinds to keep; `nil` keeps all.
    public var kinds: Set<EntityKind>?
    /// Names (canonical, alias, ISO code or id, case-insensitive) of the entities whose ego
    /// network to keep; empty keeps all.
    public var focus: [String]
    /// How many hops around ``focus`` to keep; default 1.
    public var depth: Int
    /// Whether to keep only the largest connected component. Default `false`.
    public var largestComponent: Bool
    /// The earliest article date to keep (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `nil`.
    public var from: String?
    /// The latest article date to keep (inclusive: `2021-03` keeps all of March), or `nil`.
    public var to: String?
    /// The disparity-filter significance level (Serrano et al. 2009); `nil` keeps all edges.
    public var backbone: Double?

    /// Creates a filter; the defaults keep everything.
    public init(
        top: Int? = nil, measure: ActorReport.Measure = .pagerank, minWeight: Double = 1,
        kinds: Set<EntityKind>? = nil, focus: [String] = [], depth: Int = 1,
        largestComponent: Bool = false, from: String? = nil, to: String? = nil,
        backbone: Double? = nil
    ) {
        self.top = top
        self.measure = measure
        self.minWeight = minWeight
        self.kinds = kinds
        self.focus = focus
        self.depth = depth
        self.largestComponent = largestComponent
        self.from = from
        self.to = to
        self.backbone = backbone
    }

    /// The filter of the main job's diagrams: the 60 most important nodes, and relations seen
    /// in at least 2 sentences once the graph has more than 60 nodes.
    public static func readable(nodeCount: Int) -> DiagramFilter {
        nodeCount > 60 ? DiagramFilter(top: 60, minWeight: 2) : DiagramFilter()
    }

    /// Whether the filter keeps everything.
    public var isIdentity: Bool { self == DiagramFilter(measure: measure) }

    /// What a filter produced: the subgraph and, per kept entity, its size and community.
    public struct Diagram: Sendable {
        /// The filtered graph.
        public var graph: EntityGraph
        /// ``DiagramFilter/measure`` of each kept entity (from the whole graph's analysis).
        public var importance: [Double]
        /// Community of each kept entity (from the whole graph's analysis).
        public var community: [Int]
        /// Every measure of each kept entity, for interchange formats.
        public var measures: [(name: String, values: [Double])]
    }

    /// Applies the filter (see the type's discussion for the order).
    /// - Throws: ``DiagramFilterError`` for an unknown focus name, a bad number or date.
    public func diagram(of graph: EntityGraph, report: ActorReport) throws(DiagramFilterError)
        -> Diagram
    {
        try validate()
        // 1. Edges.
        var keepEdge = graph.relations.map { $0.weight >= minWeight }
        if let backbone {
            let filter = graph.weightedGraph().disparityFilter()
            for (k, r) in graph.relations.enumerated() where keepEdge[k] {
                let p = filter.pValue(graph.index(of: r.source)!, graph.index(of: r.target)!) ?? 1
                keepEdge[k] = p < backbone
            }
        }
        if from != nil || to != nil {
            var dates: [String: String] = [:]
            for a in graph.articles { if let d = a.date { dates[a.id] = d } }
            for (k, r) in graph.relations.enumerated() where keepEdge[k] {
                keepEdge[k] = r.evidence.contains { e in dates[e.article].map(inWindow) ?? false }
            }
        }
        let hadRelations = !graph.relations.isEmpty
        // 2. Kinds.
        var keep = graph.entities.map { kinds?.contains($0.kind) ?? true }
        var adjacency = [[Int]](repeating: [], count: graph.entities.count)
        for (k, r) in graph.relations.enumerated() where keepEdge[k] {
            let (u, v) = (graph.index(of: r.source)!, graph.index(of: r.target)!)
            adjacency[u].append(v)
            adjacency[v].append(u)
        }
        // 3. Focus.
        var pinned = Set<Int>()
        if !focus.isEmpty {
            for name in focus { pinned.formUnion(try Self.resolve(name, in: graph)) }
            pinned = pinned.filter { keep[$0] }
            var distance = [Int](repeating: -1, count: graph.entities.count)
            var queue = Array(pinned.sorted())
            for s in queue { distance[s] = 0 }
            var head = 0
            while head < queue.count {
                let u = queue[head]
                head += 1
                guard distance[u] < depth else { continue }
                for v in adjacency[u] where keep[v] && distance[v] < 0 {
                    distance[v] = distance[u] + 1
                    queue.append(v)
                }
            }
            for i in keep.indices where distance[i] < 0 { keep[i] = false }
        }
        // 4. Top.
        if let top {
            var kept = 0
            for row in rows(report) where keep[row] {
                if kept < top || pinned.contains(row) { kept += 1 } else { keep[row] = false }
            }
        }
        // 5. Isolated.
        func linked() -> [Bool] {
            var has = [Bool](repeating: false, count: keep.count)
            for u in adjacency.indices where keep[u] {
                for v in adjacency[u] where keep[v] { has[u] = true }
            }
            return has
        }
        if hadRelations {
            let has = linked()
            for i in keep.indices where !has[i] && !pinned.contains(i) { keep[i] = false }
        }
        // 6. Largest component.
        if largestComponent { keep = Self.largestComponent(keep, adjacency) }
        var sub = graph.induced(by: keep.indices.filter { keep[$0] })
        var relationKept = Set<[String]>()
        for (k, r) in graph.relations.enumerated() where keepEdge[k] {
            relationKept.insert([r.source, r.target])
        }
        sub = sub.filteringRelations { relationKept.contains([$0.source, $0.target]) }
        let original = sub.entities.map { graph.index(of: $0.id)! }
        let byNode = Self.rowsByNode(report)
        let columns = ActorReport.Measure.allCases.map { m in
            (name: m.rawValue, values: original.map { Self.value(m, of: byNode[$0]) })
        }.filter { column in column.values.contains { !$0.isNaN } }
        return Diagram(
            graph: sub, importance: original.map { Self.value(measure, of: byNode[$0]) },
            community: original.map { report.partition.community[$0] }, measures: columns)
    }

    /// The filtered graph with the importance and community of each kept node; a filter that
    /// cannot be applied (unknown focus name) keeps everything.
    public func apply(to graph: EntityGraph, report: ActorReport) -> (
        graph: EntityGraph, importance: [Double], community: [Int]
    ) {
        let d: Diagram
        do { d = try diagram(of: graph, report: report) } catch {
            d = try! DiagramFilter(measure: measure).diagram(of: graph, report: report)
        }
        return (d.graph, d.importance, d.community)
    }

    // MARK: - Helpers

    /// Node indices in decreasing order of ``measure`` (ties by name), from `report`.
    private func rows(_ report: ActorReport) -> [Int] {
        if measure == report.options.rankBy { return report.rows.map(\.node) }
        return report.rows.sorted {
            let (a, b) = (rankable(Self.value(measure, of: $0)), rankable(Self.value(measure, of: $1)))
            return a != b ? a > b : ($0.name, $0.node) < ($1.name, $1.node)
        }.map(\.node)
    }

    /// NaN (not computed) ranks last.
    private func rankable(_ x: Double) -> Double { x.isNaN ? -.infinity : x }

    /// The report's rows indexed by entity.
    static func rowsByNode(_ report: ActorReport) -> [ActorReport.Row] {
        var out = report.rows
        for row in report.rows { out[row.node] = row }
        return out
    }

    /// The value of `m` in `row`; NaN when the report did not compute it.
    static func value(_ m: ActorReport.Measure, of row: ActorReport.Row) -> Double {
        row.value(m)
    }

    private func validate() throws(DiagramFilterError) {
        if let top, top < 1 {
            throw .invalidValue(option: "top", value: "\(top)", expected: "a whole number >= 1")
        }
        if !minWeight.isFinite || minWeight < 0 {
            throw .invalidValue(option: "min-weight", value: "\(minWeight)", expected: "a number >= 0")
        }
        if depth < 0 {
            throw .invalidValue(option: "depth", value: "\(depth)", expected: "a whole number >= 0")
        }
        if let backbone, !(backbone > 0 && backbone <= 1) {
            throw .invalidValue(
                option: "backbone", value: "\(backbone)", expected: "a significance level in (0, 1]")
        }
        for (option, value) in [("from", from), ("to", to)] {
            if let value, !Self.isDate(value) { throw .invalidDate(option: option, value: value) }
        }
        if let from, let to, from > to, !to.hasPrefix(from), !from.hasPrefix(to) {
            throw .emptyWindow(from: from, to: to)
        }
    }

    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Whether an article date lies in [``from``, ``to``] (bounds as prefixes).
    func inWindow(_ date: String) -> Bool {
        if let from, date < from, !date.hasPrefix(from) { return false }
        if let to, String(date.prefix(to.count)) > to { return false }
        return true
    }

    /// The entities `name` designates: exact (case-insensitive) name, alias, code or id first,
    /// else every entity whose name contains it.
    static func resolve(_ name: String, in graph: EntityGraph) throws(DiagramFilterError) -> [Int] {
        let exact = graph.entities(named: name)
        if !exact.isEmpty { return exact }
        let needle = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let partial = graph.entities.indices.filter {
            graph.entities[$0].name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .contains(needle)
        }
        if !partial.isEmpty, !needle.isEmpty { return partial }
        let words = needle.split(separator: " ").filter { $0.count >= 3 }
        let suggestions = graph.entities.filter { e in
            let n = e.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return words.contains { n.contains($0) }
        }.map(\.name).sorted().prefix(3)
        throw .unknownFocus(name: name, suggestions: Array(suggestions))
    }

    /// `keep` restricted to its largest connected component over `adjacency`.
    static func largestComponent(_ keep: [Bool], _ adjacency: [[Int]]) -> [Bool] {
        var component = [Int](repeating: -1, count: keep.count)
        var best: [Int] = []
        for s in keep.indices where keep[s] && component[s] < 0 {
            var members = [s]
            component[s] = s
            var head = 0
            while head < members.count {
                let u = members[head]
                head += 1
                for v in adjacency[u] where keep[v] && component[v] < 0 {
                    component[v] = s
                    members.append(v)
                }
            }
            if members.count > best.count { best = members }
        }
        var out = [Bool](repeating: false, count: keep.count)
        for i in best { out[i] = true }
        return out
    }
}
