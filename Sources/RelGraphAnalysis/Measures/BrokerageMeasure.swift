import RelGraphCore

/// Brokerage: a node's betweenness percentile minus its degree percentile, in [−1, 1].
///
/// Percentiles are average ranks scaled to [0, 1]: (rank − 1)/(*n* − 1), tied values sharing
/// their mean rank. A high value means the node lies on far more shortest paths than its number
/// of ties suggests, in the sense of Burt's structural holes. Which nodes are *brokers* is
/// decided by ``KeyActors/brokers`` (betweenness and communities), not by this score alone.
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
        "betweenness percentile minus degree percentile, in [-1, 1]: high for actors on more shortest "
            + "paths than their number of ties suggests"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 6) }
    public var inputs: [MeasureName] { [.betweenness, .degree] }

    /// Creates the measure.
    public init() {}

    /// Computes brokerage.
    /// - Complexity: O(*n* log *n*).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let betweenness = try context.values(of: .betweenness)
        let degree = try context.values(of: .degree)
        let bp = Self.percentiles(betweenness)
        let dp = Self.percentiles(degree)
        return betweenness.indices.map { bp[$0] - dp[$0] }
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
