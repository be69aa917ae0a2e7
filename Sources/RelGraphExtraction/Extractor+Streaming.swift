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

    /// A progress report.
    public init(articles: Int, bytesRead: Int, totalBytes: Int?, seconds: Double) {
        self.articles = articles
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.seconds = seconds
    }
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

/// Merges per-article extractions across a whole corpus in bounded memory, exactly as
/// ``Extractor/extract(_:)-([Article])`` merges them in memory: surname-only people into the
/// one full name that ends with the surname (``Extractor/mergeSurnames(_:threads:)``), then
/// name variants (``Extractor/mergeVariants(_:threads:)``).
///
/// ## Passes
/// 1. ``add(_:)`` counts each extraction's person names (``Extractor/SurnameCensus``) and keeps
///    it: in memory while the extractions held stay under ``memoryBudget`` (estimated), then,
///    all of them, in an ``ExtractionSpool`` (a temporary file).
/// 2. ``finish(consume:)`` goes over them once with surnames merged, counting the variants of
///    each name (``Extractor/VariantCensus``; entities only),
/// 3. then again with both renamings applied, batch by batch on up to `threads` threads, and
///    hands each batch to `consume` in the order added.
///
/// Memory holds the name counts and at most ``memoryBudget`` of extractions (or one batch, once
/// spilled); the result does not depend on `threads` or on whether it spilled.
///
/// ## Evidence pruning
/// A graph keeps the first ``RelGraphCore/Relation/maxEvidence`` evidence references of each
/// relation in (article, sentence, text) order (``RelGraphCore/EntityGraphBuilder``). Renaming
/// merges relations but never changes that order, so a reference that is not among the first
/// ones of its own relation as extracted (same endpoints and kind) can never be kept. With
/// `pruneEvidence`, ``add(_:)`` drops such references as soon as three smaller ones of the same
/// relation have been seen: the graph built from the results is unchanged, the extractions are
/// much smaller. Only for callers that build one graph of everything (not per-period graphs,
/// not per-article output).
public final class ExtractionMerger {
    private let threads: Int
    /// The estimated size of the extractions kept in memory before they go to a temporary file.
    public let memoryBudget: Int
    private var held: [ArticleExtraction] = []
    private var heldBytes = 0
    private var spool: ExtractionSpool?
    private var surnames = Extractor.SurnameCensus()
    private let pruneEvidence: Bool
    /// Per relation as extracted (endpoints and kind), the first evidence references seen so far.
    private var firstEvidence: [EvidenceKey: [Evidence]] = [:]
    /// Extractions added.
    public private(set) var count = 0
    /// Whether the extractions went to a temporary file (further ones go there as records).
    public var spilled: Bool { spool != nil }

    /// An empty merger that decodes and renames on up to `threads` threads and keeps up to
    /// about `memoryBudget` bytes of extractions in memory (default 128 MiB); `pruneEvidence`
    /// drops evidence that no graph of all the extractions can keep (see the type's discussion).
    public init(threads: Int = 1, memoryBudget: Int = 128 << 20, pruneEvidence: Bool = false) {
        self.threads = max(1, threads)
        self.memoryBudget = memoryBudget
        self.pruneEvidence = pruneEvidence
    }

    /// Adds one article's extraction.
    /// - Throws: ``ExtractionError/temporaryFile(folder:reason:)``.
    public func add(_ x: ArticleExtraction) throws(ExtractionError) {
        try add(x, record: spool == nil ? nil : ExtractionSpool.record(x))
    }

    /// Adds `x`; `record` is its spool record (``ExtractionSpool/record(_:)``) when the caller
    /// made it already, on a worker thread, because the merger had ``spilled``.
    func add(_ x: ArticleExtraction, record: [UInt8]?) throws(ExtractionError) {
        surnames.count(x)
        count += 1
        if pruneEvidence {
            var x = x
            if prune(&x) {
                try keep(x, record: nil)
                return
            }
        }
        try keep(x, record: record)
    }

    /// Drops the evidence of `x` that no graph can keep; returns whether any was dropped.
    private func prune(_ x: inout ArticleExtraction) -> Bool {
        var dropped = false
        for k in x.relations.indices where !x.relations[k].evidence.isEmpty {
            let r = x.relations[k]
            let key = EvidenceKey(source: r.source, target: r.target, kind: r.kind)
            var first = firstEvidence[key] ?? []
            var kept: [Evidence] = []
            for v in r.evidence {
                if first.count >= Relation.maxEvidence, let last = first.last, last < v {
                    dropped = true
                    continue
                }
                kept.append(v)
                var i = first.count
                while i > 0, v < first[i - 1] { i -= 1 }
                first.insert(v, at: i)
                if first.count > Relation.maxEvidence { first.removeLast() }
            }
            firstEvidence[key] = first
            if kept.count != r.evidence.count { x.relations[k].evidence = kept }
        }
        return dropped
    }

