import Foundation
import RelGraphCore
import Testing

@testable import RelGraphStore

@Suite struct StoreSchemaTests {
    @Test func aFreshStoreIsVersionOneInWALMode() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try CorpusStore(path: dir.path("new.store"))
        #expect(try store.db.integer("PRAGMA user_version") == 1)
        #expect(StoreSchema.currentVersion == 1)
        #expect(try store.db.integer("PRAGMA application_id") == 0x5247_5354)
        #expect(try store.db.integer("PRAGMA foreign_keys") == 1)
        #expect(try store.db.integer("PRAGMA synchronous") == 1)  // NORMAL
        #expect(try store.db.integer("PRAGMA page_size") == 8192)
        let mode = try store.db.prepare("PRAGMA journal_mode")
        #expect(try mode.step() && mode.text(0) == "wal")
        let tables = try store.db.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'article_text_%' ORDER BY name")
        var names: [String] = []
        while try tables.step() { names.append(tables.text(0) ?? "") }
        #expect(names == ["article_text", "articles", "edges", "mentions", "sqlite_sequence"])
    }

    @Test func aNewerStoreIsRefused() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("future.store")
        do {
            let store = try CorpusStore(path: path)
            try store.db.exec("PRAGMA user_version = 99")
        }
        for readOnly in [false, true] {
            let error = try #require(throws: StoreError.self) { try CorpusStore(path: path, readOnly: readOnly) }
            #expect(error == .newerSchema(path: path, version: 99, supported: 1))
            #expect(error.description.contains("'\(path)'"))
        }
    }

    @Test func aTextFileIsRefused() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("notes.txt")
        try Data("These are notes, not a database. They are long enough to fill a header, really.\n".utf8).write(
            to: URL(fileURLWithPath: path))
        for readOnly in [false, true] {
            let error = try #require(throws: StoreError.self) { try CorpusStore(path: path, readOnly: readOnly) }
            guard case .notAStore(let p, let reason) = error else {
                Issue.record("unexpected \(error)")
                continue
            }
            #expect(p == path && reason == "file is not a database")
        }
        // Untouched.
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("These are notes"))
    }

    @Test func anotherApplicationsDatabaseIsRefused() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("other.db")
        do {
            let db = try SQLiteDatabase(path: path, readOnly: false)
            try db.exec("CREATE TABLE t(x)")
        }
        let error = try #require(throws: StoreError.self) { try CorpusStore(path: path) }
        #expect(error == .notAStore(path: path, reason: "it is an SQLite database of another application"))
    }

    @Test func missingFilesAndFolders() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let missing = dir.path("missing.store")
        let error = try #require(throws: StoreError.self) { try CorpusStore(path: missing, readOnly: true) }
        guard case .cannotOpen(let p, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(p == missing)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(throws: StoreError.self) { try CorpusStore(path: dir.path("no/such/folder/x.store")) }
        #expect(throws: StoreError.self) { try CorpusStore(path: dir.url.path) }
    }

    @Test func anEmptyVersionZeroFileIsMigrated() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("empty.store")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        // Read-only cannot upgrade it.
        let error = try #require(throws: StoreError.self) { try CorpusStore(path: path, readOnly: true) }
        #expect(error == .notAStore(path: path, reason: "the database is empty"))
        do {
            let store = try CorpusStore(path: path)
            #expect(try store.db.integer("PRAGMA user_version") == 1)
            try store.add([Samples.rich])
        }
        let store = try CorpusStore(path: path, readOnly: true)
        #expect(try store.articles() == [Samples.readBack(Samples.rich)])
    }

    @Test func anOlderStoreOpenedReadOnlyAsksForAnUpgrade() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("old.store")
        do {
            // A hand-made store that claims version 0 but carries the application id.
            let db = try SQLiteDatabase(path: path, readOnly: false)
            try db.exec("PRAGMA application_id = \(StoreSchema.applicationID)")
        }
        let error = try #require(throws: StoreError.self) { try CorpusStore(path: path, readOnly: true) }
        #expect(error == .olderSchema(path: path, version: 0, current: 1))
        let store = try CorpusStore(path: path)
        #expect(try store.count == 0)
    }

    @Test(arguments: [
        (
            StoreError.cannotOpen(path: "/x/c.store", reason: "unable to open database file"),
            "Cannot open corpus store '/x/c.store': unable to open database file"
        ),
        (
            .notAStore(path: "n.txt", reason: "file is not a database"),
            "'n.txt' is not a RelGraph corpus store: file is not a database"
        ),
        (
            .newerSchema(path: "c.store", version: 99, supported: 1),
            "Corpus store 'c.store' has schema version 99; this RelGraph reads versions up to 1"
        ),
        (
            .olderSchema(path: "c.store", version: 0, current: 1),
            "Corpus store 'c.store' has schema version 0, older than 1; open it for writing once to upgrade it"
        ),
        (
            .sqlite(path: "c.store", operation: "commit transaction", code: 13, message: "database or disk is full"),
            "Corpus store 'c.store': commit transaction failed: database or disk is full (SQLite error 13)"
        ),
        (
            .corruptRow(path: "c.store", table: "mentions", article: "a1", reason: "unknown entity kind 'org'"),
            "Corpus store 'c.store': corrupt row in 'mentions' for article 'a1': unknown entity kind 'org'"
        ),
    ])
    func errorMessages(_ error: StoreError, _ message: String) {
        #expect(error.description == message)
    }

    @Test func aCorruptRowIsReportedWithItsArticle() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("c.store")
        let store = try CorpusStore(path: path)
        try store.add([Samples.article("a1")])
        try store.db.exec("UPDATE mentions SET kind = 'org' WHERE ord = 0")
        let error = try #require(throws: StoreError.self) { try store.articles() }
        #expect(error == .corruptRow(path: path, table: "mentions", article: "a1", reason: "unknown entity kind 'org'"))
        try store.db.exec("UPDATE mentions SET kind = 'country'; UPDATE edges SET evidence = '[{'")
        let error2 = try #require(throws: StoreError.self) { try store.articles() }
        #expect(error2 == .corruptRow(path: path, table: "edges", article: "a1", reason: "malformed evidence '[{'"))
    }
}
