/// Per-node numbers that the interchange encoders write as node attributes.
///
/// Each column is a named score with one value per entity, in ``RelGraphCore/EntityGraph``
/// entity order (PageRank, betweenness, degree, strength, …). Columns are written in the order
/// given, so the output is deterministic.
public struct NodeMeasures: Sendable, Hashable {
    /// One named score per entity.
    public struct Column: Sendable, Hashable {
        /// The attribute name (`pagerank`); letters, digits and `_` keep it valid everywhere.
        public var name: String
        /// One value per entity; non-finite values are written as 0.
        public var values: [Double]

        /// Creates a column.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// The score columns, in writing order.
    public var columns: [Column]
    /// A community number per entity (negative: none), or `nil`.
    public var community: [Int]?
    /// The name of the column that sets node size in formats with visual attributes (GEXF
    /// `viz:size`); `nil` uses the first column.
    public var sizeColumn: String?

    /// Creates measures; the defaults give none.
    public init(columns: [Column] = [], community: [Int]? = nil, sizeColumn: String? = nil) {
        self.columns = columns
        self.community = community
        self.sizeColumn = sizeColumn
    }

    /// No measures.
    public static let none = NodeMeasures()

    /// The column that sets node size, if any.
    var sizeValues: [Double]? {
        (sizeColumn.flatMap { name in columns.first { $0.name == name } } ?? columns.first)?
            .values
    }
}
