import Foundation
import RelGraphCore
import RelGraphExtraction

/// Reads articles and extracts them, collecting the problems met on the way.
public struct ArticleInput: Sendable {
    /// The extractions, in input order.
    public var extractions: [ArticleExtraction]
    /// One message per skipped record or file and per repaired file (`file:line: reason`).
    public var problems: [String]
    /// How many records (or files) were skipped as malformed or empty.
    public var skipped: Int
    /// Threads for building the graph (``ExtractionOptions/threads``; every core by default).
    public var threads = 1

    /// Reads `paths` (files, folders, or `-` for standard input) and extracts every article.
    /// - Parameters:
    ///   - options: extraction options.
    ///   - lexicon: an optional user lexicon file (see ``Lexicon``).
    ///   - strict: stop at the first malformed record instead of skipping it.
    ///   - fields: the record fields holding id, title, date and text (see ``FieldNames``).
    ///   - format: the format of standard input and of directly named files; `nil` detects
    ///     standard input and goes by extension (see ``ArticleReader/format``).
    /// - Throws: ``PipelineError/extraction(_:)`` for missing inputs, unreadable files, a
    ///   malformed lexicon, no articles at all (``ExtractionError/allSkipped(inputs:skipped:first:)``
    ///   when every record was skipped), or (strict) the first problem.
    /// - Complexity: O(*b*) to read *b* bytes, plus extraction; the extractions are held in
    ///   memory (``stream(_:options:lexicon:strict:fields:format:mergeAcrossArticles:pruneEvidence:progress:consume:)`` holds none).
    public static func read(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil
    ) throws(PipelineError) -> ArticleInput {
        var extractions: [ArticleExtraction] = []
        let tally = try stream(
            paths, options: options, lexicon: lexicon, strict: strict, fields: fields, format: format
        ) { extractions += $0 }
        return ArticleInput(
            extractions: extractions, problems: tally.problems.map(\.description), skipped: tally.skipped,
            threads: options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Reads `paths` and extracts every article like
    /// ``read(_:options:lexicon:strict:fields:format:)``, handing the extractions to `consume`
    /// in input order, a batch at a time, without keeping them
    /// (``RelGraphExtraction/Extractor/stream(_:pruneEvidence:progress:consume:)``): memory does not grow
    /// with the input.
    /// - Parameter mergeAcrossArticles: `false` skips merging names across articles and hands
    ///   each batch on as soon as it is extracted (the map stage of a distributed build,
    ///   ``RelGraphExtraction/Extractor/map(_:consume:)``; `progress` is not called).
    /// - Parameter pruneEvidence: drop evidence that no graph of all the articles can keep
    ///   (``RelGraphExtraction/ExtractionMerger``), for callers that build one such graph.
    /// - Parameter progress: called after each batch read, for progress displays.
    /// - Returns: what was read and skipped.
    /// - Throws: as ``read(_:options:lexicon:strict:fields:format:)``.
    public static func stream(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil, mergeAcrossArticles: Bool = true,
        pruneEvidence: Bool = false, progress: ((ExtractionProgress) -> Void)? = nil,
        consume: ([ArticleExtraction]) -> Void
    ) throws(PipelineError) -> ExtractionTally {
        try stream(
            paths, options: options, lexicon: lexicon, strict: strict, fields: fields, format: format,
            mergeAcrossArticles: mergeAcrossArticles, pruneEvidence: pruneEvidence, progress: progress,
            transform: { $0 }, consume: consume)
    }

    /// Reads `paths` and extracts every article like
    /// ``stream(_:options:lexicon:strict:fields:format:mergeAcrossArticles:pruneEvidence:progress:consume:)``,
    /// handing `transform` of each final extraction to `consume`, in input order, a batch at a
    /// time. `transform` runs on the extraction's worker threads (after the merge across
    /// articles), so per-article output such as JSON lines is made in parallel and only
    /// written by the calling thread.
    /// - Returns: what was read and skipped.
    /// - Throws: as ``read(_:options:lexicon:strict:fields:format:)``.
    public static func stream<T>(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil, mergeAcrossArticles: Bool = true,
        pruneEvidence: Bool = false, progress: ((ExtractionProgress) -> Void)? = nil,
        transform: @escaping @Sendable (ArticleExtraction) -> T, consume: ([T]) -> Void
    ) throws(PipelineError) -> ExtractionTally {
        do throws(ExtractionError) {
            var user: Lexicon?
            if let lexicon { user = try Lexicon.read(lexicon) }
            let extractor = try Extractor(options: options, userLexicon: user)
            var source = FileArticleSource(
                paths, reader: ArticleReader(strict: strict, fields: fields, format: format, maxArticleBytes: options.maxArticleBytes))
            let tally =
                mergeAcrossArticles
                ? try extractor.stream(
                    &source, pruneEvidence: pruneEvidence, progress: progress, transform: transform, consume: consume)
                : try extractor.map(&source, transform: transform, consume: consume)
            guard tally.articles > 0 else {
                if let first = tally.problems.first(where: \.skipsInput) {
                    throw ExtractionError.allSkipped(inputs: paths, skipped: tally.skipped, first: first)
                }
                throw ExtractionError.noArticles(inputs: paths)
            }
            return tally
        } catch {
            throw .extraction(error)
        }
    }

    /// The graph of all extractions.
    public var graph: EntityGraph { Extractor.graph(from: extractions, threads: threads) }

    /// The JSON Lines text of `relgraph extract --format jsonl`, one line per article.
    public var jsonLines: String {
        var out: [UInt8] = []
        for x in extractions {
            x.appendJSONLine(to: &out)
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
