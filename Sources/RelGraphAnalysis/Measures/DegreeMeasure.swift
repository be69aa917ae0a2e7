import RelGraphCore

/// The number of distinct neighbours of a node (raw count, not NetworkX's normalised
/// `degree_centrality`).
public struct DegreeMeasure: ActorMeasure {
    public var name: MeasureName { .degree }
    public var title: String { "Degree" }
    public var heading: String? { "Degree" }
    public var definition: String { "number of distinct actors tied to the actor" }
    public var format: MeasureFormat { .integer }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*n*).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let g = context.graph
        return (0..<g.nodeCount).map { Double(g.degree($0)) }
    }
}
