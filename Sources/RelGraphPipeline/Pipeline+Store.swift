import Foundation
import RelGraphCore
import RelGraphExtraction
import RelGraphStore

/// Which articles of a corpus store a command reads: the store's path and the slice
/// (``RelGraphStore/StoreSlice``: `--since`, `--until`, `--source`, `--query`).
public struct StoreRequest: Sendable {
    /// The store file.
    public var path: String
    /// The articles to read.
    public var slice: StoreSlice

    /// A request for the articles of `slice` in the store at `path`.
    public init(path: String, since: PartialDate? = nil, until: PartialDate? = nil, sources: [String] = [], query: String? = nil) {
        self.path = path
        slice = StoreSlice(since: since, until: until, sources: sources, query: query)
    }
}

extension Pipeline {
    /// What ``store(_:into:options:lexicon:strict:fields:format:progress:)`` did.
    public struct StoreSummary: Sendable {
        /// Articles read from the inputs (duplicates and skipped records not counted).
        public var read = 0
        /// Articles new to the store.
        public var added = 0
        /// Articles whose id was stored with other text, now replaced.
        public var replaced = 0
        /// Articles already stored with the same text: not extracted again.
        public var unchanged = 0
        /// Input bytes read.
        public var bytes = 0
        /// The articles in the store afterwards.
        public var total = 0
        /// Problems met while reading (`file:line: reason`).
        public var problems: [String] = []
        /// How many records were skipped (malformed, empty, repeated).
        public var skipped = 0
    }

