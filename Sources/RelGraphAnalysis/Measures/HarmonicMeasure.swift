import RelGraphCore

/// Harmonic centrality Σ 1/*d*(*v*, *u*) over the other nodes (`networkx.harmonic_centrality`),
/// exact or sampled like betweenness. Computed together with ``ClosenessMeasure``.
///
/// See ``RelGraphCore/WeightedGraph/distanceCentralities(weighting:sampling:wfImproved:threads:)``.
public struct HarmonicMeasure: ActorMeasure {
    public var name: MeasureName { .harmonic }
    public var title: String { "Harmonic centrality" }
    public var heading: String? { "Harmonic" }
    public var definition: String {
        "sum of 1/distance to every other actor (unreachable actors add 0; sampled on large graphs)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*k* · *m* log *n*) for *k* sources, shared with closeness.
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        try context.distanceCentralities().harmonic.values
    }
}
