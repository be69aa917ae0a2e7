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
/// 5. When any filter is set, entities left without any relation are dropped (the identity
///    filter keeps isolated entities, so exports keep every entity).
/// 6. **Largest component**: with ``largestComponent``, only the largest connected component
///    stays (ties: the one with the smallest entity id).
///
/// Sizes and colours come from the analysis of the whole graph (``RelGraphAnalysis/KeyActors``),
/// so a node looks the same in every view. Each step is a graph operation of RelGraphCore or
/// RelGraphAnalysis (``RelGraphCore/EntityGraph/relationsDated(in:)``,
/// ``RelGraphCore/WeightedGraph/hopDistances(from:maxDepth:)``,
/// ``RelGraphAnalysis/KeyActors/ranking(by:)``,
/// ``RelGraphCore/WeightedGraph/largestComponent()``); this type only composes them.
///
/// - Complexity: O(*n* log *n* + *m*), where *n* is the number of entities and *m* of relations.
public struct DiagramFilter: Sendable, Equatable {
    /// How many entities to keep, by decreasing ``measure``; `nil` keeps all.
    public var top: Int?
    /// The measure that ranks entities for ``top`` and sets node size. Default PageRank.
    public var measure: MeasureName
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
    /// The earliest article date to keep, or `nil`.
    public var from: PartialDate?
    /// The latest article date to keep (inclusive: `2021-03` keeps all of March), or `nil`.
    public var to: PartialDate?
    /// The disparity-filter significance level (Serrano et al. 2009); `nil` keeps all edges.
    public var backbone: Double?

