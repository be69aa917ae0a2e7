/// The layout of a corpus store file and the steps that bring an older file up to date.
///
/// ## Identity and version
/// A store is an SQLite database whose header has `PRAGMA application_id` =
/// ``applicationID`` (the ASCII bytes `RGST`) and `PRAGMA user_version` = the schema version.
/// An empty SQLite file (no tables, both numbers 0) is a version-0 store. Anything else with
/// another application id is not a store.
///
/// ## Version 1
/// ```
/// articles(seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- store order; a replaced article gets a new one
///          id TEXT UNIQUE NOT NULL, hash TEXT NOT NULL, title TEXT, date TEXT (YYYY-MM-DD),
///          source TEXT, url TEXT, bytes INTEGER NOT NULL CHECK (bytes >= 0))
///   indexes articles_date(date), articles_source(source)
/// mentions(seq → articles ON DELETE CASCADE, ord (position in StoredArticle.entities),
///          entity TEXT (Entity.id), kind, name, aliases TEXT (JSON array of strings, in the
///          entity's order), iso3, affiliation, affiliation_source, mentions INTEGER,
///          articles INTEGER, PRIMARY KEY (seq, ord)) WITHOUT ROWID
///   index mentions_entity(entity)
/// edges(seq → articles ON DELETE CASCADE, ord (position in StoredArticle.relations),
///       source, target, kind, weight REAL NOT NULL, articles INTEGER, sentences INTEGER,
///       cooperation, conflict, neutral INTEGER,
///       evidence TEXT (JSON array of {"article"?,"resolved"?,"sentence","text"?}; "article"
///       only when it is not the row's own article id, "text" only when no earlier edge of
///       the article gave that sentence's text),
///       PRIMARY KEY (seq, ord)) WITHOUT ROWID
/// article_text  FTS5(title, text, content=''), rowid = articles.seq  -- contentless: the index only
/// ```
/// Text columns hold the raw values of the Swift enums (`EntityKind`, `RelationKind`,
/// `AffiliationSource`). `mentions` and `edges` are clustered on `(seq, ord)`: reading them in
/// store order is one sequential scan, inserting appends (seq only grows), and deleting an
/// article's rows is a range delete.
///
/// `article_text` is contentless: it keeps the index, not the text (the store never needs the
/// text back). SQLite 3.40 can delete a contentless row only when given the original text again
/// (`contentless_delete=1` came in 3.43), which the store does not keep, so replacing an article
/// leaves its old index entries behind under its old `seq`; since `seq` is never reused and a
/// query keeps only rows whose `seq` is in `articles`, they never match. See the module's
/// documentation for the measured sizes.
///
/// ## Connection settings
/// `page_size=8192` and `journal_mode=WAL` (persistent, set when the file is created), and per
/// connection `synchronous=NORMAL`, `foreign_keys=ON` and a 64 MiB page cache
/// (`cache_size=-65536`). With WAL, a committed transaction survives a killed process; `NORMAL`
/// may lose the last transactions on power loss but never corrupts the file.
enum StoreSchema {
    /// `PRAGMA application_id` of a store: "RGST" as a big-endian 32-bit integer.
    static let applicationID: Int64 = 0x5247_5354

    /// The page size of a new store: 8 KiB pages hold several `edges` rows (a few hundred bytes
    /// each, with their evidence) and made bulk inserts about 1.3x faster than 4 KiB ones in a
    /// synthetic benchmark (30,000 articles; 16 KiB was no faster).
    static let pageSize = 8192

