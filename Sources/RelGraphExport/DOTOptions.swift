/// What ``DOTEncoder`` writes besides the graph itself.
public struct DOTOptions: Sendable, Hashable {
    /// The graph's caption, drawn at the top (`label` graph attribute). Default `nil`: none.
    public var title: String?
    /// The Graphviz layout engine to record in the file (`layout` graph attribute), such as
    /// `"neato"` or `"sfdp"`, so that `dot -Tsvg file.dot` picks it, and to tune the graph
    /// attributes for (see ``DOTEncoder``, "Layout hints"). Default `nil`: not written, and the
    /// renderer chooses.
    public var layout: String?
    /// Whether to add a legend: one HTML-like table node (`legend`) that explains shapes, edge
    /// colours, sizes, widths and fills, listing only the kinds and tones that occur. Default
    /// `true`.
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
    /// Whether country labels start with the country's flag emoji ("🇺🇸 United States"; see
    /// ``CountryFlag``). Default `false`: PNG and PDF need an emoji font to draw flags.
    public var flags: Bool
    /// The name of the measure that sets node size (the `importance` passed to
    /// ``DOTEncoder/encode(_:importance:community:options:)``), shown in tooltips and in the
    /// legend. Default `"PageRank"`.
    public var measureName: String

    /// The ids of the entities to highlight (the `--focus` entities): drawn with a thick black
    /// border. Default: none.
    public var highlighted: Set<String> = []

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        title: String? = nil, layout: String? = nil, legend: Bool = true, clusters: Bool = false,
        maxLabelLength: Int = 40, evidenceInTooltips: Bool = true, flags: Bool = false,
        measureName: String = "PageRank"
    ) {
        self.title = title
        self.layout = layout
        self.legend = legend
        self.clusters = clusters
        self.maxLabelLength = maxLabelLength
        self.evidenceInTooltips = evidenceInTooltips
        self.flags = flags
        self.measureName = measureName
    }
}
