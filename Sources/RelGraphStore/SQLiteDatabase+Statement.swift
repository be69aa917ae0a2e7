internal import CSQLite
import Foundation

extension SQLiteDatabase {
    /// A prepared statement: bind parameters (1-based, as in SQL `?`), ``step()`` through the
    /// rows, read columns (0-based), then ``reset()`` to run it again with new values. The
    /// statement is finalized when the value goes away.
    ///
    /// Text and blobs are bound with `SQLITE_TRANSIENT`, so SQLite copies them before the bind
    /// call returns and the Swift buffers may go at once.
    final class Statement {
        private let handle: OpaquePointer
        private let database: SQLiteDatabase
        private let sql: String

        /// Wraps a statement `database` prepared from `sql`.
        init(handle: OpaquePointer, database: SQLiteDatabase, sql: String) {
            self.handle = handle
            self.database = database
            self.sql = sql
        }

        deinit {
            sqlite3_finalize(handle)
        }

        /// `SQLITE_TRANSIENT`: the C macro is a cast of -1 to a function pointer, which Swift
        /// does not import.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        private func check(_ rc: Int32, _ what: String) throws(StoreError) {
            guard rc == SQLITE_OK else { throw database.error(rc, "\(what) for '\(sql)'") }
        }

        /// Binds an integer to parameter `index`.
        func bind(_ value: Int64, at index: Int32) throws(StoreError) {
            try check(sqlite3_bind_int64(handle, index, value), "bind")
        }

        /// Binds an integer to parameter `index`.
        func bind(_ value: Int, at index: Int32) throws(StoreError) {
            try bind(Int64(value), at: index)
        }

        /// Binds a double to parameter `index` (NaN is stored as NULL by SQLite).
        func bind(_ value: Double, at index: Int32) throws(StoreError) {
            try check(sqlite3_bind_double(handle, index, value), "bind")
        }

        /// Binds text (UTF-8) to parameter `index`, or NULL for `nil`.
        func bind(_ value: String?, at index: Int32) throws(StoreError) {
            guard var value else { return try bindNull(at: index) }
            let rc = value.withUTF8 { bytes -> Int32 in
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text(handle, index, "", 0, Self.transient)  // '' and not NULL
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text64(handle, index, $0, UInt64(bytes.count), Self.transient, UInt8(SQLITE_UTF8))
                }
            }
            try check(rc, "bind")
        }

        /// Binds a blob to parameter `index`, or NULL for `nil`.
        func bind(_ value: Data?, at index: Int32) throws(StoreError) {
            guard let value else { return try bindNull(at: index) }
            let rc = value.withUnsafeBytes { bytes -> Int32 in
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_zeroblob(handle, index, 0)  // an empty blob, not NULL
                }
                return sqlite3_bind_blob64(handle, index, base, UInt64(bytes.count), Self.transient)
            }
            try check(rc, "bind")
        }

        /// Binds NULL to parameter `index`.
        func bindNull(at index: Int32) throws(StoreError) {
            try check(sqlite3_bind_null(handle, index), "bind")
        }

        /// Advances to the next row: `true` when there is one, `false` when the statement is done.
        /// - Throws: ``StoreError/sqlite(path:operation:code:message:)`` (a constraint, a busy
        ///   file, a corrupt page…).
        @discardableResult
        func step() throws(StoreError) -> Bool {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: return true
            case SQLITE_DONE: return false
            case let rc: throw database.error(rc, "'\(sql)'")
            }
        }

        /// Makes the statement ready to run again and clears its bindings.
        func reset() {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }

        /// Whether column `index` of the current row is NULL.
        func isNull(_ index: Int32) -> Bool {
            sqlite3_column_type(handle, index) == SQLITE_NULL
        }

        /// Column `index` of the current row as an integer (0 for NULL).
        func int64(_ index: Int32) -> Int64 {
            sqlite3_column_int64(handle, index)
        }

        /// Column `index` of the current row as an `Int` (0 for NULL).
        func int(_ index: Int32) -> Int {
            Int(sqlite3_column_int64(handle, index))
        }

        /// Column `index` of the current row as a double (0 for NULL).
        func double(_ index: Int32) -> Double {
            sqlite3_column_double(handle, index)
        }

        /// Column `index` of the current row as text, or `nil` for NULL. Invalid UTF-8 is
        /// repaired with U+FFFD.
        func text(_ index: Int32) -> String? {
            guard let p = sqlite3_column_text(handle, index) else { return nil }
            let n = Int(sqlite3_column_bytes(handle, index))
            return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        }

        /// Calls `body` with the UTF-8 bytes of column `index` of the current row (empty for
        /// NULL), valid only during the call.
        func withUTF8<T>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            let p = sqlite3_column_text(handle, index)
            let n = p == nil ? 0 : Int(sqlite3_column_bytes(handle, index))
            return body(UnsafeBufferPointer(start: p, count: n))
        }

        /// Column `index` of the current row as bytes, or `nil` for NULL.
        func data(_ index: Int32) -> Data? {
            if isNull(index) { return nil }
            let n = Int(sqlite3_column_bytes(handle, index))
            guard let p = sqlite3_column_blob(handle, index) else { return Data() }
            return Data(bytes: p, count: n)
        }
    }
}
