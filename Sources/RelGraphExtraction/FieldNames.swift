import Foundation

/// The record fields (JSON keys, CSV header names) that hold an article's id, title, date and
/// text.
///
/// Each role lists candidate names, tried in order; the first one a record (or CSV header)
/// has wins. Names match exactly first, then ignoring case and surrounding spaces, so a CSV
/// header `Title` finds `title`. The defaults cover the common news-dump layouts:
///
/// | Role | Default names, in order |
/// |---|---|
/// | id | `id`, `article_id`, `doc_id`, `uuid` |
/// | title | `title`, `headline`, `heading` |
/// | date | `date`, `published`, `publish_date`, `published_at`, `pubdate` |
/// | text | `text`, `content`, `article`, `body`, `story` |
///
/// | source | `source`, `publication`, `outlet`, `site`, `feed` |
/// | url | `url`, `link` |
///
/// The source and url are kept for the corpus store (`--source`); a source that is a URL
/// (`https://…`) gives the url, and its host becomes the source. Other fields (author…) are
/// ignored. A record without an id
/// gets `<file base name>:<line where the record starts>`; an id may be a JSON string or
/// number (kept as written).
public struct FieldNames: Sendable, Equatable {
    /// Candidate names of the id field.
    public var id: [String]
    /// Candidate names of the title field.
    public var title: [String]
    /// Candidate names of the date field.
    public var date: [String]
    /// Candidate names of the text field (required unless a title is present).
    public var text: [String]
    /// Candidate names of the field naming the publication or feed.
    public var source: [String]
    /// Candidate names of the article's address.
    public var url: [String]

    /// The default id names.
    public static let defaultID = ["id", "article_id", "doc_id", "uuid"]
    /// The default title names.
    public static let defaultTitle = ["title", "headline", "heading"]
    /// The default date names.
    public static let defaultDate = ["date", "published", "publish_date", "published_at", "pubdate"]
    /// The default text names.
    public static let defaultText = ["text", "content", "article", "body", "story"]
    /// The default source names.
    public static let defaultSource = ["source", "publication", "outlet", "site", "feed"]
    /// The default url names.
    public static let defaultURL = ["url", "link"]

    /// Creates a field configuration; each argument left out keeps its default list.
    public init(
        id: [String] = FieldNames.defaultID, title: [String] = FieldNames.defaultTitle,
        date: [String] = FieldNames.defaultDate, text: [String] = FieldNames.defaultText,
        source: [String] = FieldNames.defaultSource, url: [String] = FieldNames.defaultURL
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.text = text
        self.source = source
        self.url = url
    }

    /// The index in `keys` of the first candidate in `names` (exact match first, then ignoring
    /// case and surrounding white space), or `nil`.
    /// - Complexity: O(*c*·*k*), where *c* is the number of candidates and *k* of keys.
    static func firstMatch(_ names: [String], in keys: [String]) -> Int? {
        for name in names {
            if let i = keys.firstIndex(of: name) { return i }
        }
        let folded = keys.map { normalized($0) }
        for name in names {
            if let i = folded.firstIndex(of: normalized(name)) { return i }
        }
        return nil
    }

    /// `CharacterSet.whitespaces`, made once (its getter builds the set at every call).
    private static let whitespaces = CharacterSet.whitespaces

    /// `s` without surrounding white space (`CharacterSet.whitespaces`), lower-cased. A name
    /// that starts and ends with something else (every usual field name) skips Foundation's
    /// trimming, which costs more than reading a whole record.
    /// - Complexity: O(*k*), where *k* is the length of `s`.
    static func normalized(_ s: String) -> String {
        if let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
            !whitespaces.contains(first), !whitespaces.contains(last)
        {
            return s.lowercased()
        }
        return s.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
