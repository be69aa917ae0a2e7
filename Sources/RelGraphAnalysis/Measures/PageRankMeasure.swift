import RelGraphCore

/// Weighted PageRank with damping 0.85, summing to 1 (`networkx.pagerank(G, weight="weight")`):
/// the share of time a random walk along ties spends at a node, restarting with probability
/// 0.15 at each step.
///
/// ## Restarts
/// With ``MeasureContext/seenFrom`` the walk restarts at those nodes only (the graph as seen
/// from an actor). Otherwise it restarts at a node in proportion to
/// ``MeasureContext/restartWeights`` when given — for key actors, the number of articles that
/// mention each entity, so that importance follows coverage across articles and one long
/// article cannot make its subject a key actor — and uniformly when not (or when all weights
/// are equal, as in edge lists): `networkx.pagerank(G, personalization=weights)`. This is
/// Haveliwala's topic-sensitive PageRank with coverage as the topic.
///
/// ## Reference
/// Haveliwala, Taher H. "Topic-Sensitive PageRank." Proceedings of the 11th International World
/// Wide Web Conference (2002): 517–526.
///
/// See ``RelGraphCore/WeightedGraph/pageRank(_:)`` for the method and its reference.
public struct PageRankMeasure: ActorMeasure {
    public var name: MeasureName { .pagerank }
    public var title: String { "PageRank" }
    public var heading: String? { "PageRank" }
    public var definition: String {
        "weighted PageRank (damping 0.85, sums to 1): the share of time a random walk along ties spends at "
            + "the actor; the walk restarts at actors in proportion to the articles that mention them "
            + "(--restart uniform: anywhere alike; --seen-from: at those actors)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O((*n* + *m*) · iterations).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        var personalization: [Int: Double]?
        if !context.seenFrom.isEmpty {
            personalization = Dictionary(context.seenFrom.map { ($0, 1.0) }) { a, _ in a }
        } else if let w = context.restartWeights {
            personalization = Dictionary(uniqueKeysWithValues: w.indices.filter { w[$0] > 0 }.map { ($0, w[$0]) })
        }
        return try context.graph.pageRank(.init(personalization: personalization)).values
    }
}
