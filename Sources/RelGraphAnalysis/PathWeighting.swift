/// How path-based measures (betweenness, closeness, harmonic) turn an edge's tie strength into
/// a length.
///
/// RelGraph weights are tie *strengths* (co-occurrence counts): a heavier edge is a closer tie,
/// so it must be a *shorter* step. NetworkX instead reads its `weight` argument as a length, so
/// `networkx.betweenness_centrality(G, weight="w")` equals ``length`` here and NetworkX's
/// `weight=None` equals ``unweighted``.
public enum PathWeighting: String, Sendable, CaseIterable {
    /// Length = 1 / weight (the default): strong ties are short. Integer weights give
    /// many mathematically equal path lengths, compared with the tolerance described in
    /// <doc:Conventions>.
    case reciprocal
    /// Length = weight: use when the stored weight already is a distance.
    case length
    /// Every edge has length 1 (hop count); weights are ignored and breadth-first search
    /// replaces Dijkstra's algorithm.
    case unweighted
}
