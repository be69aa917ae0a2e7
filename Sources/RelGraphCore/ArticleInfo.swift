/// The bibliographic record of one article that contributed to a graph.
public struct ArticleInfo: Codable, Sendable, Hashable {
    /// The article id (a file name without extension, or the `id` field of a JSON record).
    public var id: String
    /// The title, if the source had one.
    public var title: String?
    /// The publication date as given by the source (ISO 8601 `YYYY-MM-DD` by convention).
    public var date: String?

    /// Creates an article record.
    public init(id: String, title: String? = nil, date: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
    }
}
