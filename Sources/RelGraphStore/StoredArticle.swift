import RelGraphCore

/// One article as the corpus store keeps it: its record, where it came from, a content hash,
/// and the entities and relations extracted from it.
///
/// ``text`` is only an input: the store indexes it for ``StoreSlice/query`` searches, and
/// articles read back have `text == nil`. Everything else reads back exactly as added.
public struct StoredArticle: Sendable, Hashable {
    /// The id, title and date (`YYYY-MM-DD` by convention; slices compare it as text).
    public var info: ArticleInfo
    /// The name of the feed, site or collection the article came from, if known.
    public var source: String?
    /// The article's address, if known.
    public var url: String?
    /// The content fingerprint (``ContentHash``): adding an article whose id and hash are
    /// stored already changes nothing.
    public var hash: String
    /// The size of the article as read, in bytes (≥ 0).
    public var bytes: Int
    /// The body text, for the full-text index; `nil` when read back from the store.
    public var text: String?
    /// The entities of the article, in the order given (per-article counts, as extracted).
    public var entities: [Entity]
    /// The relations of the article, in the order given.
    public var relations: [Relation]

    /// Creates a stored article. `hash` defaults to ``ContentHash/digest(title:date:text:)``
    /// of the title, date and text, and `bytes` to the UTF-8 length of the text.
    public init(
        info: ArticleInfo, source: String? = nil, url: String? = nil, hash: String? = nil,
        bytes: Int? = nil, text: String? = nil, entities: [Entity] = [], relations: [Relation] = []
    ) {
        self.info = info
        self.source = source
        self.url = url
        self.hash = hash ?? ContentHash.digest(title: info.title, date: info.date, text: text)
        self.bytes = bytes ?? text?.utf8.count ?? 0
        self.text = text
        self.entities = entities
        self.relations = relations
    }
}