    /// Holds `x` in memory or in the spool.
    private func keep(_ x: ArticleExtraction, record: [UInt8]?) throws(ExtractionError) {
        if let spool {
            try spool.append(record: record ?? ExtractionSpool.record(x))
            return
        }
        held.append(x)
        heldBytes += Self.estimatedSize(x)
        if heldBytes > memoryBudget { try spill() }
    }

    /// Moves the extractions held to a new spool.
    private func spill() throws(ExtractionError) {
        let spool = try ExtractionSpool()
        for record in Extractor.map(held, threads: threads, ExtractionSpool.record) { try spool.append(record: record) }
        held = []
        heldBytes = 0
        self.spool = spool
    }

    /// The identity of a relation as extracted, for evidence pruning.
    private struct EvidenceKey: Hashable {
        var source: String
        var target: String
        var kind: RelationKind
    }

    /// A rough size of `x` in memory: per entity and relation, its fixed part and its text.
    static func estimatedSize(_ x: ArticleExtraction) -> Int {
        var n = 128
        for e in x.entities { n += 160 + e.name.utf8.count + e.aliases.reduce(0) { $0 + 16 + $1.utf8.count } }
        for r in x.relations { n += 160 + r.evidence.reduce(0) { $0 + 80 + $1.text.utf8.count } }
        return n
    }

    /// Runs passes 2 and 3 (see the type's discussion), handing the merged extractions to
    /// `consume` in the order added.
    /// - Throws: ``ExtractionError/temporaryFile(folder:reason:)``.
    public func finish(consume: ([ArticleExtraction]) -> Void) throws(ExtractionError) {
        try finish(transform: { $0 }, consume: consume)
    }

    /// Runs passes 2 and 3 (see the type's discussion) and hands `transform` of each merged
    /// extraction to `consume`, in the order added. `transform` runs on the worker threads,
    /// right after the renaming (for example to write an output line), so that the calling
    /// thread only has to collect its results.
    /// - Throws: ``ExtractionError/temporaryFile(folder:reason:)``.
    public func finish<T>(
        transform: @escaping @Sendable (ArticleExtraction) -> T, consume: ([T]) -> Void
    ) throws(ExtractionError) {
        let bySurname = surnames.renames()
        var variants = Extractor.VariantCensus()
        let threads = threads
        guard let spool else {
            // Surnames are renamed once: the census counts the renamed extractions, which are
            // then renamed by variant.
            var all: [ArticleExtraction]
            (variants, all) = Extractor.VariantCensus.counting(held, threads: threads, keeping: true) {
                bySurname.apply($0)
            }
            held = []
            let byVariant = variants.renames()
            var start = 0
            while start < all.count {
                let end = min(all.count, start + 4_096)
                consume(Extractor.map(Array(all[start..<end]), threads: threads) { transform(byVariant.apply($0)) })
                start = end
            }
            // Freeing every extraction takes a serial moment at the end of a command (about 5 %
            // of `extract` on two threads); a worker frees them while the caller finishes.
            let retired = Retired(all)
            all = []
            DispatchQueue.global(qos: .utility).async { retired.free() }
            return
        }
        // Only the entities matter here: renaming an article's entities does not depend on
        // its relations.
        try spool.forEachBatch(headOnly: true, threads: threads) { batch throws(ExtractionError) in
            for x in batch { variants.count(bySurname.apply(x)) }
        }
        let byVariant = variants.renames()
        try spool.forEachBatch(threads: threads) { batch throws(ExtractionError) in
            consume(Extractor.map(batch, threads: threads) { transform(byVariant.apply(bySurname.apply($0))) })
        }
    }
}

