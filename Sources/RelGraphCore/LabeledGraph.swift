/// The analysis view of a graph: its entities and its compact adjacency, without the
/// relations' attributes (evidence, tone, counts).
///
/// Node *i* is ``entities``[*i*] and node *i* of ``graph``, in the order of
/// ``EntityGraph/entities`` (sorted by id). Analyses that only need names, kinds and tie
/// strengths (``EntityGraph/weightedGraph()``) take one of these, so that a large edge list can
/// be analysed without building an ``EntityGraph`` (``EdgeList/parseLabeled(_:path:warnings:)``).
public struct LabeledGraph: Sendable {
    /// The nodes, sorted by id.
    public let entities: [Entity]
    /// The adjacency; node *i* is ``entities``[*i*].
    public let graph: WeightedGraph

    /// The view of `graph`.
    /// - Complexity: O(*n* + *m* log *m*), as ``EntityGraph/weightedGraph()``.
    public init(_ graph: EntityGraph) {
        entities = graph.entities
        self.graph = graph.weightedGraph()
    }

    /// A view from parts that already satisfy the type's invariants.
    init(entities: [Entity], graph: WeightedGraph) {
        precondition(entities.count == graph.nodeCount, "one entity per node")
        self.entities = entities
        self.graph = graph
    }

    /// The entities matching `name` as in ``EntityGraph/entities(named:)``.
    public func entities(named name: String) -> [Int] {
        EntityLookup.exactMatches(name, in: entities)
    }
}
