import Foundation
import RelGraphCore

/// Which articles of a store to read: a date range, a set of sources and a text query, all of
/// which must hold. The empty slice (``all``) selects every article.
///
/// ## Conventions
/// - Dates compare as text on the article date (`YYYY-MM-DD`), at the precision of each bound,
///   and both ends are inclusive: `since: 2020-03` starts on 1 March 2020, `until: 2020-03`
///   ends on 31 March 2020 (as ``DateRange/contains(_:)``). When either bound is given,
///   undated articles are left out. A `since` after `until` selects nothing.
/// - ``sources`` matches the stored source exactly (case-sensitive); any one of them will do.
///   Empty means every source, including none.
/// - ``query`` is split at white space into words; **every word must occur** in the title or
///   text. Each word is searched as one quoted FTS5 string, so operators and punctuation in it
///   (`AND`, `*`, `"`, `-`, `:`) are plain text and never a syntax error; a word the tokenizer
///   splits (`al-Assad`, `Putin's`) must occur as that sequence of tokens. Matching ignores
///   case and diacritics (FTS5 `unicode61 remove_diacritics 2`). Words with no letter or digit
///   are ignored; a query with no words left selects nothing.
public struct StoreSlice: Sendable, Hashable {
    /// The first date included, at its precision; `nil` for no lower bound.
    public var since: PartialDate?
    /// The last date included, all of it at its precision; `nil` for no upper bound.
    public var until: PartialDate?
    /// The sources to keep (exact matches); empty for all.
    public var sources: [String]
    /// Words that must all occur in the title or text; `nil` for no text condition.
    public var query: String?

    /// Creates a slice; every condition defaults to "no condition".
    public init(since: PartialDate? = nil, until: PartialDate? = nil, sources: [String] = [], query: String? = nil) {
        self.since = since
        self.until = until
        self.sources = sources
        self.query = query
    }

    /// Every article.
    public static let all = StoreSlice()

    /// ``query`` as an FTS5 MATCH expression (see the type's discussion), `""` when it has no
    /// words, or `nil` when there is no query.
    /// - Complexity: O(*k*), where *k* is the length of the query.
    var matchExpression: String? {
        guard let query else { return nil }
        return query.split(whereSeparator: { $0.isWhitespace })
            .filter { $0.contains { $0.isLetter || $0.isNumber } }
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }

    /// A condition on `articles` (aliased `a`) and the values for its `?` parameters, in order;
    /// `nil` when the slice selects everything.
    var whereClause: (sql: String, values: [String])? {
        var terms: [String] = []
        var values: [String] = []
        if let since {
            terms.append("a.date >= ?")
            values.append(since.description)
        }
        if let until {
            // Every text that starts with `until` sorts before `until` + U+10FFFF.
            terms.append("a.date < ?")
            values.append(until.description + "\u{10FFFF}")
        }
        if !sources.isEmpty {
            terms.append("a.source IN (" + sources.map { _ in "?" }.joined(separator: ",") + ")")
            values += sources
        }
        if let match = matchExpression {
            if match.isEmpty {
                terms.append("0")
            } else {
                terms.append("a.seq IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)")
                values.append(match)
            }
        }
        return terms.isEmpty ? nil : (terms.joined(separator: " AND "), values)
    }
}