extension Extractor {
    /// Extracts every article of `source` and hands the results to `consume`, in input order and
    /// in batches, with surname-only people and name variants merged across the whole input
    /// exactly as ``extract(_:)-([Article])`` merges them; memory does not grow with the input.
    ///
    /// Articles are read a batch at a time (``ArticleSource``) and extracted on up to
    /// ``ExtractionOptions/threads`` threads; an article identical to an earlier one (id,
    /// title, date and text) is skipped and reported
    /// (``ExtractionError/duplicateArticle(origin:id:)``), so no article counts twice. The
    /// extractions are merged by an ``ExtractionMerger``. The output does not depend on the
    /// number of threads. With more than one thread the work is pipelined (``BackgroundWork``):
    /// while the workers extract batch *n*, the calling thread merges batch *n* − 1 and reads
    /// batch *n* + 1, so up to three batches are in memory at once. Batches start at 256 KiB
    /// of text and double up to ``FileArticleSource/batchBytes``.
    /// - Parameters:
    ///   - pruneEvidence: drop evidence no graph of all the articles can keep (for callers that
    ///     build one such graph; see ``ExtractionMerger``).
    ///   - progress: called after each batch is extracted, on the calling thread.
    ///   - consume: receives the final extractions, in input order.
    /// - Throws: what the source throws; ``ExtractionError/temporaryFile(folder:reason:)``.
    /// - Complexity: O(*b*) for *b* input bytes, plus extraction.
    public func stream(
        _ source: inout some ArticleSource, pruneEvidence: Bool = false,
        progress: ((ExtractionProgress) -> Void)? = nil, consume: ([ArticleExtraction]) -> Void
    ) throws(ExtractionError) -> ExtractionTally {
        try stream(&source, pruneEvidence: pruneEvidence, progress: progress, transform: { $0 }, consume: consume)
    }

