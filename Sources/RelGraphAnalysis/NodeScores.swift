/// One score per node, as returned by every centrality measure.
///
/// `values[i]` is the score of node *i* of the ``RelGraphCore/WeightedGraph`` it was computed on;
/// for a graph made by ``RelGraphCore/EntityGraph/weightedGraph()`` that is
/// `entities[i]`.
///
/// ## Conventions
/// These hold for every measure in this module (see <doc:Conventions> for details):
/// - Edge weights are tie *strengths* (co-occurrence counts), never distances. Strength,
///   PageRank and modularity use them as they are.
/// - Path-based measures (betweenness, closeness, harmonic) need lengths; by default they use
///   length = 1 / weight (``PathWeighting/reciprocal``), so a strong tie is a short step.
/// - Normalisations equal NetworkX 3.6's: degree / (*n* − 1), betweenness
///   · 2 / ((*n* − 1)(*n* − 2)) with each unordered pair counted once, Wasserman–Faust closeness,
///   raw harmonic sums, PageRank summing to 1.
/// - Two path lengths *a* and *b* are tied (equally short) when
///   |*a* − *b*| ≤ 10⁻¹⁰ · max(|*a*|, |*b*|), as in igraph, so that paths of length
///   (1 + 1/6) + 1/6 and 1 + 1/3 count as two shortest paths although their doubles differ
///   in the last bit.
public struct NodeScores: Sendable, Equatable {
    /// The scores; the index is the node index.
    public let values: [Double]

    /// Wraps `values` (one per node, by node index).
    public init(values: [Double]) {
        self.values = values
    }

    /// The number of nodes scored.
    public var count: Int { values.count }

    /// The score of `node`.
    /// - Precondition: `node` is in `0..<count`.
    public subscript(_ node: Int) -> Double { values[node] }

    /// Node indices ordered by descending score; equal scores keep ascending index order.
    ///
    /// ```swift
    /// NodeScores(values: [0.5, 2, 0.5, 1]).ranking()   // [1, 3, 0, 2]
    /// ```
    /// - Complexity: O(*n* log *n*), where *n* is ``count``.
    public func ranking() -> [Int] {
        values.indices.sorted { a, b in
            values[a] != values[b] ? values[a] > values[b] : a < b
        }
    }
}
