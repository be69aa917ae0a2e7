import RelGraphCore

/// A strong tie that appeared or disappeared between two consecutive non-empty periods of
/// ``ActorTrends``.
///
/// ## Definitions
/// - A tie's weight in a period is the weight of the pair in `LabeledGraph(graph)` of that
///   period (relation kinds merged by summing); 0 when the pair is not linked.
/// - The **strong weight** of a period with edge weights *w*₁ ≤ … ≤ *w*ₘ (*m* ≥ 1) is
///   max(*t*, *Q*(*q*)), where *t* is ``ActorTrends/Options/minimumStrongWeight`` (2 by default),
///   *q* is ``ActorTrends/Options/strongQuantile`` (0.9 by default) and *Q* is the linear
///   interpolation quantile *Q*(*q*) = *w*⌊*h*⌋ + (*h* − ⌊*h*⌋)(*w*⌊*h*⌋₊₁ − *w*⌊*h*⌋) with
///   *h* = 1 + (*m* − 1)*q* (Hyndman and Fan's type 7, the default of NumPy and R). A tie is
///   **strong** when its weight is at least the strong weight; a period without edges has none.
/// - A period is **non-empty** when its graph has at least one entity. Each non-empty period
///   after the first is compared with the previous non-empty one (empty periods in between
///   are skipped): a tie strong now but not before has ``Kind/appeared``; one strong before
///   but not now has ``Kind/disappeared``. "Not strong" includes "absent".
///
/// ## Order
/// By period (chronological), appeared before disappeared, then by decreasing strong weight
/// (``weightAfter`` for appeared ties, ``weightBefore`` for disappeared ones), then by source id
/// and target id.
///
/// ## Reference
/// Hyndman, Rob J., and Yanan Fan. "Sample Quantiles in Statistical Packages." The American
/// Statistician 50, no. 4 (1996): 361–365. https://doi.org/10.1080/00031305.1996.10473566
public struct EdgeChange: Sendable, Hashable {
    /// Whether a tie became strong or stopped being strong.
    public enum Kind: String, Sendable, CaseIterable {
        /// Strong in ``EdgeChange/period`` and not in ``EdgeChange/previous``.
        case appeared
        /// Strong in ``EdgeChange/previous`` and not in ``EdgeChange/period``.
        case disappeared
    }

    /// The period in which the change is seen.
    public let period: Period
    /// The non-empty period before it, which it is compared with.
    public let previous: Period
    /// Appeared or disappeared.
    public let kind: Kind
    /// The endpoint ids, `source` < `target`.
    public let source: String, target: String
    /// The endpoint names.
    public let sourceName: String, targetName: String
    /// The tie's weight in ``previous`` and in ``period`` (0 when absent).
    public let weightBefore: Double, weightAfter: Double

    /// The weight of a strong tie among `weights` (see the type's discussion), or `nil` for no
    /// weights.
    /// - Complexity: O(*m* log *m*), where *m* is the number of weights.
    static func strongWeight(_ weights: [Double], quantile q: Double, minimum: Double) -> Double? {
        guard !weights.isEmpty else { return nil }
        let w = weights.sorted()
        let h = Double(w.count - 1) * q
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, w.count - 1)
        let value = w[lo] + (h - Double(lo)) * (w[hi] - w[lo])
        return max(minimum, value)
    }

    /// The changes between consecutive non-empty `periods`, whose ties (entity pairs and their
    /// weights) are `ties`, in the order stated on the type.
    /// - Complexity: O(Σ *m*_*p* log *m*_*p*).
    static func changes(
        periods: [ActorTrends.Snapshot], ties: [[TieKey: Double]], entities: [Entity]
    ) -> [EdgeChange] {
        var out: [EdgeChange] = []
        var previous: Int?
        for p in periods.indices where periods[p].nodeCount > 0 {
            defer { previous = p }
            guard let q = previous else { continue }
            let now = strong(ties[p], threshold: periods[p].strongWeight)
            let before = strong(ties[q], threshold: periods[q].strongWeight)
            var found: [EdgeChange] = []
            for (kind, keys) in [(Kind.appeared, now.subtracting(before)), (.disappeared, before.subtracting(now))] {
                for key in keys {
                    let (s, t) = (entities[key.a], entities[key.b])
                    found.append(
                        EdgeChange(
                            period: periods[p].period, previous: periods[q].period, kind: kind, source: s.id,
                            target: t.id, sourceName: s.name, targetName: t.name,
                            weightBefore: ties[q][key] ?? 0, weightAfter: ties[p][key] ?? 0))
                }
            }
            out += found.sorted { a, b in
                if a.kind != b.kind { return a.kind == .appeared }
                let (x, y) = (a.strength, b.strength)
                return x != y ? x > y : (a.source, a.target) < (b.source, b.target)
            }
        }
        return out
    }

    /// The weight that made the tie strong: after for an appeared tie, before for a disappeared one.
    private var strength: Double { kind == .appeared ? weightAfter : weightBefore }

    private static func strong(_ ties: [TieKey: Double], threshold: Double?) -> Set<TieKey> {
        guard let threshold else { return [] }
        return Set(ties.filter { $0.value >= threshold }.keys)
    }
}