    /// The migration steps, in order: step *k* (0-based) turns a version-*k* store into a
    /// version-*k*+1 one. Each step is a list of SQL statements; the newest version is the
    /// number of steps. Never edit a released step: append a new one.
    static let migrations: [[String]] = [
        // 0 -> 1
        [
            """
            CREATE TABLE articles(
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT UNIQUE NOT NULL,
                hash TEXT NOT NULL,
                title TEXT,
                date TEXT,
                source TEXT,
                url TEXT,
                bytes INTEGER NOT NULL CHECK (bytes >= 0))
            """,
            "CREATE INDEX articles_date ON articles(date)",
            "CREATE INDEX articles_source ON articles(source)",
            """
            CREATE TABLE mentions(
                seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                ord INTEGER NOT NULL,
                entity TEXT NOT NULL,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                aliases TEXT NOT NULL,
                iso3 TEXT,
                affiliation TEXT,
                affiliation_source TEXT,
                mentions INTEGER NOT NULL,
                articles INTEGER NOT NULL,
                PRIMARY KEY (seq, ord)) WITHOUT ROWID
            """,
            "CREATE INDEX mentions_entity ON mentions(entity)",
            """
            CREATE TABLE edges(
                seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                ord INTEGER NOT NULL,
                source TEXT NOT NULL,
                target TEXT NOT NULL,
                kind TEXT NOT NULL,
                weight REAL NOT NULL,
                articles INTEGER NOT NULL,
                sentences INTEGER NOT NULL,
                cooperation INTEGER NOT NULL,
                conflict INTEGER NOT NULL,
                neutral INTEGER NOT NULL,
                evidence TEXT NOT NULL,
                PRIMARY KEY (seq, ord)) WITHOUT ROWID
            """,
            "CREATE VIRTUAL TABLE article_text USING fts5(title, text, content = '', tokenize = 'unicode61 remove_diacritics 2')",
        ]
    ]

    /// The schema version this code writes and reads: the number of migration steps.
    static var currentVersion: Int { migrations.count }

    /// Applies the per-connection settings and brings the file at `db` to ``currentVersion``:
    /// checks that it is a store, refuses a newer one, and runs the missing steps of an older
    /// one in a single transaction (so a killed upgrade leaves the old version).
    /// - Throws: ``StoreError/notAStore(path:reason:)``, ``StoreError/newerSchema(path:version:supported:)``,
    ///   ``StoreError/olderSchema(path:version:current:)`` (read-only), or an SQLite error.
    static func prepare(_ db: SQLiteDatabase) throws(StoreError) {
        let (app, version) = try identity(db)
        if version > currentVersion {
            throw .newerSchema(path: db.path, version: version, supported: currentVersion)
        }
        if version < currentVersion {
            if db.readOnly {
                if app == 0 { throw .notAStore(path: db.path, reason: "the database is empty") }
                throw .olderSchema(path: db.path, version: version, current: currentVersion)
            }
            // The page size can only change before the first table and WAL: a new file only.
            if app == 0 { try db.exec("PRAGMA page_size=\(pageSize)", "set page size") }
            try db.exec("PRAGMA journal_mode=WAL", "switch to WAL journal")
            try db.writeTransaction { () throws(StoreError) in
                // Another connection may have upgraded the file while this one waited.
                let (_, now) = try identity(db)
                guard now < currentVersion else { return }
                for step in migrations[now...] {
                    for sql in step { try db.exec(sql, "upgrade the schema") }
                }
                try db.exec("PRAGMA application_id = \(applicationID)", "set application id")
                try db.exec("PRAGMA user_version = \(currentVersion)", "set schema version")
            }
        }
        try db.exec("PRAGMA synchronous=NORMAL", "set synchronous")
        try db.exec("PRAGMA foreign_keys=ON", "enable foreign keys")
        try db.exec("PRAGMA cache_size=-65536", "set cache size")  // 64 MiB
    }

    /// The file's application id and schema version, after checking that it is a store (or an
    /// empty database, which is version 0).
    private static func identity(_ db: SQLiteDatabase) throws(StoreError) -> (app: Int64, version: Int) {
        let app: Int64
        do {
            app = try db.integer("PRAGMA application_id")
        } catch .sqlite(_, _, let code, let message) where code & 0xFF == 26 || code & 0xFF == 11 {
            // SQLITE_NOTADB (26), SQLITE_CORRUPT (11): not an SQLite database at all.
            throw .notAStore(path: db.path, reason: message)
        } catch .sqlite(_, _, let code, let message) where code & 0xFF == 14 {
            // SQLITE_CANTOPEN (14): SQLite opens lazily, so a folder or a missing parent shows here.
            throw .cannotOpen(path: db.path, reason: message)
        }
        let version = Int(try db.integer("PRAGMA user_version"))
        if app == applicationID { return (app, version) }
        let tables = try db.integer("SELECT count(*) FROM sqlite_schema")
        if app == 0, version == 0, tables == 0 { return (app, 0) }
        throw .notAStore(
            path: db.path,
            reason: app == 0 ? "it is an SQLite database of another application" : "its application id is \(app)")
    }
}
