import RelGraphCore

extension CorpusStore {
    /// The articles of `slice`, in store order, each with its entities and relations exactly as
    /// added (and `text == nil`). See ``forEachArticle(in:_:)`` to avoid holding them all.
    /// - Throws: ``StoreError/sqlite(path:operation:code:message:)``,
    ///   ``StoreError/corruptRow(path:table:article:reason:)``.
    /// - Complexity: as ``forEachArticle(in:_:)``, and O(*r*) space for the *r* rows read.
    public func articles(in slice: StoreSlice = .all) throws(StoreError) -> [StoredArticle] {
        var out: [StoredArticle] = []
        try forEachArticle(in: slice) { out.append($0) }
        return out
    }

    /// Calls `body` with each article of `slice`, in store order, with its entities and
    /// relations exactly as added (and `text == nil`); only one article is held at a time.
    ///
    /// The articles, entities and relations are read by three queries ordered by store order,
    /// walked side by side (a merge join on `seq`), all in one read transaction, so the
    /// articles form one consistent snapshot. `body` may read from the store but not add to
    /// it (SQLite cannot start the write transaction inside the read one; ``add(_:)`` throws).
    /// - Throws: ``StoreError/sqlite(path:operation:code:message:)``,
    ///   ``StoreError/corruptRow(path:table:article:reason:)``.
    /// - Complexity: O(*r*) time for the *r* rows read (articles, entities and relations), plus
    ///   the index lookups (date, source) or full-text search the slice needs, which run once
    ///   per query; O(1) space besides one article.
    public func forEachArticle(in slice: StoreSlice = .all, _ body: (StoredArticle) -> Void) throws(StoreError) {
        let condition = slice.whereClause
        let articleFilter = condition.map { " WHERE " + $0.sql } ?? ""
        let rowFilter = condition.map { " WHERE seq IN (SELECT a.seq FROM articles a WHERE \($0.sql))" } ?? ""
        try db.readTransaction { () throws(StoreError) in
            let a = try db.prepare(
                "SELECT a.seq, a.id, a.hash, a.title, a.date, a.source, a.url, a.bytes FROM articles a"
                    + articleFilter + " ORDER BY a.seq")
            let m = try db.prepare(
                """
                SELECT seq, entity, kind, name, aliases, iso3, affiliation, affiliation_source, mentions,
                    articles FROM mentions
                """ + rowFilter + " ORDER BY seq, ord")
            let e = try db.prepare(
                """
                SELECT seq, source, target, kind, weight, articles, sentences, cooperation, conflict,
                    neutral, evidence FROM edges
                """ + rowFilter + " ORDER BY seq, ord")
            for (k, value) in (condition?.values ?? []).enumerated() {
                try a.bind(value, at: Int32(k + 1))
                try m.bind(value, at: Int32(k + 1))
                try e.bind(value, at: Int32(k + 1))
            }
            var mentionRow = try m.step()
            var edgeRow = try e.step()
            while try a.step() {
                let seq = a.int64(0)
                var article = StoredArticle(
                    info: ArticleInfo(id: a.text(1) ?? "", title: a.text(3), date: a.text(4)),
                    source: a.text(5), url: a.text(6), hash: a.text(2) ?? "", bytes: a.int(7))
                // Rows of articles outside the slice cannot occur (same condition), but rows
                // with a smaller seq are skipped rather than misattributed.
                while mentionRow, m.int64(0) <= seq {
                    if m.int64(0) == seq { article.entities.append(try entity(m, article: article.info.id)) }
                    mentionRow = try m.step()
                }
                var sentences: [Int: String] = [:]  // see StoreJSON.encode(_:article:sentences:)
                while edgeRow, e.int64(0) <= seq {
                    if e.int64(0) == seq {
                        article.relations.append(try relation(e, article: article.info.id, sentences: &sentences))
                    }
                    edgeRow = try e.step()
                }
                body(article)
            }
        }
    }

    /// The entity in the current row of the mentions query.
    private func entity(_ s: SQLiteDatabase.Statement, article: String) throws(StoreError) -> Entity {
        func corrupt(_ reason: String) -> StoreError {
            .corruptRow(path: path, table: "mentions", article: article, reason: reason)
        }
        let kindText = s.text(2) ?? ""
        guard let kind = EntityKind(rawValue: kindText) else { throw corrupt("unknown entity kind '\(kindText)'") }
        guard let aliases = s.withUTF8(4, { StoreJSON.decodeStrings($0) }) else {
            throw corrupt("malformed aliases '\(s.text(4) ?? "NULL")'")
        }
        var source: AffiliationSource?
        if let text = s.text(7) {
            guard let value = AffiliationSource(rawValue: text) else {
                throw corrupt("unknown affiliation source '\(text)'")
            }
            source = value
        }
        var entity = Entity(
            kind: kind, name: s.text(3) ?? "", aliases: aliases, iso3: s.text(5), affiliation: s.text(6),
            mentions: s.int(8), articles: s.int(9))
        entity.id = s.text(1) ?? ""
        entity.affiliationSource = source
        return entity
    }

    /// The relation in the current row of the edges query.
    private func relation(
        _ s: SQLiteDatabase.Statement, article: String, sentences: inout [Int: String]
    ) throws(StoreError) -> Relation {
        func corrupt(_ reason: String) -> StoreError {
            .corruptRow(path: path, table: "edges", article: article, reason: reason)
        }
        let kindText = s.text(3) ?? ""
        guard let kind = RelationKind(rawValue: kindText) else { throw corrupt("unknown relation kind '\(kindText)'") }
        let decoded = s.withUTF8(10) { StoreJSON.decodeEvidence($0, article: article, sentences: &sentences) }
        guard let evidence = decoded else {
            throw corrupt("malformed evidence '\(s.text(10) ?? "NULL")'")
        }
        let source = s.text(1) ?? "", target = s.text(2) ?? ""
        var relation = Relation(
            source, target, kind: kind, weight: s.double(4), articles: s.int(5), sentences: s.int(6),
            tone: ToneCounts(cooperation: s.int(7), conflict: s.int(8), neutral: s.int(9)), evidence: evidence)
        relation.source = source  // as stored, even if not in canonical order
        relation.target = target
        return relation
    }

    // MARK: Summary

    /// The number of stored articles.
    /// - Complexity: O(*n*) (SQLite counts the rows of an index).
    public var count: Int {
        get throws(StoreError) { Int(try db.integer("SELECT count(*) FROM articles")) }
    }

    /// The earliest and latest article dates (as stored text), or `nil` when no article has a date.
    /// - Complexity: O(log *n*), through the date index.
    public func dateRange() throws(StoreError) -> (first: String, last: String)? {
        let s = try statement("SELECT min(date), max(date) FROM articles WHERE date IS NOT NULL")
        defer { s.reset() }
        guard try s.step(), let first = s.text(0), let last = s.text(1) else { return nil }
        return (first, last)
    }

    /// Each source with its number of articles, ordered by source; articles without a source
    /// are not counted.
    /// - Complexity: O(*n*), through the source index.
    public func sources() throws(StoreError) -> [(source: String, articles: Int)] {
        let s = try statement(
            "SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY source")
        defer { s.reset() }
        var out: [(source: String, articles: Int)] = []
        while try s.step() { out.append((s.text(0) ?? "", s.int(1))) }
        return out
    }
}
