import Foundation
import RelGraphCore
import RelGraphExtraction

extension Pipeline {
    /// An output format of `relgraph extract`.
    public enum ExtractFormat: String, CaseIterable, Sendable {
        /// One line per article with names merged across the corpus
        /// (``RelGraphExtraction/ArticleExtraction/jsonLine()``), the format the scorer reads.
        case jsonl
        /// A readable listing.
        case text
        /// The map stage's per-article records (``RelGraphExtraction/ArticleExtraction/recordLine()``),
        /// each written as soon as its article is extracted, with no merging across articles;
        /// `relgraph merge` reduces them.
        case edgesJSONL = "edges-jsonl"
    }

    /// Extracts the articles at `paths` and writes them to `output` (`nil`: standard output) in
    /// `format`, a batch at a time: nothing is held beyond one batch, a file appears only when
    /// complete (``RelGraphCore/AtomicFile/Writer``), and standard output receives each batch as
    /// it is done (so the map stage streams through pipes).
    /// - Returns: what was read and skipped.
    /// - Throws: the errors of ``ArticleInput/read(_:options:lexicon:strict:fields:format:)`` and
    ///   ``PipelineError/graph(_:)`` when the output cannot be written.
    public static func extract(
        _ paths: [String], format: ExtractFormat, to output: String?, options: ExtractionOptions = .init(),
        lexicon: String? = nil, strict: Bool = false, fields: FieldNames = .init(), input: InputFormat? = nil,
        progress: ((ExtractionProgress) -> Void)? = nil
    ) throws(PipelineError) -> ExtractionTally {
        let writer: AtomicFile.Writer
        do { writer = try AtomicFile.Writer(path: output) } catch { throw .graph(error) }
        var failure: GraphError?
        var first = true
        // Each article's output is made on the worker threads; this thread only writes it, in
        // input order.
        let tally = try ArticleInput.stream(
            paths, options: options, lexicon: lexicon, strict: strict, fields: fields, format: input,
            mergeAcrossArticles: format != .edgesJSONL, progress: progress,
            transform: { x -> [UInt8] in
                switch format {
                case .jsonl:
                    var out: [UInt8] = []
                    x.appendJSONLine(to: &out)
                    out.append(0x0A)
                    return out
                case .edgesJSONL: return Array((x.recordLine() + "\n").utf8)
                case .text: return Array(listing(x).utf8)
                }
            }
        ) { batch in
            guard failure == nil else { return }
            do throws(GraphError) {
                for piece in batch {
                    if format == .text && !first { try writer.write("\n") }
                    try piece.withUnsafeBufferPointer { bytes throws(GraphError) in try writer.write(bytes: bytes) }
                    first = false
                }
                if output == nil { try writer.flush() }
            } catch { failure = error }
        }
        if let failure { throw .graph(failure) }
        do { try writer.commit() } catch { throw .graph(error) }
        return tally
    }

    /// The readable listing of one article for `extract --format text`.
    static func listing(_ x: ArticleExtraction) -> String {
        var s = "\(x.article.id)\(x.article.title.map { " — \($0)" } ?? "")\n"
        for e in x.entities {
            let extra = [e.iso3, e.affiliation.map { "affiliation \($0)" }].compactMap { $0 }
            s += "  \(e.kind.rawValue): \(e.name)\(extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))") ×\(e.mentions)\n"
        }
        s += "  \(x.relations.count) relations\n"
        return s
    }

    /// What ``merge(_:threads:)`` read.
    public struct MergeSummary: Sendable {
        /// Article records read from record files.
        public var records: Int
        /// Graph files read.
        public var graphs: Int
        /// Problems met (skipped lines, duplicates, articles in several graph files).
        public var problems: [String]
    }

    /// Merges per-article record files (the map stage's output, `.jsonl`/`.ndjson` or `-`) and
    /// graph files (`*.relgraph.json`) into one graph.
    ///
    /// Records are merged by an ``RelGraphExtraction/ExtractionMerger``, exactly as one build
    /// over the articles they came from (names merged across all of them; an article repeated
    /// word for word counts once), whatever the split. Graph files are then added as a union
    /// (``RelGraphCore/EntityGraphBuilder/add(_:)``): weights, counts and tone add up, evidence
    /// keeps the first references, affiliations are voted by article counts; an article in
    /// several inputs is reported, since a built graph cannot tell its share apart.
    /// - Throws: ``PipelineError/extraction(_:)`` for unreadable record files,
    ///   ``PipelineError/graph(_:)`` for unreadable graph files.
    public static func merge(
        _ paths: [String], threads: Int = 1
    ) throws(PipelineError) -> (
        graph: EntityGraph, summary: MergeSummary
    ) {
        var builder = EntityGraphBuilder()
        var problems: [String] = []
        var reader = ArticleRecordReader(threads: threads)
        var graphs = 0
        do throws(ExtractionError) {
            let merger = ExtractionMerger(threads: threads, pruneEvidence: true)
            var spoolError: ExtractionError?
            for path in paths where isRecordFile(path) {
                try reader.read(path) { batch in
                    do throws(ExtractionError) {
                        for x in batch where spoolError == nil { try merger.add(x) }
                    } catch {
                        spoolError = error
                    }
                }
                if let spoolError { throw spoolError }
            }
            try merger.finish { batch in for x in batch { Extractor.add(x, to: &builder) } }
        } catch {
            throw .extraction(error)
        }
        problems += reader.problems.map(\.description)
        var articleSource: [String: String] = [:]
        for path in paths where !isRecordFile(path) {
            var warnings: [String] = []
            let g: EntityGraph
            do { g = try GraphFile.read(path, warnings: &warnings) } catch { throw .graph(error) }
            problems += warnings
            for a in g.articles {
                if let other = articleSource[a.id] {
                    problems.append("\(path): article '\(a.id)' is also in \(other); its counts are added twice")
                }
                articleSource[a.id] = path
            }
            builder.add(g)
            graphs += 1
        }
        return (builder.build(), MergeSummary(records: reader.records, graphs: graphs, problems: problems))
    }

    /// Whether `path` names a record file (or standard input) rather than a graph file.
    static func isRecordFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return path == "-" || lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }
}

extension Pipeline {
    /// The number of worker threads used when none is given: the active processor count.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }
}
