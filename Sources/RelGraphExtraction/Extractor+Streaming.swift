import Foundation
import RelGraphCore

/// How far a streaming extraction has got, for progress displays.
public struct ExtractionProgress: Sendable {
    /// Articles extracted so far.
    public var articles: Int
    /// Input bytes read so far.
    public var bytesRead: Int
    /// The input's size, when known (see ``ArticleSource/totalBytes``).
    public var totalBytes: Int?
    /// Seconds since the extraction started.
    public var seconds: Double
}

/// What a streaming extraction did, for its end summary.
public struct ExtractionTally: Sendable {
    /// Articles extracted (duplicates and skipped records not counted).
    public var articles: Int
    /// Input bytes read.
    public var bytes: Int
    /// Problems met, in input order per kind: the source's (skipped records, repaired files),
    /// then the articles skipped as duplicates.
    public var problems: [ExtractionError]
    /// How many records, files or duplicate articles were skipped.
    public var skipped: Int { problems.count(where: \.skipsInput) }
}

extension Extractor {
    /// Extracts every article of `source` and hands the results to `consume`, in input order and
    /// in batches, with surname-only people and name variants merged across the whole input
    /// exactly as ``extract(_:)-([Article])`` merges them; memory does not grow with the input.
    ///
    /// ## Passes
    /// 1. Articles are read a batch at a time (``ArticleSource``), extracted on up to
    ///    ``ExtractionOptions/threads`` threads, and parked in an ``ExtractionSpool`` (a
    ///    temporary file) while the person names are counted (``SurnameCensus``). An article
    ///    identical to an earlier one (id, title, date and text) is skipped and reported
    ///    (``ExtractionError/duplicateArticle(origin:id:)``), so no article counts twice.
    /// 2. The spool is read back once with surnames merged, to count the variants of each
    ///    name (``VariantCensus``).
    /// 3. It is read again with both renamings applied, batch by batch (in parallel), and each
    ///    batch goes to `consume` in input order.
    ///
    /// The output does not depend on the number of threads. Memory holds one batch of text, its
    /// extractions, the name counts and whatever `consume` keeps.
    /// - Parameters:
    ///   - progress: called after each batch of pass 1, on the calling thread.
    ///   - consume: receives the final extractions, in input order.
    /// - Throws: what the source throws; ``ExtractionError/temporaryFile(folder:reason:)``.
    /// - Complexity: O(*b*) for *b* input bytes, plus extraction.
    public func stream(
        _ source: inout some ArticleSource, progress: ((ExtractionProgress) -> Void)? = nil,
        consume: ([ArticleExtraction]) -> Void
    ) throws(ExtractionError) -> ExtractionTally {
        let start = DispatchTime.now().uptimeNanoseconds
        let threads = max(1, analyzer.options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let total = progress == nil ? nil : source.totalBytes
        let spool = try ExtractionSpool()
        var surnames = SurnameCensus()
        var seen = Set<Int>()
        var duplicates: [ExtractionError] = []
        var articles = 0
        while let batch = try source.nextBatch() {
            var fresh: [Article] = []
            fresh.reserveCapacity(batch.count)
            for a in batch {
                var h = Hasher()
                h.combine(a.id)
                h.combine(a.title)
                h.combine(a.date)
                h.combine(a.text)
                if seen.insert(h.finalize()).inserted {
                    fresh.append(a)
                } else {
                    duplicates.append(.duplicateArticle(origin: a.origin, id: a.id))
                }
            }
            let done = Self.map(fresh, threads: threads) { a -> (ArticleExtraction, [UInt8]) in
                let x = analyzer.analyze(a)
                return (x, ExtractionSpool.record(x))
            }
            for (x, record) in done {
                surnames.count(x)
                try spool.append(record: record)
            }
            articles += fresh.count
            if let progress {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                progress(
                    ExtractionProgress(
                        articles: articles, bytesRead: source.bytesRead, totalBytes: total, seconds: seconds))
            }
        }
        let bySurname = surnames.renames()
        var variants = VariantCensus()
        // Only the entities matter here: renaming an article's entities does not depend on
        // its relations.
        try spool.forEachBatch(headOnly: true, threads: threads) { batch throws(ExtractionError) in
            for x in batch { variants.count(bySurname.apply(x)) }
        }
        let byVariant = variants.renames()
        try spool.forEachBatch(threads: threads) { batch throws(ExtractionError) in
            consume(Self.map(batch, threads: threads) { byVariant.apply(bySurname.apply($0)) })
        }
        return ExtractionTally(articles: articles, bytes: source.bytesRead, problems: source.problems + duplicates)
    }

    /// Extracts every article of `source` (see ``stream(_:progress:consume:)``) and returns
    /// the results in input order. Equal to ``extract(_:)-([Article])`` on all the articles
    /// at once, less exact duplicates.
    /// - Throws: what the source throws.
    public func extract(from source: inout some ArticleSource) throws(ExtractionError) -> [ArticleExtraction] {
        var results: [ArticleExtraction] = []
        _ = try stream(&source) { results += $0 }
        return results
    }
}
