/// What ``DOTEncoder`` writes besides the graph itself.
public struct DOTOptions: Sendable, Hashable {
    /// The graph's caption, drawn at the top (`label` graph attribute). Default `nil`: none.
    public var title: String?
    /// The Graphviz layout engine to record in the file (`layout` graph attribute), such as
    /// `"neato"` or `"sfdp"`, so that `dot -Tsvg file.dot` picks it. Default `nil`: not written,
    /// and the renderer chooses.
    public var layout: String?
    /// Whether to add a legend (`subgraph cluster_legend`) with one example node per entity kind
    /// and one example edge per tone that occur in the graph. Default `true`.
    public var legend: Bool
    /// Whether to group the nodes of each community into a `subgraph cluster_<community>`.
    /// dot and fdp keep a cluster's nodes together in a labelled box; neato draws the box around
    /// wherever the nodes land, and sfdp ignores clusters. Default `false`.
    public var clusters: Bool
    /// The longest node label, in characters (grapheme clusters); longer labels are cut and end
    /// in "…". Values below 2 mean no limit. Default `40`.
    public var maxLabelLength: Int
    /// Whether edge tooltips quote a supporting sentence. Default `true`.
    public var evidenceInTooltips: Bool

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        title: String? = nil, layout: String? = nil, legend: Bool = true, clusters: Bool = false,
        maxLabelLength: Int = 40, evidenceInTooltips: Bool = true
    ) {
        self.title = title
        self.layout = layout
        self.legend = legend
        self.clusters = clusters
        self.maxLabelLength = maxLabelLength
        self.evidenceInTooltips = evidenceInTooltips
    }
}
