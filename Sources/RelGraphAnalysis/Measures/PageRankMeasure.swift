import RelGraphCore

/// Weighted PageRank with damping 0.85, summing to 1 (`networkx.pagerank(G, weight="weight")`);
/// personalised on ``MeasureContext/seenFrom`` when that is not empty.
///
/// See ``RelGraphCore/WeightedGraph/pageRank(_:)`` for the method and its reference.
public struct PageRankMeasure: ActorMeasure {
    public var name: MeasureName { .pagerank }
    public var title: String { "PageRank" }
    public var heading: String? { "PageRank" }
    public var definition: String {
        "weighted PageRank (damping 0.85, sums to 1): the share of time a random walk along ties, "
            + "restarting anywhere (or at --seen-from), spends at the actor"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O((*n* + *m*) · iterations).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        var personalization: [Int: Double]?
        if !context.seenFrom.isEmpty {
            personalization = Dictionary(context.seenFrom.map { ($0, 1.0) }) { a, _ in a }
        }
        return try context.graph.pageRank(.init(personalization: personalization)).values
    }
}
