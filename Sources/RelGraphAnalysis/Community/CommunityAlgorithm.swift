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
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a resolution that is
    ///   not finite and ≥ 0 or a thread count below 1.
    /// - Complexity: near linear in the number of edges per pass; see each algorithm.
    public func partition(
        of graph: WeightedGraph, resolution: Double = 1, seed: UInt64 = 42, threads: Int? = nil
    ) throws(AnalysisError) -> Partition {
        try AnalysisError.validateResolution(resolution)
        try AnalysisError.validateThreads(threads)
        switch self {
        case .leiden:
            return try graph.leiden(.init(resolution: resolution, seed: seed, threads: threads))
        case .louvain:
            return try graph.louvain(.init(resolution: resolution, seed: seed))
        case .labelPropagation:
            return try graph.labelPropagation(.init(seed: seed))
        }
    }
}
