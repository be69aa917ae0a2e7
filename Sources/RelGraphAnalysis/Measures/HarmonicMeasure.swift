import RelGraphCore

/// Harmonic centrality Σ 1/*d*(*v*, *u*) over the other nodes (`networkx.harmonic_centrality`),
/// exact or sampled like betweenness. Computed together with ``ClosenessMeasure``.
///
/// ## Scale
/// By default the sum is divided by *n* − 1 and distances are measured in units of the
/// shortest edge (``MeasureContext/shortestEdgeLength``, ℓ), so that the value lies in [0, 1]:
/// NetworkX's `harmonic_centrality(G, distance=length / ℓ) / (n − 1)`, or the raw value
/// times ℓ / (*n* − 1). ``MeasureContext/rawDistances`` reports the raw sum.
///
/// See ``RelGraphCore/WeightedGraph/distanceCentralities(weighting:sampling:wfImproved:threads:)``.
public struct HarmonicMeasure: ActorMeasure {
    public var name: MeasureName { .harmonic }
    public var title: String { "Harmonic centrality" }
    public var heading: String? { "Harmonic" }
    public var definition: String {
        "mean of 1/distance to every other actor, in [0, 1]: path lengths count in units of the strongest "
            + "tie, unreachable actors add 0 (--raw-distances: the unscaled sum; sampled on large graphs)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*k* · *m* log *n*) for *k* sources, shared with closeness.
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let raw = try context.distanceCentralities().harmonic.values
        let n = context.graph.nodeCount
        if context.rawDistances { return raw }
        guard n > 1 else { return raw.map { _ in 0 } }
        let scale = context.shortestEdgeLength / Double(n - 1)
        return raw.map { $0 * scale }
    }
}
