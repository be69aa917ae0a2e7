import RelGraphCore

/// The community-detection algorithms a report can use.
public enum CommunityAlgorithm: String, Sendable, CaseIterable {
    /// Leiden (the default; Traag, Waltman and van Eck 2019): connected communities, highest
    /// modularity. See ``RelGraphCore/WeightedGraph/leiden(_:)``.
    case leiden
    /// Louvain (Blondel et al. 2008). See ``RelGraphCore/WeightedGraph/louvain(_:)``.
    case louvain
    /// Asynchronous label propagation (Raghavan et al. 2007; ignores the resolution). See
    /// ``RelGraphCore/WeightedGraph/labelPropagation(_:)``.
    case labelPropagation = "label-propagation"

    /// The partition of `graph` by this algorithm.
    ///
    /// `restarts` runs Leiden or Louvain that many times from seeds derived from `seed` and
    /// keeps the partition of highest modularity (the earliest run on ties); `nil` is each
    /// algorithm's default (``LeidenOptions/restarts``, one Louvain run). Label propagation
    /// ignores it, as it ignores the resolution.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a resolution that is
    ///   not finite and ≥ 0, a thread count or a number of restarts below 1.
    /// - Complexity: near linear in the number of edges per pass; see each algorithm. Multiply
    ///   by `restarts`.
    public func partition(
        of graph: WeightedGraph, resolution: Double = 1, seed: UInt64 = 42, restarts: Int? = nil,
        threads: Int? = nil
    ) throws(AnalysisError) -> Partition {
        try AnalysisError.validateResolution(resolution)
        try AnalysisError.validateThreads(threads)
        if let restarts { try AnalysisError.validateAtLeastOne(restarts, name: "restarts") }
        switch self {
        case .leiden:
            return try graph.leiden(.init(resolution: resolution, seed: seed, restarts: restarts, threads: threads))
        case .louvain:
            return try graph.louvain(.init(resolution: resolution, seed: seed, restarts: restarts ?? 1))
        case .labelPropagation:
            return try graph.labelPropagation(.init(seed: seed))
        }
    }
}
