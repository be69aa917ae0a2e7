import RelGraphCore

/// Brokerage: a node's betweenness percentile minus its degree percentile, in [−1, 1].
///
/// Percentiles are average ranks scaled to [0, 1]: (rank − 1)/(*n* − 1), tied values sharing
/// their mean rank. A node is flagged as a **broker** (``MeasureContext/brokers``) when its
/// betweenness is positive and in the top quarter (percentile ≥ 0.75) and its brokerage is at
/// least 0.25: it lies on far more shortest paths than its number of ties suggests, in the
/// sense of Burt's structural holes.
///
/// ## Reference
/// Burt, Ronald S. *Structural Holes: The Social Structure of Competition.* Harvard University
/// Press, 1992.
public struct BrokerageMeasure: ActorMeasure {
    public var name: MeasureName { .brokerage }
    public var title: String { "Brokerage" }
    /// Not a column of the text table, which shows the broker flag instead.
    public var heading: String? { nil }
    public var definition: String {
        "betweenness percentile minus degree percentile, in [-1, 1]; a broker has betweenness > 0 "
            + "in the top quarter and brokerage >= 0.25"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 6) }
    public var inputs: [MeasureName] { [.betweenness, .degree] }

    /// The least betweenness percentile of a broker: 0.75.
    public static let brokerPercentile = 0.75
    /// The least brokerage of a broker: 0.25.
    public static let brokerBrokerage = 0.25

    /// Creates the measure.
    public init() {}

    /// Computes brokerage and records the broker flags in the context.
    /// - Complexity: O(*n* log *n*).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let betweenness = try context.values(of: .betweenness)
        let degree = try context.values(of: .degree)
        let bp = Self.percentiles(betweenness)
        let dp = Self.percentiles(degree)
        let score = betweenness.indices.map { bp[$0] - dp[$0] }
        context.brokers = betweenness.indices.map {
            betweenness[$0] > 0 && bp[$0] >= Self.brokerPercentile && score[$0] >= Self.brokerBrokerage
        }
        return score
    }

    /// Average-rank percentiles in [0, 1]: (rank − 1)/(*n* − 1), tied values sharing their mean
    /// rank; all 0 for fewer than two values.
    /// - Complexity: O(*n* log *n*).
    static func percentiles(_ x: [Double]) -> [Double] {
        let n = x.count
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        let order = x.indices.sorted { x[$0] < x[$1] }
        var p = [Double](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n, x[order[j + 1]] == x[order[i]] { j += 1 }
            let mean = Double(i + j) / 2 / Double(n - 1)
            for t in i...j { p[order[t]] = mean }
            i = j + 1
        }
        return p
    }
}
