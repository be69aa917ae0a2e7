/// One news article as read from the input: the unit of extraction.
public struct Article: Sendable, Hashable {
    /// The article id: a text file's name without extension, or a record's `id` field.
    public var id: String
    /// The headline, if the source has one; it is extracted from as sentence 0.
    public var title: String?
    /// The publication date as given (ISO 8601 `YYYY-MM-DD` by convention).
    public var date: String?
    /// The body text.
    public var text: String
    /// Where the article came from, `file` or `file:line`, for messages.
    public var origin: String

    /// Creates an article.
    public init(id: String, title: String? = nil, date: String? = nil, text: String, origin: String = "") {
        self.id = id
        self.title = title
        self.date = date
        self.text = text
        self.origin = origin.isEmpty ? id : origin
    }
}
