import RelGraphCore

/// Wasserman–Faust closeness (`networkx.closeness_centrality(G, distance=…)`, `wf_improved`):
/// (*r* / Σ *d*) · (*r* / (*n* − 1)) for the *r* nodes a node reaches, exact or sampled like
/// betweenness. Computed together with ``HarmonicMeasure``.
///
/// See ``RelGraphCore/WeightedGraph/distanceCentralities(weighting:sampling:wfImproved:threads:)``.
public struct ClosenessMeasure: ActorMeasure {
    public var name: MeasureName { .closeness }
    public var title: String { "Closeness" }
    public var heading: String? { "Closeness" }
    public var definition: String {
        "inverse mean path length to the actors it reaches, scaled by the share it reaches "
            + "(Wasserman-Faust; sampled on large graphs)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*k* · *m* log *n*) for *k* sources, shared with harmonic centrality.
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        try context.distanceCentralities().closeness.values
    }
}