    /// Creates a filter; the defaults keep everything.
    public init(
        top: Int? = nil, measure: MeasureName = .pagerank, minWeight: Double = 1,
        kinds: Set<EntityKind>? = nil, focus: [String] = [], depth: Int = 1,
        largestComponent: Bool = false, from: PartialDate? = nil, to: PartialDate? = nil,
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

    /// The most entities a diagram shows unless asked for more: 60.
    public static let readableTop = 60

    /// The filter of the main job's diagrams: the 60 most important nodes, and relations of
    /// weight at least 2, once the graph has more than 60 nodes.
    public static func readable(nodeCount: Int) -> DiagramFilter {
        DiagramFilter().readable(nodeCount: nodeCount) ?? DiagramFilter()
    }

    /// This filter made readable for a graph of `nodeCount` entities, as diagrams are by
    /// default: without a ``top`` of its own it keeps the ``readableTop`` most important
    /// entities (focus entities always stay), and when it sets nothing else either, only
    /// relations of weight at least 2. `nil` when the filter is already readable.
    public func readable(nodeCount: Int) -> DiagramFilter? {
        guard top == nil, nodeCount > Self.readableTop else { return nil }
        var f = self
        f.top = Self.readableTop
        if isIdentity { f.minWeight = 2 }
        return f
    }

    /// Whether the filter keeps everything.
    public var isIdentity: Bool { self == DiagramFilter(measure: measure) }

    /// What a filter produced: the subgraph and, per kept entity, its size and community.
    public struct Diagram: Sendable {
        /// The filtered graph.
        public var graph: EntityGraph
        /// ``DiagramFilter/measure`` of each kept entity (from the whole graph's analysis).
        public var importance: [Double]
        /// Community of each kept entity (from the whole graph's analysis), or `nil` when the
        /// analysis found no communities.
        public var community: [Int]?
        /// Every measure of each kept entity, for interchange formats.
        public var measures: [(name: String, values: [Double])]
        /// The ids of the ``DiagramFilter/focus`` entities, drawn highlighted.
        public var focus: Set<String> = []
    }

    /// Applies the filter (see the type's discussion for the order).
    /// - Throws: ``DiagramFilterError`` for an unknown focus name, a bad number or an empty
    ///   date window.
    public func diagram(of graph: EntityGraph, actors: KeyActors) throws(DiagramFilterError) -> Diagram {
        let range = try validate()
        let n = graph.entities.count
        // 1. Edges.
        var keepEdge = graph.relations.map { $0.weight >= minWeight }
        if let backbone {
            let filter = graph.weightedGraph().disparityFilter()
            for k in graph.relations.indices where keepEdge[k] {
                let (u, v) = graph.endpoints(ofRelation: k)
                keepEdge[k] = (filter.pValue(u, v) ?? 1) < backbone
            }
        }
        if let range {
            let dated = graph.relationsDated(in: range)
            for k in keepEdge.indices where keepEdge[k] { keepEdge[k] = dated[k] }
        }
        let hadRelations = !graph.relations.isEmpty
        // 2. Kinds.
        var keep = graph.entities.map { kinds?.contains($0.kind) ?? true }
        /// The kept edges between kept entities.
        func keptGraph() -> WeightedGraph {
            var edges: [(Int32, Int32, Double)] = []
            for (k, r) in graph.relations.enumerated() where keepEdge[k] {
                let (u, v) = graph.endpoints(ofRelation: k)
                if keep[u] && keep[v] { edges.append((Int32(u), Int32(v), r.weight)) }
            }
            return WeightedGraph(nodeCount: n, edges: edges)
        }
        // 3. Focus.
        var pinned = Set<Int>()
        if !focus.isEmpty {
            for name in focus {
                do throws(NameLookupError) { pinned.insert(try EntityLookup.resolve(name, in: graph.entities)) } catch {
                    throw .name(error)
                }
            }
            pinned = pinned.filter { keep[$0] }
            let distance = keptGraph().hopDistances(from: pinned.sorted(), maxDepth: depth)
            for i in keep.indices where distance[i] < 0 { keep[i] = false }
        }
        // 4. Top.
        if let top {
            var kept = 0
            for v in actors.ranking(by: measure) where keep[v] {
                if kept < top || pinned.contains(v) { kept += 1 } else { keep[v] = false }
            }
        }
        // 5. Isolated.
        if hadRelations && !isIdentity {
            let g = keptGraph()
            for i in keep.indices where keep[i] && g.degree(i) == 0 && !pinned.contains(i) { keep[i] = false }
        }
        // 6. Largest component.
        if largestComponent {
            let g = keptGraph()
            let kept = keep.indices.filter { keep[$0] }
            let largest = g.subgraph(nodes: kept).graph.largestComponent()
            keep = [Bool](repeating: false, count: n)
            for local in largest.originalIndex { keep[kept[Int(local)]] = true }
        }
        if !graph.entities.isEmpty && !keep.contains(true) { throw .emptyDiagram(filters: summary) }
        // The kept entities and the kept relations between them, in the graph's order.
        // When nothing is dropped (an export of the whole graph), the graph is shared, not copied.
        let keepsRelation = { (k: Int) -> Bool in
            guard keepEdge[k] else { return false }
            let (u, v) = graph.endpoints(ofRelation: k)
            return keep[u] && keep[v]
        }
        var sub = graph
        if keep.contains(false) || !graph.relations.indices.allSatisfy(keepsRelation) {
            let entities = graph.entities.indices.filter { keep[$0] }.map { graph.entities[$0] }
            let relations = graph.relations.indices.filter(keepsRelation).map { graph.relations[$0] }
            do { sub = try EntityGraph(entities: entities, relations: relations, articles: graph.articles) } catch {
                preconditionFailure("a subgraph of a valid graph is valid: \(error)")
            }
        }
        let original = sub.entities.compactMap { graph.index(of: $0.id) }
        let columns = actors.computed.map { m in
            (name: m.rawValue, values: original.map { actors.value(m, of: $0) })
        }.filter { column in column.values.contains { !$0.isNaN } }
        return Diagram(
            graph: sub, importance: original.map { actors.value(measure, of: $0) },
            community: actors.partition.map { p in original.map { p.community[$0] } }, measures: columns,
            focus: Set(pinned.map { graph.entities[$0].id }))
    }

    // MARK: - Helpers

    /// Checks the numbers and returns the date range, if any.
    private func validate() throws(DiagramFilterError) -> DateRange? {
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
        guard from != nil || to != nil else { return nil }
        guard let range = DateRange(from: from, to: to) else {
            throw .emptyWindow(from: from?.description ?? "", to: to?.description ?? "")
        }
        return range
    }
}