    /// Adds the articles at `paths` to the corpus store at `store` (created when missing),
    /// extracting only what is new: an article whose id is stored with the same content hash
    /// (``RelGraphStore/ContentHash``) is skipped before extraction; one whose text changed is
    /// replaced. Each batch is one transaction (``RelGraphStore/CorpusStore/add(_:)``), so a
    /// run killed at any moment leaves a consistent store and the next run completes it.
    /// - Throws: ``PipelineError/extraction(_:)`` for unreadable inputs,
    ///   ``PipelineError/store(_:)`` for a store that cannot be opened or written.
    public static func store(
        _ paths: [String], into store: String, options: ExtractionOptions = .init(), lexicon: String? = nil,
        strict: Bool = false, fields: FieldNames = .init(), format: InputFormat? = nil,
        progress: ((ExtractionProgress) -> Void)? = nil
    ) throws(PipelineError) -> StoreSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let writer = try storing { () throws(StoreError) in try StoreWriter(path: store) }
        // A second connection for the lookups, so that they never wait for a batch being
        // written; a lookup may miss that batch, which adding checks again.
        let corpus = try storing { () throws(StoreError) in try CorpusStore(path: store, readOnly: true) }
        var summary = StoreSummary()
        // One transaction per MiB of text: a killed run loses at most that much work.
        var source = FileArticleSource(
            paths,
            reader: ArticleReader(
                strict: strict, fields: fields, format: format, maxArticleBytes: options.maxArticleBytes), batchBytes: 1 << 20)
        let total = progress == nil ? nil : source.totalBytes
        var dedup = Extractor.Deduplication()
        let user = try extracting { () throws(ExtractionError) in try lexicon.map(Lexicon.read) }
        let extractor = try extracting { () throws(ExtractionError) in try Extractor(options: options, userLexicon: user) }
        while let batch = try extracting({ () throws(ExtractionError) in try dedup.nextBatch(of: &source) }) {
            var todo: [(article: Article, hash: String)] = []
            for a in batch {
                let hash = ContentHash.digest(title: a.title, date: a.date, text: a.text)
                let change = try storing { () throws(StoreError) in try corpus.change(id: a.id, hash: hash) }
                if change == .unchanged { summary.unchanged += 1 } else { todo.append((a, hash)) }
            }
            let extracted = extractor.extractEach(todo.map(\.article))
            let stored = zip(todo, extracted).map { t, x in
                StoredArticle(
                    info: x.article, source: t.article.source, url: t.article.url, hash: t.hash,
                    bytes: t.article.text.utf8.count, text: t.article.text, entities: x.entities,
                    relations: x.relations)
            }
            try storing { () throws(StoreError) in try writer.submit(stored) }
            summary.read += batch.count
            if let progress {
                progress(
                    ExtractionProgress(
                        articles: summary.read, bytesRead: source.bytesRead, totalBytes: total,
                        seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            }
        }
        let (added, replaced, unchanged) = try storing { () throws(StoreError) in try writer.finish() }
        summary.added = added
        summary.replaced = replaced
        summary.unchanged += unchanged
        let problems = source.problems + dedup.problems
        summary.problems = problems.map(\.description)
        summary.skipped = problems.count(where: \.skipsInput)
        summary.bytes = source.bytesRead
        summary.total = try storing { () throws(StoreError) in try writer.count() }
        return summary
    }

    /// The graph of the articles `request` selects, built exactly as `relgraph build` builds
    /// the graph of the same articles read in store order (names merged across all of them by
    /// an ``RelGraphExtraction/ExtractionMerger``).
    /// - Returns: the graph and the number of articles it was built from.
    /// - Throws: ``PipelineError/store(_:)``.
    public static func graph(
        of request: StoreRequest, threads: Int = defaultThreads
    ) throws(PipelineError) -> (
        graph: EntityGraph, articles: Int
    ) {
        var builder = EntityGraphBuilder()
        let count = try forEachMerged(request, threads: threads, pruneEvidence: true) { batch in
            for x in batch { Extractor.add(x, to: &builder) }
        }
        return (builder.build(), count)
    }

    /// The period graphs (``PeriodGraphs``) of the articles `request` selects.
    /// - Throws: ``PipelineError/store(_:)``.
    public static func periodGraphs(
        of request: StoreRequest, slice: TimeSlice, threads: Int = defaultThreads
    ) throws(PipelineError) -> PeriodGraphs {
        var fold = PeriodGraphs(slice: slice)
        _ = try forEachMerged(request, threads: threads, pruneEvidence: false) { fold.add($0) }
        return fold
    }

    /// Reads the articles `request` selects in store order, merges their names as a build
    /// would, and hands them to `consume` in batches; returns how many there were.
    static func forEachMerged(
        _ request: StoreRequest, threads: Int, pruneEvidence: Bool, consume: ([ArticleExtraction]) -> Void
    ) throws(PipelineError) -> Int {
        guard FileManager.default.fileExists(atPath: request.path) else {
            throw .store(.cannotOpen(path: request.path, reason: "no such file; create it with 'relgraph build … --store'"))
        }
        let corpus = try storing { () throws(StoreError) in try CorpusStore(path: request.path, readOnly: true) }
        let merger = ExtractionMerger(threads: threads, pruneEvidence: pruneEvidence)
        var spoolError: ExtractionError?
        try storing { () throws(StoreError) in
            try corpus.forEachArticle(in: request.slice) { a in
                guard spoolError == nil else { return }
                do throws(ExtractionError) {
                    try merger.add(ArticleExtraction(article: a.info, entities: a.entities, relations: a.relations))
                } catch {
                    spoolError = error
                }
            }
        }
        if let spoolError { throw .extraction(spoolError) }
        try extracting { () throws(ExtractionError) in try merger.finish(consume: consume) }
        return merger.count
    }

    /// `body`'s result, its error as ``PipelineError/store(_:)``.
    static func storing<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    /// `body`'s result, its error as ``PipelineError/extraction(_:)``.
    static func extracting<T>(_ body: () throws(ExtractionError) -> T) throws(PipelineError) -> T {
        do { return try body() } catch { throw .extraction(error) }
    }
}

/// Writes batches to a corpus store on a thread of its own, one transaction per batch in the
/// order submitted, so that extracting the next batch overlaps writing this one.
///
/// Thread safety: once the writer is made, its ``RelGraphStore/CorpusStore`` is used only on
/// `queue` (a serial queue), and the counts and the first error only under `lock`; hence
/// `@unchecked Sendable`.
private final class StoreWriter: @unchecked Sendable {
    private let store: CorpusStore
    private let queue = DispatchQueue(label: "relgraph.store-writer")
    private let lock = NSLock()
    private var counts = (added: 0, replaced: 0, unchanged: 0)
    private var failure: StoreError?
    /// Batches submitted and not yet written: at most two wait, so memory stays bounded.
    private let slots = DispatchSemaphore(value: 2)

    init(path: String) throws(StoreError) { store = try CorpusStore(path: path) }

    /// Queues `batch` for writing; throws the error of an earlier batch, if any.
    func submit(_ batch: [StoredArticle]) throws(StoreError) {
        if let e = lock.withLock({ failure }) { throw e }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard lock.withLock({ failure == nil }) else { return }
            do throws(StoreError) {
                let changes = try store.add(batch)
                lock.withLock {
                    counts.added += changes.count { $0 == .added }
                    counts.replaced += changes.count { $0 == .replaced }
                    counts.unchanged += changes.count { $0 == .unchanged }
                }
            } catch {
                lock.withLock { failure = failure ?? error }
            }
        }
    }

    /// Waits for every batch; returns how many articles were added, replaced, and found
    /// unchanged when written.
    func finish() throws(StoreError) -> (added: Int, replaced: Int, unchanged: Int) {
        queue.sync {}
        if let e = lock.withLock({ failure }) { throw e }
        return lock.withLock { counts }
    }

    /// The articles in the store (after ``finish()``).
    func count() throws(StoreError) -> Int {
        var result: Result<Int, StoreError> = .success(0)
        queue.sync {
            do throws(StoreError) { result = .success(try store.count) } catch { result = .failure(error) }
        }
        return try result.get()
    }
}
