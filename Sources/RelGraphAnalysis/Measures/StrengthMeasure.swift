import RelGraphCore

/// The sum of the weights of a node's ties (`G.degree(weight="weight")` in NetworkX).
public struct StrengthMeasure: ActorMeasure {
    public var name: MeasureName { .strength }
    public var title: String { "Strength" }
    public var heading: String? { "Strength" }
    public var definition: String { "sum of the weights of the actor's ties" }
    public var format: MeasureFormat { .decimal(table: 1, csv: 6) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*n* + *m*).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        context.graph.strengths().values
    }
}
