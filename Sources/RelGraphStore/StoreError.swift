/// Errors raised while opening, reading or writing a corpus store. All wording lives in
/// ``description``, and every message names the store's path.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite could not open the file (a missing folder, a directory, no permission, or a
    /// read-only open of a file that does not exist).
    case cannotOpen(path: String, reason: String)
    /// The file is not a RelGraph corpus store: not an SQLite database at all, or an SQLite
    /// database written by something else.
    case notAStore(path: String, reason: String)
    /// The store was written by a newer RelGraph, with a schema this code does not know.
    case newerSchema(path: String, version: Int, supported: Int)
    /// The store has an older schema and was opened read-only, so it cannot be upgraded.
    case olderSchema(path: String, version: Int, current: Int)
    /// An SQLite call failed; `operation` says what the store was doing.
    case sqlite(path: String, operation: String, code: Int32, message: String)
    /// A stored row cannot be turned back into a value (an unknown kind, malformed JSON).
    case corruptRow(path: String, table: String, article: String, reason: String)

    /// A message in the shape: capitalised, no trailing period, bad value quoted, where it happened.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "Cannot open corpus store '\(path)': \(reason)"
        case .notAStore(let path, let reason):
            return "'\(path)' is not a RelGraph corpus store: \(reason)"
        case .newerSchema(let path, let version, let supported):
            return
                "Corpus store '\(path)' has schema version \(version); this RelGraph reads versions up to \(supported)"
        case .olderSchema(let path, let version, let current):
            return
                "Corpus store '\(path)' has schema version \(version), older than \(current); open it for writing once to upgrade it"
        case .sqlite(let path, let operation, let code, let message):
            return "Corpus store '\(path)': \(operation) failed: \(message) (SQLite error \(code))"
        case .corruptRow(let path, let table, let article, let reason):
            return "Corpus store '\(path)': corrupt row in '\(table)' for article '\(article)': \(reason)"
        }
    }
}