    /// Extracts every article of `source` like ``stream(_:pruneEvidence:progress:consume:)``,
    /// and hands `transform` of each final extraction to `consume`, in input order and in
    /// batches; `transform` runs on the worker threads (to write output lines in parallel).
    /// - Throws: what the source throws; ``ExtractionError/temporaryFile(folder:reason:)``.
    /// - Complexity: O(*b*) for *b* input bytes, plus extraction and `transform`.
    public func stream<T>(
        _ source: inout some ArticleSource, pruneEvidence: Bool = false,
        progress: ((ExtractionProgress) -> Void)? = nil,
        transform: @escaping @Sendable (ArticleExtraction) -> T, consume: ([T]) -> Void
    ) throws(ExtractionError) -> ExtractionTally {
        let start = DispatchTime.now().uptimeNanoseconds
        let threads = max(1, analyzer.options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let total = progress == nil ? nil : source.totalBytes
        let merger = ExtractionMerger(threads: threads, pruneEvidence: pruneEvidence)
        var duplicates = Deduplication()
        var articles = 0
        var capped: [ExtractionError] = []
        let analyzer = analyzer
        func work(_ batch: [Article]) -> @Sendable () -> [(ArticleExtraction, [UInt8]?)] {
            let encode = merger.spilled
            return {
                Self.map(batch, threads: threads) { a in
                    let x = analyzer.analyze(a)
                    return (x, encode ? ExtractionSpool.record(x) : nil)
                }
            }
        }
        func merge(_ batch: [Article], _ done: [(ArticleExtraction, [UInt8]?)], bytesRead: Int) throws(ExtractionError) {
            for (a, (x, record)) in zip(batch, done) {
                if x.cappedSentences > 0 { capped.append(Self.cappedProblem(a, sentences: x.cappedSentences, analyzer.options)) }
                try merger.add(x, record: record)
            }
            articles += batch.count
            if let progress {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                progress(ExtractionProgress(articles: articles, bytesRead: bytesRead, totalBytes: total, seconds: seconds))
            }
        }
        if threads > 1 {
            // Pipelined: while the workers analyze batch n, this thread merges batch n − 1 and
            // reads batch n + 1, so the workers only wait for the slowest article of a batch. A
            // read error is thrown once the batches read before it are merged, as without the
            // overlap.
            var failure: ExtractionError?
            func read() -> [Article]? {
                do { return try duplicates.nextBatch(of: &source) } catch {
                    failure = error
                    return nil
                }
            }
            var running = try duplicates.nextBatch(of: &source).map { ($0, BackgroundWork(work($0)), source.bytesRead) }
            var next = running == nil ? nil : read()
            while let (batch, pending, bytesRead) = running {
                let done = pending.result()
                running = next.map { ($0, BackgroundWork(work($0)), source.bytesRead) }
                try merge(batch, done, bytesRead: bytesRead)
                next = running == nil || failure != nil ? nil : read()
            }
            if let failure { throw failure }
        } else {
            while let batch = try duplicates.nextBatch(of: &source) {
                let bytesRead = source.bytesRead
                try merge(batch, work(batch)(), bytesRead: bytesRead)
            }
        }
        try merger.finish(transform: transform, consume: consume)
        return ExtractionTally(
            articles: articles, bytes: source.bytesRead, problems: source.problems + duplicates.problems + capped)
    }

    /// The warning for an article some of whose sentences named too many entities to link all.
    static func cappedProblem(_ a: Article, sentences: Int, _ options: ExtractionOptions) -> ExtractionError {
        .entitiesCapped(origin: a.origin, id: a.id, sentences: sentences, limit: max(2, options.maxEntitiesPerSentence))
    }

    /// Extracts each of `articles` on its own (no merging across articles), on up to
    /// ``ExtractionOptions/threads`` threads; element `i` of the result is always the
    /// extraction of `articles[i]`.
    public func extractEach(_ articles: [Article]) -> [ArticleExtraction] {
        let threads = max(1, analyzer.options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        return Self.map(articles, threads: threads) { analyzer.analyze($0) }
    }

    /// Extracts every article of `source` one article at a time, with no merging across
    /// articles, handing each batch of results to `consume` as soon as it is made, in input
    /// order: the stateless map stage of a distributed build (its results are merged later by
    /// an ``ExtractionMerger``). Exact duplicates are skipped as in ``stream(_:pruneEvidence:progress:consume:)``.
    /// - Throws: what the source throws.
    public func map(
        _ source: inout some ArticleSource, consume: ([ArticleExtraction]) -> Void
    ) throws(ExtractionError) -> ExtractionTally {
        try map(&source, transform: { $0 }, consume: consume)
    }

    /// Extracts every article of `source` like ``map(_:consume:)``, handing `transform` of each
    /// extraction to `consume`; `transform` runs on the worker threads.
    /// - Throws: what the source throws.
    public func map<T>(
        _ source: inout some ArticleSource, transform: @escaping @Sendable (ArticleExtraction) -> T,
        consume: ([T]) -> Void
    ) throws(ExtractionError) -> ExtractionTally {
        let threads = max(1, analyzer.options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var duplicates = Deduplication()
        var articles = 0
        var capped: [ExtractionError] = []
        while let batch = try duplicates.nextBatch(of: &source) {
            let done = Self.map(batch, threads: threads) { a -> (T, Int) in
                let x = analyzer.analyze(a)
                return (transform(x), x.cappedSentences)
            }
            for (a, (_, n)) in zip(batch, done) where n > 0 {
                capped.append(Self.cappedProblem(a, sentences: n, analyzer.options))
            }
            consume(done.map(\.0))
            articles += batch.count
        }
        return ExtractionTally(
            articles: articles, bytes: source.bytesRead, problems: source.problems + duplicates.problems + capped)
    }

    /// Drops articles identical (id, title, date, text, byte for byte) to an earlier one,
    /// reporting each.
    public struct Deduplication: Sendable {
        private var seen = Set<Int>()
        /// One ``ExtractionError/duplicateArticle(origin:id:)`` per article dropped.
        public private(set) var problems: [ExtractionError] = []

        /// An empty record of articles seen.
        public init() {}

        /// The next batch of `source` less its repeats, or `nil` at its end.
        public mutating func nextBatch(of source: inout some ArticleSource) throws(ExtractionError) -> [Article]? {
            guard let batch = try source.nextBatch() else { return nil }
            var fresh: [Article] = []
            fresh.reserveCapacity(batch.count)
            for a in batch {
                // On the UTF-8 bytes: hashing a String normalises it first, which is slow.
                var h = Hasher()
                for field in [a.id, a.title ?? "\u{0}", a.date ?? "\u{0}", a.text] {
                    var f = field
                    f.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
                    h.combine(0xFF as UInt8)
                }
                if seen.insert(h.finalize()).inserted {
                    fresh.append(a)
                } else {
                    problems.append(.duplicateArticle(origin: a.origin, id: a.id))
                }
            }
            return fresh
        }
    }

    /// Extracts every article of `source` (see ``stream(_:pruneEvidence:progress:consume:)``) and returns
    /// the results in input order. Equal to ``extract(_:)-([Article])`` on all the articles
    /// at once, less exact duplicates.
    /// - Throws: what the source throws.
    public func extract(from source: inout some ArticleSource) throws(ExtractionError) -> [ArticleExtraction] {
        var results: [ArticleExtraction] = []
        _ = try stream(&source) { results += $0 }
        return results
    }
}

/// Extractions handed to a worker to be freed (``ExtractionMerger/finish(transform:consume:)``):
/// the box holds the only reference, so the worker's ``free()`` deallocates them.
private final class Retired: @unchecked Sendable {
    private var extractions: [ArticleExtraction]

    init(_ extractions: [ArticleExtraction]) { self.extractions = extractions }

    /// Drops the extractions; called once, by the worker.
    func free() { extractions = [] }
}
