import RelGraphCore

/// Wasserman–Faust closeness (`networkx.closeness_centrality(G, distance=…)`, `wf_improved`):
/// (*r* / Σ *d*) · (*r* / (*n* − 1)) for the *r* nodes a node reaches, exact or sampled like
/// betweenness. Computed together with ``HarmonicMeasure``.
///
/// ## Scale
/// By default distances are measured in units of the shortest edge
/// (``MeasureContext/shortestEdgeLength``, ℓ), so that no two nodes are closer than 1 and
/// closeness lies in [0, 1]: 1 means tied by the strongest kind of tie to every other node.
/// That is NetworkX's closeness with `distance` = length / ℓ, or the raw value times ℓ.
/// ``MeasureContext/rawDistances`` reports the raw value, which with lengths 1/weight can exceed 1.
///
/// See ``RelGraphCore/WeightedGraph/distanceCentralities(weighting:sampling:wfImproved:threads:)``.
public struct ClosenessMeasure: ActorMeasure {
    public var name: MeasureName { .closeness }
    public var title: String { "Closeness" }
    public var heading: String? { "Closeness" }
    public var definition: String {
        "inverse mean path length to the actors it reaches, scaled by the share it reaches "
            + "(Wasserman-Faust), in [0, 1]: path lengths count in units of the strongest tie, so 1 means "
            + "one strongest tie away from everyone (--raw-distances: unscaled; sampled on large graphs)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*k* · *m* log *n*) for *k* sources, shared with harmonic centrality.
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let raw = try context.distanceCentralities().closeness.values
        if context.rawDistances { return raw }
        let unit = context.shortestEdgeLength
        return raw.map { $0 * unit }
    }
}
