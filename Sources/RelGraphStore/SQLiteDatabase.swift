internal import CSQLite

/// A thin handle on one SQLite connection: open, `exec`, prepared statements
/// (``SQLiteDatabase/Statement``) and transactions. Every failure becomes a ``StoreError`` that
/// names the file and carries SQLite's own message.
///
/// ## Threading
/// The connection is opened with `SQLITE_OPEN_NOMUTEX` (SQLite's "multi-thread" mode): it must
/// be used from one thread at a time, so the type is deliberately not `Sendable`. Several
/// connections (in one process or several) may share a file; WAL lets readers run beside one
/// writer, and a writer waits up to ``busyTimeout`` milliseconds for another.
///
/// ## Lifetime
/// Statements keep their connection alive; the connection is closed with `sqlite3_close_v2`
/// when the last reference goes, after every statement has been finalized.
final class SQLiteDatabase {
    /// The underlying `sqlite3*`.
    let handle: OpaquePointer
    /// The file path, for error messages.
    let path: String
    /// Whether the connection was opened read-only.
    let readOnly: Bool

    /// How long (in milliseconds) a statement waits for another connection's lock.
    static let busyTimeout: Int32 = 10_000

    /// Opens (and, unless `readOnly`, creates) the database at `path`.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)``.
    init(path: String, readOnly: Bool) throws(StoreError) {
        var db: OpaquePointer?
        let flags =
            (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw .cannotOpen(path: path, reason: reason)
        }
        handle = db
        self.path = path
        self.readOnly = readOnly
        sqlite3_busy_timeout(db, Self.busyTimeout)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// The error for a failed call whose result code is `code`, with the connection's message.
    func error(_ code: Int32, _ operation: String) -> StoreError {
        .sqlite(path: path, operation: operation, code: code, message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs one or more SQL statements that return no rows of interest.
    /// - Throws: ``StoreError/sqlite(path:operation:code:message:)`` naming `operation`.
    func exec(_ sql: String, _ operation: String? = nil) throws(StoreError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, operation ?? sql) }
    }

    /// Compiles `sql` into a statement.
    /// - Throws: ``StoreError/sqlite(path:operation:code:message:)``.
    func prepare(_ sql: String) throws(StoreError) -> Statement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            sqlite3_finalize(stmt)
            throw error(rc, "prepare '\(sql)'")
        }
        return Statement(handle: stmt, database: self, sql: sql)
    }

    /// The rowid of the last row this connection inserted.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The single integer `sql` returns (a `PRAGMA` or `SELECT count(*)`), or 0 for no row.
    func integer(_ sql: String) throws(StoreError) -> Int64 {
        let s = try prepare(sql)
        return try s.step() ? s.int64(0) : 0
    }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT` (so the write lock is taken at once and
    /// the transaction cannot fail later for want of it); any error thrown by `body` or by
    /// `COMMIT` rolls everything back and is rethrown.
    func writeTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try exec("BEGIN IMMEDIATE", "begin transaction")
        do {
            let result = try body()
            try exec("COMMIT", "commit transaction")
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Runs `body` inside a deferred read transaction, so that every query in it sees the same
    /// snapshot of the file even while another connection writes.
    func readTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try exec("BEGIN DEFERRED", "begin transaction")
        do {
            let result = try body()
            try exec("COMMIT", "end read transaction")
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Rolls back the open transaction, if any (SQLite may already have rolled it back after
    /// some errors, in which case there is nothing to do).
    private func rollback() {
        if sqlite3_get_autocommit(handle) == 0 { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }
}
