/// One news article as read from the input: the unit of extraction.
///
/// The title, when present, is part of the article for extraction: it is analysed as the
/// article's first sentence, before the body.
public struct Article: Sendable, Hashable {
    /// The article id: a file's name without extension, a record's id field, or
    /// `<file base name>:<line>` for a record without one.
    public var id: String
    /// The headline, if the source has one; it is extracted from as sentence 0.
    public var title: String?
    /// The publication date as given (ISO 8601 `YYYY-MM-DD` by convention).
    public var date: String?
    /// The body text; may be empty when the title carries the article.
    public var text: String
    /// Where the article came from, `file` or `file:line`, for messages.
    public var origin: String
    /// The publication or feed, when the record names one (see ``FieldNames``).
    public var source: String?
    /// The article's address, when the record gives one.
    public var url: String?

    /// Creates an article; an empty `origin` becomes the id.
    /// - Complexity: O(1).
    public init(
        id: String, title: String? = nil, date: String? = nil, text: String, origin: String = "", source: String? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.text = text
        self.origin = origin.isEmpty ? id : origin
        self.source = source
        self.url = url
    }
}
