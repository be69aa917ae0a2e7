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
/// Other fields (publication, source, url, author…) are ignored. A record without an id
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

    /// The default id names.
    public static let defaultID = ["id", "article_id", "doc_id", "uuid"]
    /// The default title names.
    public static let defaultTitle = ["title", "headline", "heading"]
    /// The default date names.
    public static let defaultDate = ["date", "published", "publish_date", "published_at", "pubdate"]
    /// The default text names.
    public static let defaultText = ["text", "content", "article", "body", "story"]

    /// Creates a field configuration; each argument left out keeps its default list.
    public init(
        id: [String] = FieldNames.defaultID, title: [String] = FieldNames.defaultTitle,
        date: [String] = FieldNames.defaultDate, text: [String] = FieldNames.defaultText
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.text = text
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

    static func normalized(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
