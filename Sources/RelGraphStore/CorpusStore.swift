import RelGraphCore

/// An embedded store of extracted articles: one SQLite file (see ``StoreSchema`` for its
/// tables) that keeps each article's record, source, content hash, entities and relations, and
/// a full-text index of its title and text.
///
/// Articles are kept in *store order*: the order they were added, where an article whose
/// content changed moves to the end when it is added again. Reading returns the entities and
/// relations of each article exactly as they were added.
///
/// ## Guarantees
/// Each call to ``add(_:)`` is one SQLite transaction in a WAL-journalled file: a process killed
/// at any moment leaves the store as it was before the call or as it is after it, never with
/// part of an article or part of a batch. Reads run in one read transaction, so a read sees a
/// single snapshot even while another process adds articles.
///
/// ## Threading
/// A store is one SQLite connection and must be used from one thread at a time, so it is not
/// `Sendable`. Open one store per thread or task; several may share a file.
public final class CorpusStore {
    /// What adding an article does (or did) to the store.
    public enum Change: Sendable, Hashable {
        /// The id was new: the article was inserted.
        case added
        /// The id was stored with another hash: the old rows were deleted and the article was
        /// inserted again, at the end of the store order.
        case replaced
        /// The id was stored with the same hash: nothing was written.
        case unchanged
    }

    /// The path the store was opened from.
    public let path: String
    let db: SQLiteDatabase
    private var statements: [String: SQLiteDatabase.Statement] = [:]

    /// Opens the store at `path`. Unless `readOnly`, a missing file is created and an older
    /// schema is upgraded (in one transaction).
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` (missing file when read-only, a
    ///   folder, no permission), ``StoreError/notAStore(path:reason:)`` (another file type or
    ///   another application's database), ``StoreError/newerSchema(path:version:supported:)``,
    ///   ``StoreError/olderSchema(path:version:current:)`` (read-only), or an SQLite error.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        db = try SQLiteDatabase(path: path, readOnly: readOnly)
        try StoreSchema.prepare(db)
    }

    /// The statement for `sql`, prepared once per store and reset before it is handed out.
    /// A caller that stops stepping before the end resets it (an unfinished statement keeps
    /// its read snapshot, which blocks WAL checkpoints and hides other connections' writes).
    func statement(_ sql: String) throws(StoreError) -> SQLiteDatabase.Statement {
        if let s = statements[sql] {
            s.reset()
            return s
        }
        let s = try db.prepare(sql)
        statements[sql] = s
        return s
    }

    // MARK: Writing

    /// The stored sequence number and hash of article `id`, if it is stored.
    private func stored(id: String) throws(StoreError) -> (seq: Int64, hash: String)? {
        let s = try statement("SELECT seq, hash FROM articles WHERE id = ?")
        defer { s.reset() }  // an unfinished statement would hold its read snapshot open
        try s.bind(id, at: 1)
        guard try s.step() else { return nil }
        return (s.int64(0), s.text(1) ?? "")
    }

    /// What ``add(_:)`` would do with an article of this id and hash.
    /// - Complexity: O(log *n*), where *n* is the number of stored articles.
    public func change(id: String, hash: String) throws(StoreError) -> Change {
        guard let old = try stored(id: id) else { return .added }
        return old.hash == hash ? .unchanged : .replaced
    }

    /// Adds a batch of articles in one transaction and says what happened to each, in order.
    ///
    /// An article whose id is stored with the same ``StoredArticle/hash`` is left alone
    /// (``Change/unchanged``); one stored with another hash is deleted and inserted again at the
    /// end of the store order (``Change/replaced``); a new id is inserted (``Change/added``).
    /// A batch behaves as the sequence of its single adds, so of two articles with the same id
    /// the later wins.
    ///
    /// If anything fails (a negative ``StoredArticle/bytes``, a weight SQLite cannot store,
    /// a full disk), the whole batch is rolled back and the store is as before the call.
    /// - Throws: ``StoreError/sqlite(path:operation:code:message:)``.
    /// - Complexity: O(*r* log *N*), where *r* is the number of rows written (articles,
    ///   entities and relations) and *N* the number of rows stored, plus the cost of indexing
    ///   the text.
    @discardableResult
    public func add(_ batch: [StoredArticle]) throws(StoreError) -> [Change] {
        try db.writeTransaction { () throws(StoreError) -> [Change] in
            var changes: [Change] = []
            changes.reserveCapacity(batch.count)
            for article in batch { changes.append(try insert(article)) }
            return changes
        }
    }

    /// Adds one article inside the caller's transaction.
    private func insert(_ article: StoredArticle) throws(StoreError) -> Change {
        let old = try stored(id: article.info.id)
        if let old {
            if old.hash == article.hash { return .unchanged }
            // The old full-text entries stay (a contentless row cannot be deleted without its
            // text); its seq is never reused, so they match nothing (see StoreSchema).
            let d = try statement("DELETE FROM articles WHERE seq = ?")  // cascades
            try d.bind(old.seq, at: 1)
            try d.step()
        }
        let a = try statement(
            "INSERT INTO articles(id, hash, title, date, source, url, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")
        try a.bind(article.info.id, at: 1)
        try a.bind(article.hash, at: 2)
        try a.bind(article.info.title, at: 3)
        try a.bind(article.info.date, at: 4)
        try a.bind(article.source, at: 5)
        try a.bind(article.url, at: 6)
        try a.bind(article.bytes, at: 7)
        try a.step()
        let seq = db.lastInsertRowID

        if article.info.title != nil || article.text != nil {
            let t = try statement("INSERT INTO article_text(rowid, title, text) VALUES (?, ?, ?)")
            try t.bind(seq, at: 1)
            try t.bind(article.info.title ?? "", at: 2)
            try t.bind(article.text ?? "", at: 3)
            try t.step()
        }
        if !article.entities.isEmpty {
            let m = try statement(
                """
                INSERT INTO mentions(seq, ord, entity, kind, name, aliases, iso3, affiliation,
                    affiliation_source, mentions, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (ord, e) in article.entities.enumerated() {
                m.reset()
                try m.bind(seq, at: 1)
                try m.bind(ord, at: 2)
                try m.bind(e.id, at: 3)
                try m.bind(e.kind.rawValue, at: 4)
                try m.bind(e.name, at: 5)
                try m.bind(StoreJSON.encode(e.aliases), at: 6)
                try m.bind(e.iso3, at: 7)
                try m.bind(e.affiliation, at: 8)
                try m.bind(e.affiliationSource?.rawValue, at: 9)
                try m.bind(e.mentions, at: 10)
                try m.bind(e.articles, at: 11)
                try m.step()
            }
        }
        if !article.relations.isEmpty {
            let r = try statement(
                """
                INSERT INTO edges(seq, ord, source, target, kind, weight, articles, sentences,
                    cooperation, conflict, neutral, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var sentences: [Int: String] = [:]
            for (ord, rel) in article.relations.enumerated() {
                r.reset()
                try r.bind(seq, at: 1)
                try r.bind(ord, at: 2)
                try r.bind(rel.source, at: 3)
                try r.bind(rel.target, at: 4)
                try r.bind(rel.kind.rawValue, at: 5)
                try r.bind(rel.weight, at: 6)
                try r.bind(rel.articles, at: 7)
                try r.bind(rel.sentences, at: 8)
                try r.bind(rel.tone.cooperation, at: 9)
                try r.bind(rel.tone.conflict, at: 10)
                try r.bind(rel.tone.neutral, at: 11)
                try r.bind(StoreJSON.encode(rel.evidence, article: article.info.id, sentences: &sentences), at: 12)
                try r.step()
            }
        }
        return old == nil ? .added : .replaced
    }
}
